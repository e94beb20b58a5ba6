/**
 * Open data wired into Eleventy as global data `achykOpenData`: the files every site publishes
 * under `/data/` (identity, entries, progress, their JSON Schemas), written by `open-data.njk`.
 * `built_at` comes from SOURCE_DATE_EPOCH when set, so a rebuild can be byte for byte the same.
 */
import { buildSiteModel } from "../lib/model/site-model.ts";
import { buildProgressModel } from "../lib/progress/progress-model.ts";
import { openDataFiles } from "../lib/reach/open-data.ts";
import { builtAtFrom } from "../lib/shared/dates.ts";
import { ENGINE_VERSION } from "../lib/shared/engine-version.ts";
import { readBuildEnv } from "../lib/shared/env.ts";
import { currentContent } from "./content.ts";
import type { EleventyConfig } from "./eleventy.ts";

export default function openDataPlugin(config: EleventyConfig): void {
  const env = readBuildEnv();
  config.addGlobalData("achykOpenData", async () => {
    const content = await currentContent();
    if (!content.site) return [];
    const progress = buildProgressModel(content, env.contentDirName);
    return openDataFiles({
      site: content.site,
      plan: content.plan,
      entries: buildSiteModel(content, env.contentDirName).entries,
      today: content.today,
      builtAt: builtAtFrom(process.env),
      engineVersion: ENGINE_VERSION,
      progress: progress.progress ? { json: progress.progressJson, csv: progress.progressCsv } : null,
    });
  });
}
