/**
 * `npm run deadlines`: what is due within N days (default 7), what is missing, what is scheduled.
 *
 *   npm run deadlines                       human-readable list (gaps older than RECENT_GAP_DAYS
 *                                           are counted, not listed, and get no new issue)
 *   npm run deadlines -- --days 14          look further ahead
 *   npm run deadlines -- --json             the list as JSON
 *   npm run deadlines -- --dry-run          the issues it would open, update and close (one per period due
 *                                           soon and per measure's latest gap, one summary of older gaps)
 *                        [--open-issues FILE]  …against these open issues (JSON, as `gh issue list --json` gives)
 *   npm run deadlines -- --github           open, update and close the issues (gh CLI, GH_TOKEN)
 *   npm run deadlines -- --github --dry-run read the open issues from GitHub, change nothing
 *
 * CONTENT_DIR and SITE_TODAY apply as for the build. The logic is in scripts/lib (deadlines,
 * progress, github-issues); this file only reads, prints and calls `gh`.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { nextDeadlines, RECENT_GAP_DAYS, splitOlderGaps, type Deadline } from "../lib/progress/deadlines.ts";
import { readBuildEnv } from "../lib/shared/env.ts";
import { readGitHistory, withGitHistory } from "../lib/validate/git-history.ts";
import { runGh } from "../lib/publish/gh.ts";
import { DEADLINE_LABEL, issueTitle, planIssueSync, type IssueDeadline, type IssuePlan, type OpenIssue } from "../lib/publish/github-issues.ts";
import { loadContent } from "../lib/validate/load.ts";
import { periodById } from "../lib/shared/periods.ts";
import type { Plan } from "../lib/validate/plan.ts";
import { addEntryUrl, addFormUrl, measureNoun } from "../lib/progress/plan-view.ts";
import { formatProblem } from "../lib/validate/problems.ts";
import { reports } from "../lib/validate/messages.ts";
import { bilingual } from "../lib/shared/lang.ts";
import { computeProgress } from "../lib/progress/progress.ts";
import type { Site } from "../lib/validate/site.ts";

const { values: args } = parseArgs({
  options: {
    days: { type: "string", default: "7" },
    json: { type: "boolean", default: false },
    github: { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
    "open-issues": { type: "string" },
  },
  strict: true,
});

const withinDays = Number(args.days);
if (!Number.isInteger(withinDays) || withinDays < 0) fail(`--days must be a whole number ≥ 0, got "${args.days}"`);

const env = readBuildEnv();
const content = await loadContent(env);
const { site, plan } = content;
if (!site || !plan) {
  for (const problem of content.problems) if (problem.severity === "error") console.error(formatProblem(problem, env.contentDirName));
  fail(bilingual(reports.deadlinesNoPlan()));
}
if (site.population === undefined) {
  // The national site keeps no plan of its own (site-identity.ts): its members have the deadlines.
  console.log("A national site has no deadlines of its own / Улуттук сайттын өз мөөнөттөрү жок / У общенационального сайта нет своих сроков.");
  process.exit(0);
}
const population = site.population;
const errors = content.problems.filter((p) => p.severity === "error").length;
if (errors > 0) console.error(bilingual(reports.deadlinesContentErrors(errors)));

// Git history makes a report committed after its due day late, as on the progress page.
const history = await readGitHistory(env.contentDir, { under: ".", keys: "under" });
const entries = withGitHistory(content.entries, history);
const progress = computeProgress(plan, entries, { today: env.today, population });
// As on the progress page, gaps older than RECENT_GAP_DAYS are not listed and get no new issue.
const { listed, older } = splitOlderGaps(nextDeadlines(progress, { today: env.today, withinDays }), env.today);
const deadlines = listed.map((d) => forIssue(d, plan, site));
const olderGaps = older.map((d) => forIssue(d, plan, site));

if (args["dry-run"] || args.github) {
  const openIssues = args.github ? listOpenIssues() : readOpenIssuesFile(args["open-issues"]);
  const issuePlan = planIssueSync(deadlines, openIssues, olderGaps);
  if (args["dry-run"]) printPlan(issuePlan);
  else process.exitCode = applyPlan(issuePlan) ? 0 : 1;
} else if (args.json) {
  console.log(JSON.stringify({ today: env.today, withinDays, history: history !== null, deadlines, olderGaps }, null, 2));
} else {
  printDeadlines(deadlines);
}

/** A deadline with what its issue needs: the measure's texts and the progress page's "add it" links. */
function forIssue(d: Deadline, plan: Plan, site: Site): IssueDeadline & { title: string } {
  const measure = plan.measures.find((m) => m.id === d.measure)!;
  const out: IssueDeadline = {
    measureId: d.measure,
    period: d.period,
    rhythm: measure.rhythm,
    due: d.due,
    status: d.status,
    daysLeft: d.daysLeft,
    measureTitle: measure.title,
  };
  const what = measureNoun(measure);
  if (what) out.what = { ky: what.ky, ru: what.ru };
  const period = periodById(measure.rhythm, d.period);
  if (d.status !== "scheduled" && period) {
    const ru = addEntryUrl(site.repository, measure, period, env.today, "ru", env.contentDirName);
    const ky = addEntryUrl(site.repository, measure, period, env.today, "ky", env.contentDirName);
    if (ru && ky) out.addUrl = { ru, ky };
    const form = addFormUrl(site.repository, measure, period, env.today);
    if (form) out.formUrl = form;
  }
  if (d.publishOn !== undefined) out.publishOn = d.publishOn;
  return { ...out, title: issueTitle(out) };
}

