/**
 * `npm run bench`: how Achyk's build scales, against plain Eleventy + Pagefind on the same Markdown.
 *
 * For each size (default 1,000, 5,000 and 10,000 entry files) it writes a deterministic bilingual
 * corpus into `.bench/corpus-<size>/` (scripts/cli/bench-corpus.ts, with the project's site.yaml
 * without `history_import`, and plan.yaml), then builds it `--runs` times (default 3) with Achyk
 * (`tsx scripts/cli/build.ts`, each time with a new, empty cache: cold) and with the baseline
 * (`eleventy` with bench/baseline/, then the `pagefind` CLI), alternating which goes first. Then
 * it rebuilds with the cache of a cold build: the site unchanged, and with one entry changed (the
 * nightly build of a site). Per build: wall time, CPU time of the process tree, peak RSS of the
 * largest process, pages written, pages per second, output size. Medians; ratios are medians of
 * the per-run pair ratios. Also times `npm run check` at each size, cold and warm, the demo site
 * (`content/`) cold and warm, and the `npm start` rebuild after one entry changes (smallest size).
 *
 *   npm run bench -- --sizes 1000 --runs 3 --json --profile
 *
 * `--json` also writes `.bench/results.json`; `--profile` prints the timeline of a cold and a warm
 * build of each size (stages, wall and CPU, cores busy). Flags: `--sizes a,b`, `--runs N`,
 * `--no-watch`, `--no-check`, `--no-demo`, `--keep` (keep the built sites). Exits non-zero if a
 * build or the check fails. `--national` measures the national view instead
 * (scripts/cli/bench-national.ts).
 */
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { generateCorpus, type CorpusFile } from "./bench-corpus.ts";
import { BUILD_TIMEOUT_MS, measure, outputStats, type Measured } from "./bench-measure.ts";

// `--national`: the national view at 230 members (`npm run members`, then its build): bench-national.ts.
if (process.argv.includes("--national")) {
  await import("./bench-national.ts");
  process.exit(process.exitCode ?? 0);
}

const projectDir = path.resolve(import.meta.dirname, "../..");
const benchDir = path.join(projectDir, ".bench");
const bin = (name: string) => path.join(projectDir, "node_modules", ".bin", name);
const TODAY = "2026-11-25";

// ------------------------------------------------------------------------------ arguments

function flag(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  const arg = args[i]!;
  return arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : (args[i + 1] ?? "");
}
const has = (name: string) => process.argv.slice(2).includes(`--${name}`);

const sizes = (flag("sizes") ?? "1000,5000,10000").split(",").map((s) => Number(s.trim())).sort((a, b) => a - b);
const runs = Number(flag("runs") ?? 3);
if (sizes.some((s) => !Number.isInteger(s) || s < 10) || !Number.isInteger(runs) || runs < 1) {
  console.error("Usage: npm run bench -- [--sizes 1000,5000,10000] [--runs 3] [--json] [--profile] [--no-watch] [--no-check] [--no-demo] [--keep]");
  process.exit(2);
}

// ------------------------------------------------------------------------------ measuring

interface BuildResult extends Measured {
  pages: number;
  files: number;
  outputMiB: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function fail(what: string, result: Measured): never {
  console.error(`\n${what} failed (exit ${result.code}):\n${result.stderr.slice(-4000)}\n${result.stdout.slice(-2000)}`);
  process.exit(1);
}

// ------------------------------------------------------------------------------ the steps

async function writeCorpus(size: number): Promise<{ dir: string; files: CorpusFile[] }> {
  const dir = path.join(benchDir, `corpus-${size}`);
  await rm(dir, { recursive: true, force: true });
  const corpus = generateCorpus({ size, today: TODAY });
  const folders = new Set(corpus.map((f) => path.dirname(path.join(dir, f.path))));
  folders.add(path.join(dir, "_data"));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  for (let i = 0; i < corpus.length; i += 512) {
    await Promise.all(corpus.slice(i, i + 512).map((f) => writeFile(path.join(dir, f.path), f.text)));
  }
  // The project's own municipality and plan; no git import commit: the corpus has no history.
  const site = await readFile(path.join(projectDir, "content/_data/site.yaml"), "utf8");
  await writeFile(path.join(dir, "_data/site.yaml"), site.replace(/^history_import:.*$/m, ""));
  await writeFile(path.join(dir, "_data/plan.yaml"), await readFile(path.join(projectDir, "content/_data/plan.yaml"), "utf8"));
  return { dir, files: corpus };
}

const contentEnv = (corpus: string) => ({ CONTENT_DIR: path.relative(projectDir, corpus), SITE_TODAY: TODAY });

/** A new, empty cache folder: a build with it is cold, as on a first run or after an engine upgrade. */
function freshCache(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), "achyk-bench-cache-"));
}

