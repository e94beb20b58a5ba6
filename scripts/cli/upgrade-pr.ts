/**
 * `npm run upgrade-pr`: the second half of the upgrade workflow. Takes the branch that
 * `npm run upgrade` prepared (as a git bundle, from the job that could only read) and the
 * outcomes of the checks, pushes the branch, opens or updates the one upgrade pull request,
 * closes the ones it replaces, and sets the commit status that shows the checks on it.
 * The decisions are made in scripts/lib/publish/upgrade-pull-request.ts; this file runs git and gh.
 *
 *   --report FILE    what npm run upgrade wrote (--report)
 *   --bundle FILE    the upgrade commit: git bundle create FILE refs/heads/<branch> ^<parent>
 *   --checks LIST    typecheck=success,check=failure,build=skipped (GitHub step outcomes)
 *   --remote NAME    where to push (default origin)
 *   --print          push the branch, but print the pull request instead of calling GitHub
 *
 * Environment: GH_TOKEN (the workflow's token, or ACHYK_UPGRADE_TOKEN), GH_REPO (owner/name),
 * GITHUB_SERVER_URL, RUN_URL (the run's page), WITH_TOKEN ("true" when ACHYK_UPGRADE_TOKEN is set).
 */
import { appendFileSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Bilingual } from "../lib/shared/lang.ts";
import { runGh } from "../lib/publish/gh.ts";
import { git, resolve } from "../lib/publish/git-repo.ts";
import { bilingualLines, upgradeTrailer } from "../lib/publish/upgrade-messages.ts";
import {
  checksStatus,
  parseChecks,
  planPullRequests,
  planPush,
  pullRequestBody,
  pullRequestTitle,
  STATUS_CONTEXT,
  supersededComment,
  UPGRADE_LABEL,
  type BranchTip,
  type OpenPullRequest,
  type PullRequestFacts,
} from "../lib/publish/upgrade-pull-request.ts";

interface ReadyReport extends PullRequestFacts {
  status: "ready";
  branch: string;
  onto: string;
  commit: string;
  parent: string;
}

const { values } = parseArgs({
  options: {
    report: { type: "string" },
    bundle: { type: "string" },
    checks: { type: "string", default: "" },
    remote: { type: "string", default: "origin" },
    print: { type: "boolean", default: false },
  },
});
if (!values.report || !values.bundle) fail({ ky: "--report жана --bundle керек.", ru: "Нужны --report и --bundle." }, 2);

