/**
 * The per-file work of validation (`entry-work.ts`) spread over the machine's cores: worker
 * threads take chunks of files from one queue while the main thread takes chunks too, so no
 * core waits while the workers start (each loads the validation modules, a few hundred
 * milliseconds). Small sites are worked on the main thread alone: starting a worker would cost
 * more than it saves. Results come back in the order of the files, whoever worked them.
 */
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { workerBundle } from "../shared/worker-bundle.ts";
import { workEntryFile, type EntryWork, type WorkOptions } from "./entry-work.ts";
import type { WorkRequest } from "./entry-worker.ts";

export interface EntryFile {
  rel: string;
  bytes: Uint8Array;
}

/**
 * Below this many files to work, the main thread does it alone. On the 2-core bench machine (two
 * hyperthreads, it seems: two busy threads each run ~1.4× slower) a worker broke even at 5,000
 * files (`npm run check`, cold: 3.2 s either way, 1 s more CPU) and paid from 10,000 (4.45 s
 * against 4.7 s); at 1,000 and 2,000 it cost 0.1-0.2 s. Machines with more cores gain more.
 */
export const MIN_FILES_FOR_THREADS = 5000;
/** Files handed out at a time: small enough to share the work evenly, large enough to keep messages few. */
const CHUNK = 64;

/**
 * How many worker threads to start for `files` files: `ACHYK_THREADS` when set (0: none), none
 * below {@link MIN_FILES_FOR_THREADS}, else one per core besides the main thread's (at most 7).
 * @example threadsFor(10_000, {}, 2) // 1
 * @example threadsFor(200, {}, 8) // 0
 */
export function threadsFor(files: number, env: Readonly<Record<string, string | undefined>> = process.env, cores = os.availableParallelism()): number {
  const forced = env.ACHYK_THREADS?.trim();
  if (forced) return Math.max(0, Math.min(16, Math.floor(Number(forced)) || 0));
  if (files < MIN_FILES_FOR_THREADS) return 0;
  return Math.max(0, Math.min(7, cores - 1));
}

/**
 * The work of each file, in order, using `threads` worker threads beside the main thread.
 * A worker that fails (it could not start) leaves its chunk to the others.
 * @example (await workEntryFiles([{ rel: "ky/posts/a.md", bytes }], { office: [], html: true }, 0))[0]?.entry?.key // "posts/a"
 */
export async function workEntryFiles(
  files: readonly EntryFile[],
  options: WorkOptions,
  threads: number,
  /** How a worker starts (the tests start ones that fail). */
  start: () => Promise<Worker> = startWorker,
): Promise<EntryWork[]> {
  const results: EntryWork[] = new Array(files.length);
  const queue: [number, number][] = [];
  for (let start = 0; start < files.length; start += CHUNK) queue.push([start, Math.min(files.length, start + CHUNK)]);
  const work = ([start, end]: [number, number]) => {
    for (let i = start; i < end; i++) results[i] = workEntryFile(files[i]!.rel, files[i]!.bytes, options);
  };
  if (threads <= 0 || queue.length < 2) {
    queue.forEach(work);
    return results;
  }

  // Workers start while the main thread already works: no core waits for them.
  const starting = Array.from({ length: Math.min(threads, queue.length - 1) }, () => start().catch(() => null));
  // Two chunks in flight per worker: while the main thread works a chunk of its own (and cannot
  // answer), the worker goes on with the second instead of waiting.
  let mainDone: () => void = () => undefined;
  const mainFinished = new Promise<null>((resolve) => (mainDone = () => resolve(null)));
  const viaWorker = async (started: Promise<Worker | null>) => {
    // A worker that could not start, or not before the main thread ran out of work, gets none.
    const worker = await Promise.race([started, mainFinished]);
    if (!worker) return;
    let id = 0;
    let gone = false;
    const inFlight = new Set<Promise<void>>();
    const send = (chunk: [number, number]) => {
      const [start, end] = chunk;
      const request: WorkRequest = { id: ++id, files: files.slice(start, end), options };
      const done: Promise<void> = ask(worker, request)
        .then(
          (reply) => reply.forEach((result, i) => (results[start + i] = result)),
          () => {
            // This worker is gone: its chunks go back to the queue, for the main thread or another worker.
            gone = true;
            queue.push(chunk);
          },
        )
        .then(() => void inFlight.delete(done));
      inFlight.add(done);
    };
    for (;;) {
      while (!gone && inFlight.size < 2 && queue.length > 0) send(queue.shift()!);
      if (inFlight.size === 0) return;
      await Promise.race(inFlight);
    }
  };
  const viaMain = async () => {
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) {
      work(chunk);
      // Let the workers' answers in and hand them their next chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
    mainDone();
  };
  try {
    await Promise.all([viaMain(), ...starting.map(viaWorker)]);
    // A worker that failed last may have put its chunk back after the main thread finished.
    queue.splice(0).forEach(work);
  } finally {
    // Not awaited: a worker still starting is stopped once it has started.
    for (const started of starting) void started.then((worker) => worker?.terminate());
  }
  return results;
}

function ask(worker: Worker, request: WorkRequest): Promise<EntryWork[]> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    const onMessage = (message: { id: number; results: EntryWork[] }) => {
      if (message.id !== request.id) return;
      cleanup();
      resolve(message.results);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`worker exited with code ${code}`));
    };
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(request);
  });
}

/**
 * A worker running `entry-worker.ts` (bundled: see `shared/worker-bundle.ts`).
 * @example const worker = await startWorker(); worker.postMessage(request);
 */
export async function startWorker(): Promise<Worker> {
  const worker = new Worker(await workerBundle(path.join(import.meta.dirname, "entry-worker.ts")));
  // A worker that fails between two chunks must not crash the run: `ask` hands its chunks on.
  worker.on("error", () => undefined);
  return worker;
}