interface AchykBuild extends BuildResult {
  /** The build's own timeline (`--profile`), when asked for. */
  timeline?: string;
}

async function buildAchyk(corpus: string, out: string, cacheDir: string, profile = false): Promise<AchykBuild> {
  await rm(out, { recursive: true, force: true });
  const env = { ...contentEnv(corpus), ACHYK_OUTPUT: out, ACHYK_CACHE: cacheDir, ...(profile ? { ACHYK_PROFILE: "1" } : {}) };
  const result = await measure(bin("tsx"), ["scripts/cli/build.ts"], env);
  if (result.code !== 0) fail("Achyk build", result);
  const stats = await outputStats(out);
  const at = result.stdout.indexOf("Timeline:");
  const timeline = profile && at >= 0 ? result.stdout.slice(at) : undefined;
  return { ...result, pages: stats.pages, files: stats.files, outputMiB: stats.bytes / 2 ** 20, timeline };
}

async function buildBaseline(corpus: string, out: string): Promise<BuildResult> {
  await rm(out, { recursive: true, force: true });
  const config = path.join(projectDir, "bench/baseline/eleventy.config.js");
  const eleventy = await measure(bin("eleventy"), [`--config=${config}`, `--input=${corpus}`, `--output=${out}`], {});
  if (eleventy.code !== 0) fail("Baseline Eleventy build", eleventy);
  const pagefind = await measure(bin("pagefind"), ["--site", out], {});
  if (pagefind.code !== 0) fail("Baseline Pagefind", pagefind);
  const stats = await outputStats(out);
  return {
    wallMs: eleventy.wallMs + pagefind.wallMs,
    cpuMs: eleventy.cpuMs + pagefind.cpuMs,
    peakRssMiB: Math.max(eleventy.peakRssMiB, pagefind.peakRssMiB),
    stdout: eleventy.stdout + pagefind.stdout,
    stderr: eleventy.stderr + pagefind.stderr,
    code: 0,
    pages: stats.pages,
    files: stats.files,
    outputMiB: stats.bytes / 2 ** 20,
  };
}

async function runCheck(corpus: string, cacheDir: string): Promise<Measured & { errors: number; entries: number }> {
  const result = await measure(bin("tsx"), ["scripts/cli/check.ts"], { ...contentEnv(corpus), ACHYK_CACHE: cacheDir });
  const summary = /(\d+) жазуу[\s\S]*?ката: (\d+)/.exec(result.stdout);
  if (result.code !== 0 || !summary) fail("npm run check", result);
  return { ...result, entries: Number(summary[1]), errors: Number(summary[2]) };
}

/** Appends a sentence to a live entry (a rebuild after "one entry changed"); gives back a function restoring it. */
async function touchEntry(corpus: string, files: readonly CorpusFile[], marker: string): Promise<() => Promise<void>> {
  const file = path.join(corpus, files.find((f) => f.path.startsWith("ky/posts/") && f.state === "live")!.path);
  const original = await readFile(file, "utf8");
  await writeFile(file, `${original}\n${marker}\n`);
  return () => writeFile(file, original);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number, what: string): Promise<T> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (performance.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await sleep(5);
  }
}

/**
 * `npm start` (Eleventy --serve --incremental on eleventy.config.ts) on the corpus; after the
 * first build, edits one entry `runs` times and times until its page on disk shows the edit
 * and until Eleventy logs the end of the rebuild ("Wrote …").
 */
