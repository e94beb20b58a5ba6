/**
 * `npm run members`: fetches every member of a national site (`_data/registry.yaml`) into
 * `_data/members/<id>/` (see scripts/lib/national/update-members.ts). One line per member that
 * failed, Kyrgyz first; `--github` adds a warning annotation on the member's registry line.
 * Exit 0 even when members fail (each keeps its last good files and is marked on the site);
 * 1 when site.yaml or the registry is invalid, or the site is not national; 2 for a bad option.
 *
 *   npm run members [-- --github] [--timeout <seconds>] [--parallel <n>]
 */
import { parseArgs } from "node:util";
import { builtAtFrom } from "../lib/shared/dates.ts";
import { readBuildEnv } from "../lib/shared/env.ts";
import { escapeData, escapeProperty } from "../lib/shared/workflow-commands.ts";
import { DEFAULT_PARALLEL, DEFAULT_TIMEOUT_MS, updateMembers } from "../lib/national/update-members.ts";
import { hasErrors, loadContent } from "../lib/validate/load.ts";
import { formatProblem, githubAnnotation } from "../lib/validate/problems.ts";

const REGISTRY = "_data/registry.yaml";

function usage(message: string): never {
  console.error(`${message}\nnpm run members [-- --github] [--timeout <seconds>] [--parallel <n>]`);
  process.exit(2);
}

let args: { github?: boolean; timeout?: string; parallel?: string };
try {
  args = parseArgs({ options: { github: { type: "boolean" }, timeout: { type: "string" }, parallel: { type: "string" } } }).values;
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
const timeoutMs = args.timeout === undefined ? DEFAULT_TIMEOUT_MS : Number(args.timeout) * 1000;
const parallel = args.parallel === undefined ? DEFAULT_PARALLEL : Number(args.parallel);
if (!(timeoutMs > 0)) usage(`--timeout must be a number of seconds > 0, got "${args.timeout}"`);
if (!Number.isInteger(parallel) || parallel < 1) usage(`--parallel must be a whole number ≥ 1, got "${args.parallel}"`);

const env = readBuildEnv();
const started = performance.now();
// Entries are not needed here, but the same loader checks site.yaml and the registry as `check` does.
const content = await loadContent({ ...env, gitHistory: false });
const blocking = content.problems.filter((p) => p.severity === "error" && (p.file === REGISTRY || p.file === "_data/site.yaml"));
for (const problem of blocking) {
  console.error(formatProblem(problem, env.contentDirName));
  if (args.github) console.log(githubAnnotation(problem, env.contentDirName));
}
if (hasErrors(blocking) || !content.registry) {
  if (!hasErrors(blocking)) console.error("Бул сайт улуттук эмес (site.yaml: kind: national) / Это не общенациональный сайт (site.yaml: kind: national).");
  process.exit(1);
}

const registry = content.registry;
const outcomes = await updateMembers(registry.members, { contentDir: env.contentDir, now: builtAtFrom(process.env), timeoutMs, parallel });
const registryPath = `${env.contentDirName.replace(/\/+$/, "")}/${REGISTRY}`;
for (const outcome of outcomes.filter((o) => !o.ok)) {
  const kept = outcome.kept
    ? "мурунку маалыматтар калды / оставлены прежние данные"
    : "маалымат жок / данных нет";
  const line = registry.lines.get(outcome.id) ?? 1;
  const text = `${outcome.id}: ${outcome.error!.ky} / ${outcome.error!.ru} (${kept})`;
  console.log(escapeData(`${registryPath}:${line}: ${text}`));
  if (args.github) console.log(`::warning file=${escapeProperty(registryPath)},line=${line}::${escapeData(text)}`);
}
const ok = outcomes.filter((o) => o.ok).length;
const entries = outcomes.reduce((sum, o) => sum + o.entries, 0);
console.log(
  `Members / Мүчөлөр / Участники: ${ok} of ${outcomes.length} fetched, ${outcomes.length - ok} failed; ` +
    `${entries} entries in snapshots; ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
