/**
 * Where a build spends its time: each stage's start, end, wall and CPU time, and how many cores
 * the build kept busy over time (this process with its worker threads, plus child processes such
 * as Pagefind's). `npm run build -- --profile` prints it; `npm run bench -- --profile` too. It
 * shows where the build waits and which stages could overlap, without a profiler.
 * Times are milliseconds since the process started (`performance.now()`).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export interface Span {
  name: string;
  start: number;
  end: number;
  /** CPU time of this process (all threads) while the span ran; overlapping spans share it. NaN: not measured (another thread's stage). */
  cpu: number;
  /** CPU time of its child processes (Pagefind's, esbuild's) while the span ran, when measured. */
  children?: number;
  /** Resident memory of this process when the span ended (bytes), when measured. */
  rss?: number;
}

export interface CpuSample {
  at: number;
  /** CPU time so far of this process, all threads. */
  self: number;
  /** CPU time so far of its child processes (Pagefind, esbuild), as last seen. */
  children: number;
  /** Resident memory of this process (all threads), bytes. */
  rss?: number;
}

const cpuNow = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * Stages of one run, recorded as they happen.
 * @example const t = new Timeline(); await t.span("validate", () => loadContent(env)); t.spans[0]?.name // "validate"
 */
export class Timeline {
  readonly spans: Span[] = [];

  /** Also measure child processes' CPU per stage (reads /proc twice a stage: only when profiling). */
  measureChildren = false;

  constructor(
    private readonly clock: () => number = () => performance.now(),
    private readonly cpu: () => number = cpuNow,
    private readonly childCpu: () => number = () => childrenCpuMs(),
  ) {}

  /** Starts a stage; call the function returned when it ends. */
  begin(name: string): () => void {
    const start = this.clock();
    const cpu = this.cpu();
    const children = this.measureChildren ? this.childCpu() : 0;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      const span: Span = { name, start, end: this.clock(), cpu: this.cpu() - cpu };
      if (this.measureChildren) {
        span.children = Math.max(0, this.childCpu() - children);
        span.rss = process.memoryUsage.rss();
      }
      this.spans.push(span);
    };
  }

  /** Runs `work` as one stage (also when it throws). */
  async span<T>(name: string, work: () => Promise<T> | T): Promise<T> {
    const end = this.begin(name);
    try {
      return await work();
    } finally {
      end();
    }
  }

  /** Records a stage measured elsewhere (in a worker thread, another process). */
  add(span: Span): void {
    this.spans.push(span);
  }
}

/** This process's timeline: every stage of a build marks itself here. */
export const timeline = new Timeline();

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

/**
 * CPU milliseconds of this process's living child processes, from /proc (0 where there is none).
 * @example childrenCpuMs() // 4120 while Pagefind indexes
 */
export function childrenCpuMs(pid: number = process.pid): number {
  let total = 0;
  // A child that ended while we looked counts 0, and so do its children.
  for (const child of childPids(pid)) total += ownCpuMs(child) + childrenCpuMs(child);
  return total;
}

/**
 * The pids of a process's child processes, from /proc (none elsewhere than Linux).
 * @example childPids() // [4242]
 */
export function childPids(pid: number = process.pid): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => {
      try {
        return readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

/**
 * Samples CPU time every `intervalMs` until stopped. Child processes count with the most CPU
 * time seen of each (a process that ends between two samples keeps its last figure).
 * @example const stop = sampleCpu(200); …; const samples = stop();
 */
export function sampleCpu(intervalMs = 200): () => CpuSample[] {
  const samples: CpuSample[] = [];
  const seen = new Map<number, number>();
  const take = () => {
    for (const child of childPids(process.pid)) {
      const ms = childrenCpuMs(child) + ownCpuMs(child);
      if (ms > (seen.get(child) ?? 0)) seen.set(child, ms);
    }
    let children = 0;
    for (const ms of seen.values()) children += ms;
    samples.push({ at: performance.now(), self: cpuNow(), children, rss: process.memoryUsage.rss() });
  };
  take();
  const timer = setInterval(take, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    take();
    return samples;
  };
}

/**
 * {@link sampleCpu} in a worker thread: samples keep coming while the main thread is busy.
 * Resolves once sampling runs; the function it gives stops it and returns the samples, on this
 * thread's clock.
 * @example const stop = await sampleCpuInThread(); …; const samples = await stop();
 */
export async function sampleCpuInThread(intervalMs = 100): Promise<() => Promise<CpuSample[]>> {
  const { Worker } = await import("node:worker_threads");
  const { workerBundle } = await import("./worker-bundle.ts");
  const worker = new Worker(await workerBundle(path.join(import.meta.dirname, "cpu-sampler.ts")), { workerData: { intervalMs } });
  await new Promise((resolve) => worker.once("online", resolve));
  return async () => {
    const reply = await new Promise<{ origin: number; samples: CpuSample[] }>((resolve) => {
      worker.once("message", resolve);
      worker.postMessage("stop");
    });
    await worker.terminate();
    const shift = reply.origin - performance.timeOrigin;
    return reply.samples.map((x) => ({ ...x, at: x.at + shift }));
  };
}

function ownCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
  } catch {
    return 0;
  }
}

const BARS = " ▁▂▃▄▅▆▇█";
const s = (ms: number) => (ms / 1000).toFixed(1);

/**
 * The timeline as text: a table of stages (start, end, wall, CPU), a bar per stage over the
 * run's time, and how many of `cores` cores were busy in each slice of time.
 * @example formatTimeline([{ name: "validate", start: 0, end: 2000, cpu: 3600 }], [], 2).split("\n")[0] // "Timeline: 2.0 s wall, …"
 */
