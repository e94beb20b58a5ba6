/**
 * The upgrade workflow's two jobs with real git: the first prepares the branch and bundles it
 * (npm run upgrade, git bundle), the second pushes it from a fresh shallow checkout
 * (npm run upgrade-pr) to the member's repository, here a bare repository standing for GitHub.
 * The pull request itself is printed (--print): GitHub's API is not on this machine.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDENTITY, testGit } from "../helpers/git.ts";
import { runScript, type RunResult } from "../helpers/run.ts";

const BRANCH = "achyk-upgrade/v0.2.0";

const git = testGit;
async function write(root: string, files: Record<string, string>): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
}
const release = (version: string, extra: Record<string, string> = {}) => ({
  "package.json": `${JSON.stringify({ name: "achyk", version, repository: "https://github.com/achyk-kg/achyk" }, null, 2)}\n`,
  "package-lock.json": `${JSON.stringify({ name: "achyk", version, lockfileVersion: 3 }, null, 2)}\n`,
  "CHANGELOG.md": `# Changelog\n\n## [0.2.0] - 2026-12-03\n\n### Added\n\n- Upgrades\n\n## [0.1.0] - 2026-11-25\n\n- First\n`,
  "scripts/engine.ts": `export const version = "${version}";\n`,
  "content/_data/site.yaml": "name: demo\n",
  ...extra,
});

let dir: string;
let github: string;
let member: string;

/** Job 1: prepare in the member's checkout, bundle the commit; job 2: push from a fresh shallow checkout. */
async function runWorkflow(name: string, checks = "typecheck=success,check=success,build=success"): Promise<{ pr: RunResult; report: { commit: string } }> {
  const work = path.join(dir, name);
  git(dir, "clone", "-q", github, path.join(work, "prepare"));
  const prepare = path.join(work, "prepare");
  const reportFile = path.join(work, "report.json");
  const up = await runScript("scripts/cli/upgrade.ts", ["--from", path.join(dir, "achyk"), "--to", "latest", "--no-checkout", "--report", reportFile], { cwd: prepare, env: IDENTITY });
  if (up.code !== 0) throw new Error(up.stderr);
  git(prepare, "bundle", "create", path.join(work, "upgrade.bundle"), `refs/heads/${BRANCH}`, "^HEAD");
  git(dir, "clone", "-q", "--depth", "1", `file://${github}`, path.join(work, "push"));
  const pr = await runScript("scripts/cli/upgrade-pr.ts", ["--report", reportFile, "--bundle", path.join(work, "upgrade.bundle"), "--checks", checks, "--print"], {
    cwd: path.join(work, "push"),
    env: { ...IDENTITY, RUN_URL: "https://github.com/o/r/actions/runs/7", GH_TOKEN: "" },
  });
  return { pr, report: JSON.parse(await readFile(reportFile, "utf8")) as { commit: string } };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "achyk-upgrade-pr-"));
  const upstream = path.join(dir, "achyk");
  git(dir, "init", "-q", "-b", "main", upstream);
  await write(upstream, release("0.1.0"));
  git(upstream, "add", "-A");
  git(upstream, "commit", "-q", "-m", "0.1.0");
  git(upstream, "tag", "v0.1.0");
  await write(upstream, release("0.2.0", { "scripts/new.ts": "export {};\n" }));
  git(upstream, "add", "-A");
  git(upstream, "commit", "-q", "-m", "0.2.0");
  git(upstream, "tag", "v0.2.0");

  github = path.join(dir, "github.git");
  member = path.join(dir, "member");
  git(dir, "init", "-q", "--bare", "-b", "main", github);
  git(dir, "init", "-q", "-b", "main", member);
  execFileSync("sh", ["-c", `git -C '${upstream}' archive v0.1.0 | tar -xf - -C '${member}'`]);
  await write(member, { "content/_data/site.yaml": "name: Ак-Терек\n", "content/ky/posts/жаңылык.md": "---\ntitle: A\n---\n" });
  git(member, "add", "-A");
  git(member, "commit", "-q", "-m", "Our site");
  git(member, "remote", "add", "origin", github);
  git(member, "push", "-q", "origin", "main");
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("npm run upgrade-pr", () => {
  let first: { pr: RunResult; report: { commit: string } };
  beforeAll(async () => {
    first = await runWorkflow("run-1");
  });

  it("pushes the prepared commit from the bundle to the member's repository", () => {
    expect(first.pr.code, first.pr.stderr).toBe(0);
    expect(first.pr.stdout).toContain(`${BRANCH}: pushed\n`);
    expect(git(github, "rev-parse", BRANCH).trim()).toBe(first.report.commit);
    expect(git(github, "rev-parse", `${BRANCH}^`).trim()).toBe(git(github, "rev-parse", "main").trim());
  });

  it("prints the pull request: title, description, and the status for the checks", () => {
    expect(first.pr.stdout).toContain("Achyk v0.2.0: жаңыртуу / обновление");
    expect(first.pr.stdout).toContain("<!-- achyk:upgrade v0.2.0 -->");
    expect(first.pr.stdout).toContain("- ➕ `scripts/new.ts`");
    expect(first.pr.stdout).toContain("status achyk-upgrade / checks: success (typecheck ✅ · check ✅ · build ✅)");
  });

  it("a second run with nothing new pushes nothing", async () => {
    const again = await runWorkflow("run-2", "typecheck=success,check=failure,build=success");
    expect(again.pr.code, again.pr.stderr).toBe(0);
    expect(again.pr.stdout).toContain(`${BRANCH}: already on GitHub, not pushed`);
    expect(git(github, "rev-parse", BRANCH).trim()).toBe(first.report.commit);
    expect(again.pr.stdout).toContain("status achyk-upgrade / checks: failure");
  });

  it("after the member's main moves on, the upgrade commit is rebuilt on it and pushed over the older one", async () => {
    git(member, "pull", "-q", "origin", "main");
    await write(member, { "content/ky/posts/экинчи.md": "---\ntitle: B\n---\n" });
    git(member, "add", "-A");
    git(member, "commit", "-q", "-m", "Another post");
    git(member, "push", "-q", "origin", "main");
    const moved = await runWorkflow("run-3");
    expect(moved.pr.code, moved.pr.stderr).toBe(0);
    expect(moved.pr.stdout).toContain(`${BRANCH}: pushed over the older upgrade commit`);
    expect(git(github, "rev-parse", BRANCH).trim()).toBe(moved.report.commit);
    expect(git(github, "rev-parse", `${BRANCH}^`).trim()).toBe(git(github, "rev-parse", "main").trim());
  });

  it("never pushes over a commit a person added to the upgrade branch", async () => {
    const clone = path.join(dir, "person");
    git(dir, "clone", "-q", "--branch", BRANCH, github, clone);
    await write(clone, { "content/ky/posts/оңдоо.md": "---\ntitle: Fix\n---\n" });
    git(clone, "add", "-A");
    git(clone, "commit", "-q", "-m", "Fix a post on the upgrade branch");
    git(clone, "push", "-q", "origin", BRANCH);
    const theirs = git(github, "rev-parse", BRANCH).trim();
    await write(member, { "content/ky/posts/үчүнчү.md": "---\ntitle: C\n---\n" });
    git(member, "add", "-A");
    git(member, "commit", "-q", "-m", "Third post");
    git(member, "push", "-q", "origin", "main");
    const blocked = await runWorkflow("run-4");
    expect(blocked.pr.code).toBe(1);
    expect(blocked.pr.stderr).toMatch(/^ky: achyk-upgrade\/v0\.2\.0 бутагына GitHub'та башка коммиттер кошулган/);
    expect(blocked.pr.stderr).toContain("ru: В ветку achyk-upgrade/v0.2.0 на GitHub добавлены другие коммиты: обновление их не затирает.");
    expect(git(github, "rev-parse", BRANCH).trim()).toBe(theirs);
  });
});
