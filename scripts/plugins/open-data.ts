/**
 * Open data wired into Eleventy as global data `achykOpenData`: the files every site publishes
 * under `/data/` (identity, entries, progress, their JSON Schemas), written by `open-data.njk`.
 * `built_at` comes from SOURCE_DATE_EPOCH when set, so a rebuild can be byte for byte the same.
 */
import { openDataOf } from "../lib/reach/open-data.ts";
import { builtAtFrom } from "../lib/shared/dates.ts";
import { ENGINE_VERSION } from "../lib/shared/engine.ts";
import { readBuildEnv } from "../lib/shared/env.ts";
import { currentContent } from "./content.ts";
import type { EleventyConfig } from "./eleventy.ts";

export default function openDataPlugin(config: EleventyConfig): void {
  const env = readBuildEnv();
  config.addGlobalData("achykOpenData", async () =>
    openDataOf(await currentContent(), env.contentDirName, { builtAt: builtAtFrom(process.env), engineVersion: ENGINE_VERSION }),
  );
}
