/**
 * A worker thread of {@link workEntryFiles} (`entry-pool.ts`): it receives chunks of entry
 * files (path and bytes) and answers with the work of each, in order.
 */
import { parentPort } from "node:worker_threads";
import { workEntryFile, type WorkOptions } from "./entry-work.ts";

export interface WorkRequest {
  id: number;
  files: { rel: string; bytes: Uint8Array }[];
  options: WorkOptions;
}

parentPort?.on("message", ({ id, files, options }: WorkRequest) => {
  parentPort!.postMessage({ id, results: files.map((f) => workEntryFile(f.rel, f.bytes, options)) });
});
