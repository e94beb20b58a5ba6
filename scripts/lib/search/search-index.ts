/**
 * Stage 5, the files: the Pagefind index of the search records, written into
 * `<output>/pagefind/`. Pagefind runs in its own process, driven from a worker thread
 * (`index-worker.ts`), so it works on its own core while the main thread renders pages. The
 * same records make the same index, byte for byte, so an index is kept in the cache by content
 * under a hash of its records: the nightly build of an unchanged site writes the index it kept
 * and runs no Pagefind at all; any change to any record makes a new one.
 */
import path from "node:path";
import { Worker } from "node:worker_threads";
import { DiskCache, engineFingerprint, hashKey } from "../shared/disk-cache.ts";
import { timeline } from "../shared/timeline.ts";
import { workerBundle } from "../shared/worker-bundle.ts";
import type { IndexFiles, IndexReply, IndexRequest } from "./index-worker.ts";

/** Pagefind's ready-made UIs: the search page has its own, so these are never published. */
const UNUSED_BUNDLES = [
  "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
  "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js",
];

export interface IndexCache {
  /** The cache folder; null: no cache. */
  dir: string | null;
  /** The cache file's name (one per content folder). */
  name: string;
}

/**
 * Writes the index of the records into `<outputDir>/pagefind/`; says whether it came from the
 * cache. Each record comes as JSON: strings cross to the worker thread far cheaper than objects.
 * @example await writeSearchIndex(records.map((r) => JSON.stringify(r)), "_site", { dir: ".cache/achyk", name: "pagefind-…" }) // { fromCache: false }
 */
export async function writeSearchIndex(records: readonly string[], outputDir: string, cache: IndexCache): Promise<{ fromCache: boolean }> {
  const dir = path.join(outputDir, "pagefind");
  const store = await DiskCache.open<IndexFiles>(cache.dir, cache.name);
  const key = hashKey(...records);
  const kept = store.get(key);
  if (kept) {
    const end = timeline.begin("search index: written from the cache");
    await inWorker({ kind: "write", dir, files: kept });
    end();
    await store.save();
    return { fromCache: true };
  }
  const started = Date.now();
  // The worker keeps the new index in the cache itself (see index-worker.ts).
  const keep = store.file ? { file: store.file, id: { engine: engineFingerprint(), name: cache.name }, key } : undefined;
  const reply = await inWorker({ kind: "index", dir, records, skip: UNUSED_BUNDLES, cache: keep });
  // The worker's instants on this thread's clock (each thread has its own time origin).
  const at = (instant: number) => instant - performance.timeOrigin;
  timeline.add({ name: "search index: records to Pagefind", start: at(started), end: at(reply.added!), cpu: Number.NaN });
  timeline.add({ name: "search index: Pagefind builds the files", start: at(reply.added!), end: at(reply.built!), cpu: Number.NaN });
  timeline.add({ name: "search index: files written", start: at(reply.built!), end: at(reply.written), cpu: Number.NaN });
  return { fromCache: false };
}

/** Runs one request in a new worker thread. */
async function inWorker(request: IndexRequest): Promise<IndexReply> {
  const worker = new Worker(await workerBundle(path.join(import.meta.dirname, "index-worker.ts"), { external: ["pagefind"] }), {
    workerData: { pagefind: import.meta.resolve("pagefind") },
  });
  try {
    const reply = await new Promise<IndexReply>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the search index worker stopped (exit code ${code})`)));
      worker.postMessage(request);
    });
    if (reply.error) throw new Error(reply.error);
    return reply;
  } finally {
    await worker.terminate();
  }
}