function printDeadlines(list: readonly (IssueDeadline & { title: string })[]): void {
  console.log(bilingual(reports.deadlinesHeader(env.today, withinDays)));
  if (history === null) console.log(bilingual(reports.deadlinesNoHistory()));
  if (olderGaps.length > 0) console.log(bilingual(reports.deadlinesOlderGaps(RECENT_GAP_DAYS, olderGaps.length)));
  if (list.length === 0) {
    console.log(bilingual(reports.deadlinesNothing()));
    return;
  }
  for (const d of list) {
    const when = bilingual(
      d.status === "missing"
        ? reports.deadlineOverdue(-d.daysLeft)
        : d.status === "scheduled"
          ? reports.deadlineScheduled(d.publishOn ?? "?")
          : d.daysLeft === 0
            ? reports.deadlineToday()
            : reports.deadlineLeft(d.daysLeft),
    );
    const icon = d.status === "missing" ? "⚠️" : d.status === "scheduled" ? "🗓" : "⏳";
    console.log(`${icon} ${d.measureId} ${d.period} (${d.due}): ${when}\n   ${d.title}`);
  }
}

function printPlan(issuePlan: IssuePlan): void {
  if (args.json) {
    console.log(JSON.stringify(issuePlan, null, 2));
    return;
  }
  console.log(`Dry run (${env.today}): nothing is changed on GitHub.`);
  console.log(`Would open ${issuePlan.open.length}, update ${issuePlan.update.length}, close ${issuePlan.close.length}.`);
  for (const o of issuePlan.open) console.log(`open: ${o.title} [${o.labels.join(", ")}]`);
  for (const u of issuePlan.update) console.log(`update #${u.number}: ${u.title}`);
  for (const c of issuePlan.close) console.log(`close #${c.number}: ${c.comment}`);
}

function gh(ghArgs: string[], input?: string): { ok: boolean; stdout: string } {
  const result = runGh(ghArgs, input, (message) => fail(`gh could not be run (${message}): it is preinstalled on GitHub's runners.`));
  if (!result.ok) console.error(`gh ${ghArgs.slice(0, 3).join(" ")} failed: ${result.stderr.trim()}`);
  return result;
}

/** The open issues with our label, as `{ number, title, body, labels: string[] }`. */
function listOpenIssues(): OpenIssue[] {
  const result = gh(["issue", "list", "--label", DEADLINE_LABEL, "--state", "open", "--limit", "1000", "--json", "number,title,body,labels"]);
  if (!result.ok) fail("could not list the open issues.");
  return toOpenIssues(JSON.parse(result.stdout));
}

function readOpenIssuesFile(file: string | undefined): OpenIssue[] {
  if (file === undefined) return [];
  return toOpenIssues(JSON.parse(readFileSync(file, "utf8")));
}

function toOpenIssues(raw: unknown): OpenIssue[] {
  if (!Array.isArray(raw)) fail("open issues must be a JSON array");
  return raw.map((item: { number: number; title: string; body?: string; labels?: (string | { name: string })[] }) => ({
    number: item.number,
    title: item.title,
    body: item.body ?? "",
    labels: (item.labels ?? []).map((l) => (typeof l === "string" ? l : l.name)),
  }));
}

/** Carries the plan out; true when every call succeeded. Continues past a failed call. */
function applyPlan(issuePlan: IssuePlan): boolean {
  let ok = true;
  if (issuePlan.open.length > 0) {
    ok &&= gh(["label", "create", DEADLINE_LABEL, "--force", "--color", "B60205", "--description", bilingual(reports.deadlineLabel())]).ok;
  }
  for (const o of issuePlan.open) {
    const labels = o.labels.flatMap((l) => ["--label", l]);
    const done = gh(["issue", "create", "--title", o.title, "--body-file", "-", ...labels], o.body);
    console.log(`${done.ok ? "opened" : "FAILED to open"}: ${o.title} ${done.stdout.trim()}`);
    ok &&= done.ok;
  }
  for (const u of issuePlan.update) {
    const done = gh(["issue", "edit", String(u.number), "--title", u.title, "--body-file", "-"], u.body);
    console.log(`${done.ok ? "updated" : "FAILED to update"} #${u.number}: ${u.title}`);
    ok &&= done.ok;
  }
  for (const c of issuePlan.close) {
    const done = gh(["issue", "close", String(c.number), "--comment", c.comment]);
    console.log(`${done.ok ? "closed" : "FAILED to close"} #${c.number}`);
    ok &&= done.ok;
  }
  console.log(`Opened ${issuePlan.open.length}, updated ${issuePlan.update.length}, closed ${issuePlan.close.length} (${env.today}).`);
  return ok;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