export function formatTimeline(spans: readonly Span[], samples: readonly CpuSample[], cores: number, width = 60): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const first = samples[0];
  const last = samples.at(-1);
  const end = Math.max(...sorted.map((x) => x.end), last?.at ?? 0, 1);
  const cpuTotal = first && last ? last.self + last.children - (first.self + first.children) : undefined;
  const lines: string[] = [];
  const busy = cpuTotal !== undefined && last && first ? cpuTotal / Math.max(1, last.at - first.at) : undefined;
  lines.push(
    `Timeline: ${s(end)} s wall${cpuTotal !== undefined ? `, ${s(cpuTotal)} s CPU from ${s(first!.at)} s (this process and its children), ${busy!.toFixed(2)} of ${cores} cores busy on average` : ""}`,
  );
  const nameWidth = Math.max(5, ...sorted.map((x) => x.name.length));
  // A stage measured in another thread has no CPU figures of its own: read them off the samples.
  const fromSamples = (span: Span): Span =>
    samples.length < 2 || (Number.isFinite(span.cpu) && span.children !== undefined)
      ? span
      : {
          ...span,
          cpu: Number.isFinite(span.cpu) ? span.cpu : cpuAt(samples, span.end, "self") - cpuAt(samples, span.start, "self"),
          children: span.children ?? cpuAt(samples, span.end, "children") - cpuAt(samples, span.start, "children"),
        };
  const rows = sorted.map(fromSamples);
  const withChildren = rows.some((x) => x.children !== undefined);
  const withMemory = rows.some((x) => x.rss !== undefined);
  lines.push(`${"stage".padEnd(nameWidth)}  start    end   wall    CPU${withChildren ? "  child" : ""}${withMemory ? "    MiB" : ""}  |${" ".repeat(width)}|`);
  const scale = width / end;
  for (const span of rows) {
    const from = Math.min(width - 1, Math.floor(span.start * scale));
    const to = Math.max(from + 1, Math.min(width, Math.ceil(span.end * scale)));
    const bar = `${" ".repeat(from)}${"█".repeat(to - from)}`.padEnd(width, " ");
    const child = withChildren ? (span.children === undefined ? "" : s(span.children)).padStart(7) : "";
    const cpu = Number.isFinite(span.cpu) ? s(span.cpu) : "";
    const memory = withMemory ? (span.rss === undefined ? "" : String(Math.round(span.rss / 2 ** 20))).padStart(7) : "";
    lines.push(`${span.name.padEnd(nameWidth)} ${s(span.start).padStart(6)} ${s(span.end).padStart(6)} ${s(span.end - span.start).padStart(6)} ${cpu.padStart(6)}${child}${memory}  |${bar}|`);
  }
  if (samples.length > 1) {
    // Cores busy per column: CPU time spent in the column's slice of time over its length.
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const from = (c * end) / width;
      const to = ((c + 1) * end) / width;
      const used = cpuAt(samples, to) - cpuAt(samples, from);
      const level = Math.max(0, Math.min(1, used / ((to - from) * cores)));
      cells.push(samples[0]!.at > to ? " " : BARS[Math.round(level * (BARS.length - 1))]!);
    }
    const pad = 27 + (withChildren ? 7 : 0) + (withMemory ? 7 : 0);
    lines.push(`${`cores busy (of ${cores})`.padEnd(nameWidth)} ${"".padStart(pad)}  |${cells.join("")}|`);
    const peak = Math.max(...samples.map((x) => x.rss ?? 0));
    if (peak > 0) {
      // Memory per column: the largest sample in its slice of time, against the run's peak.
      const memory: string[] = [];
      for (let c = 0; c < width; c++) {
        const from = (c * end) / width;
        const to = ((c + 1) * end) / width;
        const inSlice = samples.filter((x) => x.at >= from && x.at < to && x.rss !== undefined).map((x) => x.rss!);
        memory.push(inSlice.length ? BARS[Math.max(1, Math.round((Math.max(...inSlice) / peak) * (BARS.length - 1)))]! : " ");
      }
      const label = `memory (peak ${Math.round(peak / 2 ** 20)} MiB)`;
      lines.push(`${label.padEnd(nameWidth)} ${"".padStart(pad)}  |${memory.join("")}|`);
    }
  }
  return lines.join("\n");
}

/** CPU time (this process, its children, or both) at a moment, interpolated between samples. */
function cpuAt(samples: readonly CpuSample[], at: number, of: "self" | "children" | "both" = "both"): number {
  const total = (x: CpuSample) => (of === "self" ? x.self : of === "children" ? x.children : x.self + x.children);
  if (at <= samples[0]!.at) return total(samples[0]!);
  for (let i = 1; i < samples.length; i++) {
    const b = samples[i]!;
    if (at <= b.at) {
      const a = samples[i - 1]!;
      return total(a) + ((total(b) - total(a)) * (at - a.at)) / Math.max(1e-9, b.at - a.at);
    }
  }
  return total(samples.at(-1)!);
}

/**
 * Waits until the given processes have ended and been reaped (their /proc entry is gone), at
 * most `timeoutMs`. A child the build stopped counts in the build's own CPU time only once
 * reaped: without the wait, a build that ends at once would leave it to init, and a measure
 * of the build (GNU time, the bench) would miss Pagefind's CPU.
 * @example await waitUntilGone(childPids().filter(isPagefind))
 */
export async function waitUntilGone(pids: readonly number[], timeoutMs = 3000): Promise<void> {
  const until = performance.now() + timeoutMs;
  while (pids.some((pid) => existsSync(`/proc/${pid}`)) && performance.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/**
 * The command name of a process (`/proc/<pid>/comm`), "" when unknown.
 * @example commandOf(4242) // "pagefind_extend"
 */
export function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}