const report = JSON.parse(readFileSync(values.report!, "utf8")) as ReadyReport;
if (report.status !== "ready") fail({ ky: `Жаңыртуу даяр эмес (${report.status}).`, ru: `Обновление не готово (${report.status}).` });
const checks = parseChecks(values.checks);
const server = (process.env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
const repo = process.env.GH_REPO ?? "";
const runUrl = process.env.RUN_URL ?? "";
const withToken = process.env.WITH_TOKEN === "true";
const cwd = process.cwd();
const remote = values.remote;

// Authenticate git as actions/checkout does: a header, so the token never sits in a URL or on disk.
const token = process.env.GH_TOKEN;
const auth: Record<string, string> = token
  ? {
      GIT_CONFIG_COUNT: "1",
      GIT_CONFIG_KEY_0: `http.${server}/.extraheader`,
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`,
    }
  : {};
const remoteGit = (args: string[]) => git(cwd, args, { env: auth });

// 1. The branch, from the bundle of the job that prepared it.
remoteGit(["fetch", "--quiet", values.bundle!, `+refs/heads/${report.branch}:refs/heads/${report.branch}`]);
const local = tipOf(`refs/heads/${report.branch}`)!;
if (local.commit !== report.commit) fail({ ky: "Бандлдагы коммит отчеттогудан башка.", ru: "Коммит в бандле не совпадает с отчётом." });

// 2. The branch on GitHub, if there is one: pushed again only when it is an older upgrade commit.
const remoteCommit = remoteGit(["ls-remote", remote, `refs/heads/${report.branch}`]).split("\t")[0]?.trim() || null;
let remoteTip: BranchTip | null = null;
if (remoteCommit) {
  remoteGit(["fetch", "--quiet", "--no-tags", remote, `+refs/heads/${report.branch}:refs/achyk/remote-upgrade`]);
  remoteTip = tipOf("refs/achyk/remote-upgrade");
}
const push = planPush(local, remoteTip);
if (push === "blocked") {
  fail({
    ky: `${report.branch} бутагына GitHub'та башка коммиттер кошулган: жаңыртуу аларды өчүрбөйт. Ал pull request'ти Merge кылыңыз же жабыңыз (бутагын өчүрүп), кийинки иштетүү аны кайра даярдайт.`,
    ru: `В ветку ${report.branch} на GitHub добавлены другие коммиты: обновление их не затирает. Слейте или закройте этот pull request (удалив ветку), следующий запуск подготовит его заново.`,
  });
}
if (push === "push") remoteGit(["push", "--quiet", remote, `refs/heads/${report.branch}:refs/heads/${report.branch}`]);
if (push === "force") remoteGit(["push", "--quiet", `--force-with-lease=refs/heads/${report.branch}:${remoteCommit}`, remote, `refs/heads/${report.branch}:refs/heads/${report.branch}`]);
console.log(`${report.branch}: ${push === "none" ? "already on GitHub, not pushed" : push === "force" ? "pushed over the older upgrade commit" : "pushed"}`);

// 3. The pull request, its older siblings, and the status that shows the checks on it.
const title = pullRequestTitle(report.to);
const body = pullRequestBody(report, checks, { runUrl, withToken });
const status = checksStatus(checks);
if (values.print) {
  console.log(`\n${title}\n\n${body}\nstatus ${STATUS_CONTEXT}: ${status.state} (${status.description})`);
  process.exit(0);
}
if (!repo) fail({ ky: "GH_REPO берилген жок.", ru: "Не задан GH_REPO." }, 2);

// Upgrade pull requests are found by their branch; the label is only for people, so it may fail.
const labelled = gh(["label", "create", UPGRADE_LABEL, "--force", "--color", "0E8A16", "--description", "Achyk жаңыртуусу / Обновление Achyk"]).ok;
const open = JSON.parse(gh(["pr", "list", "--state", "open", "--limit", "200", "--json", "number,headRefName"], undefined, true).stdout || "[]") as OpenPullRequest[];
const plan = planPullRequests(report.branch, open);
let url: string;
if (plan.update !== null) {
  gh(["pr", "edit", String(plan.update), "--title", title, "--body-file", "-"], body, true);
  url = `${server}/${repo}/pull/${plan.update}`;
} else {
  const created = gh(["pr", "create", "--base", report.onto, "--head", report.branch, "--title", title, "--body-file", "-", ...(labelled ? ["--label", UPGRADE_LABEL] : [])], body);
  if (!created.ok) {
    const compare = `${server}/${repo}/compare/${report.onto}...${report.branch}?expand=1`;
    fail(
      /not permitted to create or approve pull requests/i.test(created.stderr)
        ? {
            ky: `GitHub бул workflow'го pull request ачууга уруксат бербейт. Settings → Actions → General → Workflow permissions ичинде «Allow GitHub Actions to create and approve pull requests» белгилеңиз (же ACHYK_UPGRADE_TOKEN кошуңуз). Азыр колго ачса болот: ${compare}`,
            ru: `GitHub не разрешает этому workflow открывать pull request. Включите в Settings → Actions → General → Workflow permissions «Allow GitHub Actions to create and approve pull requests» (или добавьте ACHYK_UPGRADE_TOKEN). Сейчас его можно открыть вручную: ${compare}`,
          }
        : { ky: `Pull request ачылган жок: ${created.stderr.trim()}. Колго ачуу: ${compare}`, ru: `Pull request не открылся: ${created.stderr.trim()}. Открыть вручную: ${compare}` },
    );
  }
  url = created.stdout.trim().split("\n").at(-1) ?? "";
}
for (const number of plan.close) gh(["pr", "close", String(number), "--comment", supersededComment(report.to), "--delete-branch"]);
gh(
  ["api", "--method", "POST", `repos/${repo}/statuses/${report.commit}`, "-f", `state=${status.state}`, "-f", `context=${STATUS_CONTEXT}`, "-f", `description=${status.description}`, "-f", `target_url=${runUrl}`],
  undefined,
  true,
);
console.log(`Pull request: ${url}`);
summary(`### Achyk ${report.base} → ${report.to}\n\nPull request: ${url}\n\n${STATUS_CONTEXT}: ${status.state} (${status.description})\n`);

function tipOf(ref: string): BranchTip | null {
  const commit = resolve(cwd, ref);
  if (!commit) return null;
  const [tree = "", parents = "", ...message] = git(cwd, ["show", "-s", "--format=%T%n%P%n%B", commit]).split("\n");
  return { commit, tree, parent: parents, isUpgrade: !parents.includes(" ") && upgradeTrailer(message.join("\n")) !== null };
}

function gh(args: string[], input?: string, mustWork = false): { ok: boolean; stdout: string; stderr: string } {
  const result = runGh(args, input, (message) => fail({ ky: `gh иштебей калды (${message}).`, ru: `Не удалось запустить gh (${message}).` }));
  if (!result.ok) console.error(`gh ${args.slice(0, 2).join(" ")}: ${result.stderr.trim()}`);
  if (!result.ok && mustWork) fail({ ky: `gh ${args.slice(0, 2).join(" ")} иштеген жок.`, ru: `Команда gh ${args.slice(0, 2).join(" ")} не выполнилась.` });
  return result;
}

function summary(text: string): void {
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, text);
}

function fail(text: Bilingual, code = 1): never {
  const lines = bilingualLines(text);
  console.error(lines);
  summary(`### npm run upgrade-pr\n\n${lines.replace(/\n/g, "\n\n")}\n`);
  process.exit(code);
}

