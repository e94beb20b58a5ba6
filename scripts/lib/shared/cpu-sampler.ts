/**
 * The worker thread of `sampleCpuInThread` (`timeline.ts`): samples CPU and memory on its own
 * event loop, so that a main thread busy rendering for seconds leaves no gap in the samples (a
 * child process that ended in such a gap took its CPU time with it).
 */
import { parentPort, workerData } from "node:worker_threads";
import { sampleCpu } from "./timeline.ts";

const stop = sampleCpu((workerData as { intervalMs: number }).intervalMs);
parentPort?.once("message", () => parentPort!.postMessage({ origin: performance.timeOrigin, samples: stop() }));
