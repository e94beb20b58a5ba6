/**
 * Stage 5 of the flow wired into Eleventy: the Pagefind index, written as the last step of
 * the build into `<output>/pagefind/`, plus `/assets/search-query.js`, the browser bundle of
 * scripts/lib/search/search-query.ts (with the Kyrgyz stemmer), so page and tests share one source.
 * PDF attachments are read once, by validation (for the privacy guard): their text goes into
 * the index (`lib/search/pdf-texts.ts`), and entry pages say which PDFs are scans without text.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { build as esbuild } from "esbuild";
import type { LoadedContent } from "../lib/validate/load.ts";
import { livePdfTexts, scannedFiles } from "../lib/search/pdf-texts.ts";
import { SEARCH_FILTER_LABELS, SEARCH_FILTERS, searchFilters, searchRecords, type SearchRecord } from "../lib/search/search-records.ts";
import type { NationalSearchRecord } from "../lib/national/national-search.ts";
import { searchText, searchTextFor } from "../lib/shared/dictionary.ts";
import { filterOptions } from "../lib/search/filter-options.ts";
import { buildSiteModel } from "../lib/model/site-model.ts";
import { readBuildEnv } from "../lib/shared/env.ts";
import { currentContent } from "./content.ts";
import { nationalFilters, nationalRecords } from "./national.ts";
import type { EleventyConfig } from "./eleventy.ts";
import { writeSearchIndex } from "../lib/search/search-index.ts";
import { cacheDirFrom, cacheName, DiskCache } from "../lib/shared/disk-cache.ts";
import { timeline } from "../lib/shared/timeline.ts";
import { LANGS } from "../lib/shared/lang.ts";

/** Bundled for the browser: the search page and the tests ask Pagefind through it. */
const browserModule = { source: path.resolve(import.meta.dirname, "../lib/search/search-query.ts"), output: "assets/search-query.js" };

/** Every record of the index: the site's entries and PDF texts, and a national site's members' entries. */
async function allRecords(content: LoadedContent, pdfTexts: ReadonlyMap<string, string | null>): Promise<(SearchRecord | NationalSearchRecord)[]> {
  // A national site also indexes every member's entries (from their snapshots, with the same Kyrgyz handling).
  const national = await nationalRecords(content);
  return [...searchRecords(buildSiteModel(content, readBuildEnv().contentDirName).entries, pdfTexts), ...national];
}

/**
 * What the search page's filter lists count (filter-options.ts): each page's language, URL and
 * filters, without making the records' texts. A PDF's record has its entry's URL and filters,
 * so the entries alone give the same lists.
 */
async function filterPages(content: LoadedContent): Promise<Parameters<typeof filterOptions>[0]> {
  const entries = buildSiteModel(content, readBuildEnv().contentDirName).entries.map((e) => ({ language: e.lang, url: e.url, filters: searchFilters(e) }));
  return [...entries, ...(await nationalRecords(content))];
}

async function writeIndex(content: LoadedContent, outputDir: string): Promise<void> {
  const started = performance.now();
  const texts = livePdfTexts(content);
  // One JSON string a record for the index worker: strings cross threads far cheaper than objects.
  const records = await timeline.span("search records (from the site model)", async () => (await allRecords(content, texts)).map((record) => JSON.stringify(record)));
  const { fromCache } = await writeSearchIndex(records, outputDir, { dir: cacheDirFrom(), name: cacheName("pagefind", content.contentDir) });
  const scans = scannedFiles(texts).size;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Search index: ${records.length} records (${texts.size - scans} PDF texts, ${scans} scans skipped) in ${seconds} s${fromCache ? ", unchanged: from the cache" : ""}.`);
}

async function writeBrowserModule(outputDir: string): Promise<void> {
  // The bundle changes only with the engine (the cache file carries its fingerprint).
  const cache = await DiskCache.open<Uint8Array>(cacheDirFrom(), "browser-bundles");
  const contents = cache.get(browserModule.output) ?? cache.set(browserModule.output, await bundle());
  await cache.save();
  const target = path.join(outputDir, browserModule.output);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, contents);
}

async function bundle(): Promise<Uint8Array> {
  const result = await esbuild({
    entryPoints: [browserModule.source],
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for ${browserModule.source}`);
  return file.contents;
}

