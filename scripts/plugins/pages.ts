/**
 * Stage 4 wired into Eleventy: the entry pages to write (global data `entryPages`), each the
 * entry's view joined with the QR codes and photos of the reach stage and the scans the search
 * stage found, so that templates only display. In watch mode, after a change to entry files
 * only, just those entries.
 */
import path from "node:path";
import { entryPages } from "../lib/model/entry-page.ts";
import { buildSiteModel } from "../lib/model/site-model.ts";
import { livePdfTexts, scannedFiles } from "../lib/search/pdf-texts.ts";
import { readBuildEnv } from "../lib/shared/env.ts";
import { changedEntryKeys, currentContent } from "./content.ts";
import type { EleventyConfig } from "./eleventy.ts";
import { entryMedia, pictureHtml } from "./reach.ts";

export default function pagesPlugin(config: EleventyConfig): void {
  const env = readBuildEnv();
  config.addGlobalData("entryPages", async () => {
    const content = await currentContent();
    const changed = changedEntryKeys();
    const views = buildSiteModel(content, env.contentDirName).entries.filter((e) => !changed || changed.has(e.key));
    const media = await entryMedia(content, path.resolve(config.directories.output));
    const pictures = new Map([...media.images].map(([file, metadata]) => [file, pictureHtml(metadata, "")]));
    return entryPages(views, { qr: media.qr, formQr: media.formQr, pictures, scans: scannedFiles(livePdfTexts(content)) });
  });
}
