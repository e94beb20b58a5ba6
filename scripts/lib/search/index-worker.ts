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
import { childPids, commandOf, waitUntilGone } from "../shared/timeline.ts";
import type { SearchRecord } from "./search-records.ts";

/** The files of an index, by path under `pagefind/`. */
export type IndexFiles = [string, Uint8Array][];

export type IndexRequest =
  | { kind: "write"; dir: string; files: IndexFiles }
  | { kind: "index"; dir: string; records: readonly SearchRecord[]; skip: readonly string[] };

export interface IndexReply {
  /** Instants (ms since the epoch) at which the stages ended, for the build's timeline. */
  added?: number;
  built?: number;
  written: number;
  /** The files written, for the cache (only for a new index). */
  files?: IndexFiles;
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
    const added = await Promise.all(request.records.map((record) => index.addCustomRecord(record)));
    const failed = added.flatMap((r) => r.errors);
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
    return { added: addedAt, built: builtAt, written: Date.now(), files };
  } finally {
    // Pagefind's process, stopped by close(): wait until it is gone, so that its CPU time counts
    // in the build's (see waitUntilGone) and no process outlives the build.
    const pids = childPids().filter((pid) => commandOf(pid).startsWith("pagefind"));
    await pagefind.close();
    await waitUntilGone(pids);
  }
}

function writeAll(dir: string, files: IndexFiles): void {
  rmSync(dir, { recursive: true, force: true });
  for (const folder of new Set(files.map(([rel]) => path.dirname(path.join(dir, rel))))) mkdirSync(folder, { recursive: true });
  for (const [rel, bytes] of files) writeFileSync(path.join(dir, rel), bytes);
}