/** Indexes run one at a time (one Pagefind process): each starts after the one before. */
let queue: Promise<unknown> = Promise.resolve();
/** An index the build CLI started before Eleventy, for this output folder. */
let early: { outputDir: string; run: Promise<void> } | undefined;

function start(outputDir: string): Promise<void> {
  const run = queue.then(async () => {
    const content = await currentContent();
    await Promise.all([writeIndex(content, outputDir), writeBrowserModule(outputDir)]);
  });
  queue = run.catch(() => undefined);
  // Not awaited here: a failure surfaces in `eleventy.after`, or (failed build) is dropped.
  run.catch(() => undefined);
  return run;
}

/**
 * The build CLI starts the index as soon as content is validated, before Eleventy reads its
 * templates: Pagefind's process then works beside everything Eleventy does. The build's
 * `eleventy.after` waits for it like for an index started by the plugin.
 */
export function startSearchIndex(outputDir: string): void {
  early = { outputDir: path.resolve(outputDir), run: start(path.resolve(outputDir)) };
}

export default function searchPlugin(config: EleventyConfig): void {
  config.addGlobalData("achykSearch", async () => {
    const content = await currentContent();
    const pages = await filterPages(content);
    // The filter lists of the search page: a national site adds oblast, district and member.
    const filterLists = (await nationalFilters(content)) ?? SEARCH_FILTERS.map((name) => ({ name, label: SEARCH_FILTER_LABELS[name] }));
    return {
      text: searchText,
      filterLists,
      // For a <script type="application/json"> block: "<" escaped so no string can end it.
      textJson: Object.fromEntries(LANGS.map((lang) => [lang, JSON.stringify(searchTextFor(lang)).replace(/</g, "\\u003c")])),
      // The filter lists, in the page's HTML (see filter-options.ts).
      filters: Object.fromEntries(LANGS.map((lang) => [lang, filterOptions(pages, lang, filterLists.map((f) => f.name))])),
    };
  });

  // The records come from the site model, not from the written pages: the index is built and
  // written into `<output>/pagefind/` while Eleventy renders (Pagefind runs in its own process,
  // on another core). `eleventy.after` waits for it, so an indexing error fails `eleventy.write()`
  // and the build CLI never swaps in a site without its index. In watch mode (`npm start`) a
  // rebuild does not wait for the index once a first one exists: the changed page is served at
  // once and search catches up a few seconds later. Indexes run one at a time (one Pagefind
  // process); a rebuild's index starts after its pages, so it does not slow them down.
  // `directories.output` is the normalised output folder (the deprecated `dir` is not).
  let indexing: Promise<void> | undefined;
  let indexed = false;
  type BuildEvent = { directories: { output: string }; outputMode?: string; runMode?: string };
  /** A rebuild of `npm start` once an index exists: index after the pages, without waiting. */
  const isRebuild = (runMode: string | undefined) => runMode !== undefined && runMode !== "build" && indexed;
  config.on("eleventy.before", ({ directories, outputMode, runMode }: BuildEvent) => {
    if ((outputMode !== undefined && outputMode !== "fs") || isRebuild(runMode)) return;
    const outputDir = path.resolve(directories.output);
    indexing = early?.outputDir === outputDir ? early.run : start(outputDir);
    early = undefined;
  });
  config.on("eleventy.after", async ({ directories, outputMode, runMode }: BuildEvent) => {
    if (outputMode !== undefined && outputMode !== "fs") return;
    if (isRebuild(runMode)) {
      start(path.resolve(directories.output)).catch((error: unknown) => console.error(error));
      return;
    }
    const run = indexing;
    indexing = undefined;
    if (!run) return;
    await run;
    indexed = true;
  });
}
