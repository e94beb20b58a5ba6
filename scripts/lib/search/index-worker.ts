/**
 * The worker thread of `search-index.ts`: it talks to Pagefind's process and writes the index
 * files, so that neither waits for the main thread. (On the main thread, Pagefind's answers to
 * 10,000 records sat unread while Eleventy rendered: Pagefind, blocked on a full pipe, took 13 s
 * of wall time for 4 s of work.) Files are written one after another: thousands of files
 * created at once in one folder by many threads cost several times the CPU.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { encodeCacheFile, writeAtomically, type CacheFileId } from "../shared/cache-file.ts";
import { childPids, commandOf, waitUntilGone } from "../shared/timeline.ts";
import type { SearchRecord } from "./search-records.ts";

/** The files of an index, by path under `pagefind/`. */
export type IndexFiles = [string, Uint8Array][];

export type IndexRequest =
  | { kind: "write"; dir: string; files: IndexFiles }
  | {
      kind: "index";
      dir: string;
      /** Each search record as JSON: strings cross threads far cheaper than 10,000 objects, and are parsed one at a time. */
      records: readonly string[];
      skip: readonly string[];
      /** Where to keep the new index's files: the cache file, its id and the key (by the records). */
      cache?: { file: string; id: CacheFileId; key: string };
    };

/** Records in Pagefind's pipe at a time: all at once, their messages would wait in memory (~100 MiB at 10,000). */
const IN_FLIGHT = 64;

export interface IndexReply {
  /** Instants (ms since the epoch) at which the stages ended, for the build's timeline. */
  added?: number;
  built?: number;
  written: number;
  error?: string;
}

type Pagefind = typeof import("pagefind");

parentPort?.once("message", (request: IndexRequest) => {
  run(request).then(
    (reply) => parentPort!.postMessage(reply),
    (error: unknown) => parentPort!.postMessage({ written: Date.now(), error: String((error as Error)?.message ?? error) } satisfies IndexReply),
  );
});

async function run(request: IndexRequest): Promise<IndexReply> {
  if (request.kind === "write") {
    writeAll(request.dir, request.files);
    return { written: Date.now() };
  }
  // Pagefind's module comes by URL: the bundle of this worker lives outside the project.
  const pagefind: Pagefind = await import((workerData as { pagefind: string }).pagefind);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  try {
    const failed = await addAll(index, request.records);
    if (failed.length) throw new Error(`Pagefind: ${failed.join("; ")}`);
    const addedAt = Date.now();
    const built = await index.getFiles();
    if (built.errors.length) throw new Error(`Pagefind: ${built.errors.join("; ")}`);
    const builtAt = Date.now();
    const skip = new Set(request.skip);
    const files: IndexFiles = built.files
      .filter((file) => !skip.has(file.path))
      .map((file): [string, Uint8Array] => [file.path, file.content])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    writeAll(request.dir, files);
    const written = Date.now();
    // Kept here, not handed to the main thread: at that moment it holds every page of the site.
    if (request.cache) await writeAtomically(request.cache.file, encodeCacheFile(request.cache.id, [[request.cache.key, files]]));
    return { added: addedAt, built: builtAt, written };
  } finally {
    // Pagefind's process, stopped by close(): wait until it is gone, so that its CPU time counts
    // in the build's (see waitUntilGone) and no process outlives the build.
    const pids = childPids().filter((pid) => commandOf(pid).startsWith("pagefind"));
    await pagefind.close();
    await waitUntilGone(pids);
  }
}

/**
 * Adds the records, in order (each slot takes the next record as soon as Pagefind answers one:
 * the same records always reach Pagefind in the same order, and make the same index), each
 * parsed when its turn comes.
 */
async function addAll(index: NonNullable<Awaited<ReturnType<Pagefind["createIndex"]>>["index"]>, records: readonly string[]): Promise<string[]> {
  const failed: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(IN_FLIGHT, records.length) }, async () => {
      while (next < records.length) {
        const record = JSON.parse(records[next++]!) as SearchRecord;
        failed.push(...(await index.addCustomRecord(record)).errors);
      }
    }),
  );
  return failed;
}

function writeAll(dir: string, files: IndexFiles): void {
  rmSync(dir, { recursive: true, force: true });
  for (const folder of new Set(files.map(([rel]) => path.dirname(path.join(dir, rel))))) mkdirSync(folder, { recursive: true });
  for (const [rel, bytes] of files) writeFileSync(path.join(dir, rel), bytes);
}
