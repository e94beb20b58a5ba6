/**
 * Stage 5, the files: the Pagefind index of the search records, written into
 * `<output>/pagefind/` by Pagefind's Node API (its own process, beside the build's). The same
 * records make the same index, byte for byte, so an index is kept in the cache by content under
 * a hash of its records: the nightly build of an unchanged site writes the index it kept and
 * runs no Pagefind at all; any change to any record makes a new one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { DiskCache, hashKey } from "../shared/disk-cache.ts";
import { childPids, commandOf, timeline, waitUntilGone } from "../shared/timeline.ts";
import type { SearchRecord } from "./search-records.ts";

/** Pagefind's ready-made UIs: the search page has its own, so these are never published. */
export const UNUSED_BUNDLES = [
  "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
  "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
];

/** The files of an index, by path under `pagefind/`. */
type IndexFiles = [string, Uint8Array][];

export interface IndexCache {
  /** The cache folder; null: no cache. */
  dir: string | null;
  /** The cache file's name (one per content folder). */
  name: string;
}

/**
 * Writes the index of `records` into `<outputDir>/pagefind/`; says whether it came from the cache.
 * @example await writeSearchIndex(records, "_site", { dir: ".cache/achyk", name: "pagefind-…" }) // { fromCache: false }
 */
export async function writeSearchIndex(records: readonly SearchRecord[], outputDir: string, cache: IndexCache): Promise<{ fromCache: boolean }> {
  const target = path.join(outputDir, "pagefind");
  const store = await DiskCache.open<IndexFiles>(cache.dir, cache.name);
  const key = hashKey(JSON.stringify(records));
  const kept = store.get(key);
  if (kept) {
    await timeline.span("search index: written from the cache", () => writeFiles(target, kept));
    await store.save();
    return { fromCache: true };
  }
  await runPagefind(records, target);
  if (store.file) {
    store.set(key, readFiles(target));
    await store.save();
  }
  return { fromCache: false };
}

async function runPagefind(records: readonly SearchRecord[], target: string): Promise<void> {
  const endAdd = timeline.begin("search index: records to Pagefind");
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const failed = added.flatMap((r) => r.errors);
    if (failed.length) throw new Error(`Pagefind: ${failed.join("; ")}`);
    endAdd();
    const endWrite = timeline.begin("search index: Pagefind writes");
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    await Promise.all(UNUSED_BUNDLES.map((file) => rm(path.join(target, file), { force: true })));
    endWrite();
  } finally {
    // Pagefind's process, stopped by close(): wait until it is gone, so that its CPU time counts
    // in the build's (see waitUntilGone) and no process outlives the build.
    const pids = childPids().filter((pid) => commandOf(pid).startsWith("pagefind"));
    await pagefind.close();
    await waitUntilGone(pids);
  }
}

/** Every file under `dir`, by its path there, sorted. */
function readFiles(dir: string): IndexFiles {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d): [string, Uint8Array] => {
      const full = path.join(d.parentPath, d.name);
      return [path.relative(dir, full).split(path.sep).join("/"), readFileSync(full)];
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

async function writeFiles(dir: string, files: IndexFiles): Promise<void> {
  const folders = new Set(files.map(([rel]) => path.dirname(path.join(dir, rel))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  // In batches: thousands of small files, written by the thread pool while pages render.
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map(([rel, bytes]) => writeFile(path.join(dir, rel), bytes)));
  }
}
