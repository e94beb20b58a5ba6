/**
 * `npm run build`: validate → render (Eleventy) → index (Pagefind) into a temporary folder,
 * then swap it into `_site/`. Any error exits non-zero and leaves the previous `_site/` as it was.
 * Every line it prints is escaped as workflow-command data (it runs in GitHub Actions).
 * `--profile` (or ACHYK_PROFILE=1) prints the timeline of stages: wall and CPU time, cores busy.
 */
import { mkdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { BuildEnvError, readBuildEnv } from "../lib/shared/env.ts";
import { errorLines, escapeData } from "../lib/shared/workflow-commands.ts";
import { hasErrors, loadContent } from "../lib/validate/load.ts";
import { formatProblem } from "../lib/validate/problems.ts";
import { reports } from "../lib/validate/messages.ts";
import { bilingual } from "../lib/shared/lang.ts";
import { removeStaleBuilds, swapDirectory } from "../lib/publish/swap-dir.ts";
import { usePreloadedContent } from "../plugins/content.ts";
import { startSearchIndex } from "../plugins/search.ts";
import { formatTimeline, sampleCpuInThread, timeline } from "../lib/shared/timeline.ts";
import { cacheDirFrom } from "../lib/shared/disk-cache.ts";

const projectDir = path.resolve(import.meta.dirname, "../..");
const outputDir = path.resolve(process.env.ACHYK_OUTPUT ?? path.join(projectDir, "_site"));
const started = performance.now();
const profile = process.argv.includes("--profile") || process.env.ACHYK_PROFILE === "1";
// Everything before this line: Node, tsx and the modules of the build loading.
const startupCpu = process.cpuUsage();
timeline.add({ name: "start-up", start: 0, end: started, cpu: (startupCpu.user + startupCpu.system) / 1000 });
const stopSampling = profile ? await sampleCpuInThread() : undefined;
timeline.measureChildren = profile;

let env;
try {
  env = readBuildEnv();
} catch (error) {
  if (!(error instanceof BuildEnvError)) throw error;
  console.error(`${escapeData(error.message)}\nСайт өзгөргөн жок. / Сайт не изменён.`);
  process.exit(1);
}

const workDir = `${outputDir}.building-${process.pid}`;
try {
  const content = await timeline.span("validate", () => loadContent({ ...env, cacheDir: cacheDirFrom() }));
  for (const problem of content.problems) {
    if (problem.severity !== "info") console.error(formatProblem(problem, env.contentDirName));
  }
  if (hasErrors(content.problems)) {
    console.error(`\n${bilingual(reports.buildStopped())}`);
    process.exit(1);
  }
  usePreloadedContent(content);

  // Folders left by builds that were killed (their process is gone) would stay for ever.
  await removeStaleBuilds(outputDir);
  await rm(workDir, { recursive: true, force: true });
  await mkdir(path.dirname(workDir), { recursive: true });
  // Pagefind's process starts now and indexes while Eleventy reads its templates and renders.
  startSearchIndex(workDir);
  const eleventy = new Eleventy(path.join(projectDir, "layouts"), workDir, {
    configPath: path.join(projectDir, "eleventy.config.ts"),
    quietMode: true,
  });
  await timeline.span("Eleventy: data, pages, index", () => eleventy.write());
  await timeline.span("swap into place", () => swapDirectory(workDir, outputDir));
  const live = content.entries.filter((e) => e.state === "live").length;
  console.log(escapeData(`Built ${live} live entries into ${path.relative(process.cwd(), outputDir) || "."} in ${((performance.now() - started) / 1000).toFixed(1)} s (today ${env.today}).`));
  if (stopSampling) console.log(formatTimeline(timeline.spans, await stopSampling(), os.availableParallelism()));
} catch (error) {
  await rm(workDir, { recursive: true, force: true });
  for (const line of errorLines(error)) console.error(line);
  console.error(`\n${bilingual(reports.buildFailed())}`);
  process.exit(1);
}