async function measureWatch(benchCorpus: string, files: readonly CorpusFile[]) {
  // Eleventy's watcher skips what .gitignore lists (.bench/ is): watch a copy in the temp folder.
  const corpus = path.join(os.tmpdir(), `achyk-bench-watch-${process.pid}`);
  await rm(corpus, { recursive: true, force: true });
  await cp(benchCorpus, corpus, { recursive: true });
  const out = path.join(benchDir, "out", "watch");
  await rm(out, { recursive: true, force: true });
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--input=layouts", `--output=${out}`, "--serve", "--incremental", `--port=${port}`],
    { cwd: projectDir, env: { ...process.env, ...contentEnv(corpus), ACHYK_CACHE: await cache() }, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let log = "";
  child.stdout.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr.on("data", (d: Buffer) => (log += d.toString()));
  const wrote = () => (log.match(/Wrote \d+ files/g) ?? []).length;
  const results: { pageMs: number; wroteMs: number }[] = [];
  try {
    const started = performance.now();
    await waitFor(() => (wrote() > 0 ? true : undefined), BUILD_TIMEOUT_MS, "the first build of npm start");
    const firstBuildMs = performance.now() - started;
    await sleep(1500); // let the watcher settle
    // A live Kyrgyz post (a draft or scheduled one has no page): its page is /ky/posts/<slug>/.
    const rel = files.find((f) => f.path.startsWith("ky/posts/") && f.state === "live")!.path;
    const file = path.join(corpus, rel);
    const page = path.join(out, rel.replace(/\.md$/, ""), "index.html");
    const original = await readFile(file, "utf8");
    if (!(await readFile(page, "utf8").catch(() => ""))) throw new Error(`npm start did not write ${page}`);
    for (let run = 1; run <= runs; run++) {
      const marker = `Белги ${run}-${Date.now()}`;
      const before = wrote();
      const t0 = performance.now();
      await writeFile(file, `${original}\n${marker}\n`);
      const pageMs = await waitFor(
        async () => ((await readFile(page, "utf8").catch(() => "")).includes(marker) ? performance.now() - t0 : undefined),
        60_000,
        "the changed page",
      );
      const wroteMs = await waitFor(() => (wrote() > before ? performance.now() - t0 : undefined), 60_000, "the end of the rebuild");
      results.push({ pageMs, wroteMs });
      await sleep(1000);
    }
    await writeFile(file, original);
    return {
      firstBuildMs,
      pageMs: median(results.map((r) => r.pageMs)),
      wroteMs: median(results.map((r) => r.wroteMs)),
      runs: results,
    };
  } catch (error) {
    console.error(log.slice(-3000));
    throw error;
  } finally {
    // The watcher and its server: the process group this bench started, by its id.
    if (child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await rm(corpus, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------------------ main

interface SizeResult {
  size: number;
  /** Cold builds (an empty cache each), alternating with the baseline. */
  achyk: AchykBuild[];
  baseline: BuildResult[];
  /** Rebuilds with the cache of a cold build: nothing changed, and one entry changed. */
  warm: AchykBuild[];
  warmOneChanged: AchykBuild[];
  check?: CheckRun[];
  checkWarm?: CheckRun[];
  timelines: { cold?: string; warm?: string };
}

interface CheckRun {
  wallMs: number;
  cpuMs: number;
  peakRssMiB: number;
  errors: number;
  entries: number;
}

const summarize = (list: readonly BuildResult[]) => ({
  wallS: round(median(list.map((r) => r.wallMs)) / 1000),
  cpuS: round(median(list.map((r) => r.cpuMs)) / 1000),
  peakRssMiB: round(median(list.map((r) => r.peakRssMiB)), 0),
  pages: list[0]!.pages,
  files: list[0]!.files,
  pagesPerS: round(median(list.map((r) => r.pages / (r.wallMs / 1000))), 0),
  outputMiB: round(median(list.map((r) => r.outputMiB)), 1),
  wallRunsS: list.map((r) => round(r.wallMs / 1000)),
});

const summarizeChecks = (list: readonly CheckRun[]) => ({
  wallS: round(median(list.map((c) => c.wallMs)) / 1000),
  cpuS: round(median(list.map((c) => c.cpuMs)) / 1000),
  peakRssMiB: round(median(list.map((c) => c.peakRssMiB)), 0),
  errors: Math.max(...list.map((c) => c.errors)),
  wallRunsS: list.map((c) => round(c.wallMs / 1000)),
});

const pairRatio = (a: readonly BuildResult[], b: readonly BuildResult[], key: "wallMs" | "cpuMs" | "peakRssMiB") =>
  round(median(a.map((r, i) => r[key] / b[i]![key])));

const seconds = (ms: number) => (ms / 1000).toFixed(1).padStart(6);
const say = (what: string, r: { wallMs: number; cpuMs: number; peakRssMiB: number }, extra = "") =>
  console.log(`  ${what.padEnd(34)} ${seconds(r.wallMs)} s wall, ${seconds(r.cpuMs)} s CPU, ${r.peakRssMiB.toFixed(0).padStart(5)} MiB${extra}`);

const allStarted = performance.now();
const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "", memGiB: round(os.totalmem() / 2 ** 30, 1), node: process.version, loadAvgAtStart: os.loadavg().map((l) => round(l)) };
console.log(`Achyk bench: sizes ${sizes.join(", ")}, ${runs} run(s) each, ${machine.cpus} CPUs, Node ${machine.node}, load ${machine.loadAvgAtStart.join(" ")}`);
const profile = has("profile");
const caches: string[] = [];
const cache = async () => {
  const dir = await freshCache();
  caches.push(dir);
  return dir;
};

const results: SizeResult[] = [];
let watch: Awaited<ReturnType<typeof measureWatch>> | undefined;
for (const size of sizes) {
  const { dir, files } = await writeCorpus(size);
  const result: SizeResult = { size, achyk: [], baseline: [], warm: [], warmOneChanged: [], timelines: {} };
  const outAchyk = path.join(benchDir, "out", `achyk-${size}`);
  const outBaseline = path.join(benchDir, "out", `baseline-${size}`);
  let lastCache = "";
  for (let run = 0; run < runs; run++) {
    // Alternate which goes first, so drift in machine load falls on both alike.
    const order = run % 2 === 0 ? (["achyk", "baseline"] as const) : (["baseline", "achyk"] as const);
    for (const which of order) {
      if (which === "achyk") {
        lastCache = await cache();
        const r = await buildAchyk(dir, outAchyk, lastCache, profile && run === 0);
        if (r.timeline) result.timelines.cold = r.timeline;
        result.achyk.push(r);
        say(`${size} run ${run + 1} Achyk (cold)`, r, `, ${r.pages} pages`);
      } else {
        const r = await buildBaseline(dir, outBaseline);
        result.baseline.push(r);
        say(`${size} run ${run + 1} baseline`, r, `, ${r.pages} pages`);
      }
    }
  }
  // The nightly build of an unchanged site, and of a site where one entry changed.
  for (let run = 0; run < runs; run++) {
    const r = await buildAchyk(dir, outAchyk, lastCache, profile && run === 0);
    if (r.timeline) result.timelines.warm = r.timeline;
    result.warm.push(r);
    say(`${size} run ${run + 1} Achyk (warm, unchanged)`, r);
    // On a copy of the cache: the next "unchanged" run must find the cache of the unchanged site.
    const copy = await cache();
    await cp(lastCache, copy, { recursive: true });
    const restore = await touchEntry(dir, files, `Белги ${run + 1}.`);
    const changed = await buildAchyk(dir, outAchyk, copy);
    await restore();
    result.warmOneChanged.push(changed);
    say(`${size} run ${run + 1} Achyk (warm, 1 entry changed)`, changed);
  }
  if (!has("no-check")) {
    result.check = [];
    result.checkWarm = [];
    const checkCache = await cache();
    for (let run = 0; run < runs; run++) {
      const cold = await runCheck(dir, await cache());
      result.check.push(cold);
      say(`${size} run ${run + 1} check (cold)`, cold, `, ${cold.errors} errors`);
      if (run === 0) await runCheck(dir, checkCache);
      const warm = await runCheck(dir, checkCache);
      result.checkWarm.push(warm);
      say(`${size} run ${run + 1} check (warm)`, warm, `, ${warm.errors} errors`);
    }
  }
  if (!has("no-watch") && size === Math.min(...sizes)) {
    watch = await measureWatch(dir, files);
    console.log(`  ${size} npm start: first build ${(watch.firstBuildMs / 1000).toFixed(1)} s; after one entry changes: page ${(watch.pageMs / 1000).toFixed(2)} s, rebuild done ${(watch.wroteMs / 1000).toFixed(2)} s`);
  }
  if (!has("keep")) await rm(path.join(benchDir, "out"), { recursive: true, force: true });
  results.push(result);
}

// The demo site (content/): the size of a real municipality's first years.
const demo: { cold: AchykBuild[]; warm: AchykBuild[] } = { cold: [], warm: [] };
if (!has("no-demo")) {
  const out = path.join(benchDir, "out", "demo");
  for (let run = 0; run < runs; run++) {
    const demoCache = await cache();
    const cold = await buildAchyk(path.join(projectDir, "content"), out, demoCache);
    demo.cold.push(cold);
    say(`demo run ${run + 1} Achyk (cold)`, cold, `, ${cold.pages} pages`);
    const warm = await buildAchyk(path.join(projectDir, "content"), out, demoCache);
    demo.warm.push(warm);
    say(`demo run ${run + 1} Achyk (warm, unchanged)`, warm);
  }
  if (!has("keep")) await rm(out, { recursive: true, force: true });
}
// The national build (230 members' snapshots, cold and warm): `npm run bench -- --national`.
await Promise.all(caches.map((dir) => rm(dir, { recursive: true, force: true })));

for (const r of results) {
  for (const [name, text] of Object.entries(r.timelines)) if (text) console.log(`\n${r.size} entries, ${name} build:\n${text.trimEnd()}`);
}

// ------------------------------------------------------------------------------ report

const report = {
  date: new Date().toISOString(),
  machine,
  loadAvgAtEnd: os.loadavg().map((l) => round(l)),
  runs,
  today: TODAY,
  sizes: results.map((r) => ({
    size: r.size,
    achyk: summarize(r.achyk),
    baseline: summarize(r.baseline),
    ratio: { wall: pairRatio(r.achyk, r.baseline, "wallMs"), cpu: pairRatio(r.achyk, r.baseline, "cpuMs"), peakRss: pairRatio(r.achyk, r.baseline, "peakRssMiB") },
    warm: summarize(r.warm),
    warmOneChanged: summarize(r.warmOneChanged),
    check: r.check && summarizeChecks(r.check),
    checkWarm: r.checkWarm && summarizeChecks(r.checkWarm),
  })),
  demo: demo.cold.length ? { cold: summarize(demo.cold), warm: summarize(demo.warm) } : undefined,
  watch: watch && { size: Math.min(...sizes), firstBuildS: round(watch.firstBuildMs / 1000), pageS: round(watch.pageMs / 1000), rebuildS: round(watch.wroteMs / 1000), runsS: watch.runs.map((r) => ({ page: round(r.pageMs / 1000), rebuild: round(r.wroteMs / 1000) })) },
  totalS: round((performance.now() - allStarted) / 1000, 0),
};

const rows: string[][] = [["entries", "build", "wall s", "CPU s", "peak RSS MiB", "pages", "pages/s", "output MiB"]];
const row = (size: string, name: string, m: ReturnType<typeof summarize>) =>
  rows.push([size, name, m.wallS.toFixed(1), m.cpuS.toFixed(1), String(m.peakRssMiB), String(m.pages), String(m.pagesPerS), m.outputMiB.toFixed(1)]);
for (const s of report.sizes) {
  row(String(s.size), "Achyk (cold)", s.achyk);
  row(String(s.size), "baseline", s.baseline);
  rows.push([String(s.size), "Achyk ÷ baseline", `${s.ratio.wall.toFixed(2)}×`, `${s.ratio.cpu.toFixed(2)}×`, `${s.ratio.peakRss.toFixed(2)}×`, "", "", ""]);
  row(String(s.size), "Achyk, warm: unchanged", s.warm);
  row(String(s.size), "Achyk, warm: 1 entry changed", s.warmOneChanged);
  for (const [name, c] of [["check (cold)", s.check], ["check (warm)", s.checkWarm]] as const) {
    if (c) rows.push([String(s.size), name, c.wallS.toFixed(1), c.cpuS.toFixed(1), String(c.peakRssMiB), "", "", ""]);
  }
}
if (report.demo) {
  row("demo", "Achyk (cold)", report.demo.cold);
  row("demo", "Achyk, warm: unchanged", report.demo.warm);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
const line = (r: string[]) => `| ${r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(" | ")} |`;
console.log(`\n${line(rows[0]!)}\n|${widths.map((w, c) => (c < 2 ? `${"-".repeat(w + 2)}` : `${"-".repeat(w + 1)}:`)).join("|")}|`);
for (const r of rows.slice(1)) console.log(line(r));
console.log(`Load average at start ${machine.loadAvgAtStart.join(" ")}, at the end ${report.loadAvgAtEnd.join(" ")} (1, 5, 15 minutes; ${machine.cpus} CPUs).`);

// Targets of issue 8.
const bySize = new Map(report.sizes.map((s) => [s.size, s]));
const largest = report.sizes.at(-1)!;
const targets: { target: string; value: string; ok: boolean }[] = [];
targets.push({ target: `build time ≤ 1.3 × baseline at ${largest.size}, cold`, value: `${largest.ratio.wall.toFixed(2)}× (CPU ${largest.ratio.cpu.toFixed(2)}×)`, ok: largest.ratio.wall <= 1.3 });
const warmRatio = round(largest.warm.wallS / largest.baseline.wallS);
targets.push({ target: `warm rebuild of the unchanged site ≤ 1.3 × baseline at ${largest.size}`, value: `${warmRatio.toFixed(2)}× (${largest.warm.wallS.toFixed(1)} s; one entry changed: ${largest.warmOneChanged.wallS.toFixed(1)} s)`, ok: warmRatio <= 1.3 });
if (bySize.has(1000) && bySize.has(10000)) {
  const growth = bySize.get(10000)!.achyk.wallS / bySize.get(1000)!.achyk.wallS;
  targets.push({ target: "growth 1,000 → 10,000 ≤ 11×", value: `${growth.toFixed(1)}×`, ok: growth <= 11 });
}
targets.push({ target: `peak memory ≤ 1.2 × baseline at ${largest.size}`, value: `${largest.ratio.peakRss.toFixed(2)}×`, ok: largest.ratio.peakRss <= 1.2 });
if (largest.check) targets.push({ target: `npm run check < 3 s at ${largest.size}, cold`, value: `${largest.check.wallS.toFixed(2)} s (0 errors: ${largest.check.errors === 0})`, ok: largest.check.wallS < 3 && largest.check.errors === 0 });
if (largest.checkWarm) targets.push({ target: `npm run check < 3 s at ${largest.size}, warm`, value: `${largest.checkWarm.wallS.toFixed(2)} s`, ok: largest.checkWarm.wallS < 3 && largest.checkWarm.errors === 0 });
if (report.watch) targets.push({ target: `npm start rebuild < 1 s at ${report.watch.size}`, value: `page ${report.watch.pageS.toFixed(2)} s, rebuild done ${report.watch.rebuildS.toFixed(2)} s`, ok: report.watch.rebuildS < 1 });
console.log("\nTargets (issues 8 and 18):");
for (const t of targets) console.log(`  ${t.ok ? "✓" : "✗"} ${t.target}: ${t.value}`);
console.log(`\nTotal ${report.totalS} s.`);

if (has("json")) {
  const json = JSON.stringify({ ...report, targets }, null, 2);
  await mkdir(benchDir, { recursive: true });
  await writeFile(path.join(benchDir, "results.json"), `${json}\n`);
  console.log(`\n${json}\nWritten to .bench/results.json`);
}
