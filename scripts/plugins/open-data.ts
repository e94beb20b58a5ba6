/**
 * Open data: the files every site publishes under `/data/` (identity, entries, progress, their
 * JSON Schemas), written into the output folder when a build begins. Not Eleventy pages: at
 * 10,000 entries `entries.json` is ~10 MB, and as a page Eleventy would hold it, twice, until the
 * build ends (~130 MB more at the build's peak); written at once, it is gone before pages render.
 * `built_at` comes from SOURCE_DATE_EPOCH when set, so a rebuild can be byte for byte the same.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { openDataOf } from "../lib/reach/open-data.ts";
import { builtAtFrom } from "../lib/shared/dates.ts";
import { ENGINE_VERSION } from "../lib/shared/engine.ts";
import { readBuildEnv } from "../lib/shared/env.ts";
import { timeline } from "../lib/shared/timeline.ts";
import { stripForbiddenXml } from "../lib/shared/xml-chars.ts";
import { currentContent } from "./content.ts";
import type { EleventyConfig } from "./eleventy.ts";

export default function openDataPlugin(config: EleventyConfig): void {
  const env = readBuildEnv();
  type BuildEvent = { directories: { output: string }; outputMode?: string };
  config.on("eleventy.before", async ({ directories, outputMode }: BuildEvent) => {
    if (outputMode !== undefined && outputMode !== "fs") return;
    const content = await currentContent();
    await timeline.span("open data", async () => {
      const files = openDataOf(content, env.contentDirName, { builtAt: builtAtFrom(process.env), engineVersion: ENGINE_VERSION });
      for (const file of files) {
        const target = path.join(directories.output, file.url);
        await mkdir(path.dirname(target), { recursive: true });
        // The same last line of defence as every page (clean-output.ts).
        await writeFile(target, stripForbiddenXml(file.body));
      }
    });
  });
}
