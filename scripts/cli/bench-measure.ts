/**
 * How the benchmarks measure a command: wall time, CPU time of its whole process tree and the
 * peak resident memory of its largest process (GNU time, else /proc), and the size of what it
 * wrote. Shared by `npm run bench` (bench.ts) and `npm run bench -- --national` (bench-national.ts).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { readFile, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const projectDir = path.resolve(import.meta.dirname, "../..");
const GNU_TIME = "/usr/bin/time";
export const BUILD_TIMEOUT_MS = 30 * 60_000;

export interface Measured {
  wallMs: number;
  /** User + system CPU time of the whole process tree. */
  cpuMs: number;
  /** Peak resident set size of the largest single process of the tree. */
  peakRssMiB: number;
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Runs a command and measures it with GNU time, or by polling /proc when GNU time is missing. */
export async function measure(command: string, args: readonly string[], env: Record<string, string>): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = path.join(os.tmpdir(), `achyk-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const [cmd, argv] = useTime ? [GNU_TIME, ["-f", "%U %S %M", "-o", timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: projectDir, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  let polledPeakKiB = 0;
  const poller = useTime ? undefined : setInterval(() => (polledPeakKiB = Math.max(polledPeakKiB, treePeakKiB(child.pid!))), 50);
  const timer = setTimeout(() => child.kill("SIGKILL"), BUILD_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  if (poller) clearInterval(poller);
  let cpuMs = Number.NaN;
  let peakKiB = polledPeakKiB;
  if (useTime) {
    const line = (await readFile(timeFile, "utf8").catch(() => "")).trim().split("\n").pop() ?? "";
    await rm(timeFile, { force: true });
    const [user, sys, maxRss] = line.split(/\s+/).map(Number);
    cpuMs = ((user ?? Number.NaN) + (sys ?? Number.NaN)) * 1000;
    peakKiB = maxRss ?? Number.NaN;
  }
  return { wallMs, cpuMs, peakRssMiB: peakKiB / 1024, stdout, stderr, code };
}

/** Largest VmHWM (peak RSS, KiB) among a process and its descendants, read from /proc. */
function treePeakKiB(rootPid: number): number {
  const children = new Map<number, number[]>();
  const peaks = new Map<number, number>();
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return 0;
  }
  for (const pid of entries) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
      peaks.set(Number(pid), hwm);
    } catch {
      // the process ended while we looked
    }
  }
  let peak = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    peak = Math.max(peak, peaks.get(pid) ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return peak;
}

/** HTML pages, all files and bytes under a folder. */
export async function outputStats(dir: string): Promise<{ pages: number; files: number; bytes: number }> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = found.filter((d) => d.isFile());
  const sizes = await Promise.all(files.map(async (d) => (await stat(path.join(d.parentPath, d.name))).size));
  return { pages: files.filter((d) => d.name.endsWith(".html")).length, files: files.length, bytes: sizes.reduce((a, b) => a + b, 0) };
}

