/**
 * `npm run upgrade` against real git repositories on disk: an "upstream" Achyk with two tagged
 * releases (the second is this very tree), and a municipality made from the first one the way
 * GitHub's "Use this template" makes it (the files, no history), with its own entries,
 * site.yaml and publish schedule.
 */
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDENTITY, testGit } from "../helpers/git.ts";
import { parseChangelog } from "../../scripts/lib/publish/changelog.ts";
import { isEngineFile } from "../../scripts/lib/publish/upgrade-plan.ts";
import { ENGINE_VERSION } from "../../scripts/lib/shared/engine.ts";
import { projectDir, runCommand, runScript, type RunResult } from "../helpers/run.ts";

const NEW = ENGINE_VERSION;
// The release before this one, as the changelog lists it.
const OLD = parseChangelog(readFileSync(path.join(projectDir, "CHANGELOG.md"), "utf8")).filter((s) => /^\d/.test(s.version))[1]!.version;
const TO = `v${NEW}`;
const BASE = `v${OLD}`;
const BRANCH = `achyk-upgrade/${TO}`;

const git = testGit;
/** path → "mode oid", as git stores the tree: equal oids are equal bytes. */
function tree(cwd: string, ref: string): Map<string, string> {
  return new Map(
    git(cwd, "ls-tree", "-r", "-z", "--full-tree", ref)
      .split("\0")
      .filter(Boolean)
      .map((line) => {
        const [meta, file] = line.split("\t") as [string, string];
        const [mode, , oid] = meta.split(" ");
        return [file, `${mode} ${oid}`];
      }),
  );
}
function upgrade(cwd: string, ...args: string[]): Promise<RunResult> {
  return runScript("scripts/cli/upgrade.ts", args, { cwd, env: IDENTITY });
}
async function edit(file: string, change: (text: string) => string): Promise<void> {
  const text = await readFile(file, "utf8");
  const changed = change(text);
  if (changed === text) throw new Error(`test setup: nothing changed in ${file}`);
  await writeFile(file, changed);
}

let dir: string;
let upstream: string;
let member: string;
let mainBefore: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "achyk-upgrade-"));
  upstream = path.join(dir, "achyk");
  member = path.join(dir, "ak-terek");

  // Upstream, release 1: this tree as it was one release ago.
  git(dir, "init", "-q", "-b", "main", upstream);
  execFileSync("sh", ["-c", `git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C '${upstream}'`], { cwd: projectDir });
  for (const file of ["package.json", "package-lock.json"]) {
    await edit(path.join(upstream, file), (t) => t.replaceAll(`"version": "${NEW}"`, `"version": "${OLD}"`));
  }
  // In release 1 the site.yaml key had another name; release 2 declares the rename.
  await edit(path.join(upstream, "scripts/lib/validate/site.ts"), (t) => t.replace("require_kyrgyz: z.boolean()", "kyrgyz_required: z.boolean()"));
  await edit(path.join(upstream, "content/_data/site.yaml"), (t) => t.replace("require_kyrgyz:", "kyrgyz_required:"));
  await edit(path.join(upstream, "layouts/assets/site.css"), (t) => `${t}/* release 1 */\n`);
  await writeFile(path.join(upstream, "scripts/lib/obsolete.ts"), "export const obsolete = true;\n");
  await rm(path.join(upstream, ".github/workflows/upgrade.yml"));
  git(upstream, "add", "-A");
  git(upstream, "commit", "-q", "-m", `Release ${OLD}`);
  git(upstream, "tag", BASE);
  git(upstream, "tag", "demo-snapshot");

  // Release 2: this tree, plus the migration of the renamed key in the registry.
  execFileSync("sh", ["-c", `git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C '${upstream}'`], { cwd: projectDir });
  git(upstream, "rm", "-q", "scripts/lib/obsolete.ts");
  await edit(path.join(upstream, "scripts/lib/publish/migrations.json"), (t) => {
    const registry = JSON.parse(t) as { migrations: Record<string, unknown[]> };
    registry.migrations[NEW] = [{ op: "rename-key", files: "content/_data/site.yaml", from: "kyrgyz_required", to: "require_kyrgyz" }];
    return `${JSON.stringify(registry, null, 2)}\n`;
  });
  git(upstream, "add", "-A");
  git(upstream, "commit", "-q", "-m", `Release ${NEW}`);
  git(upstream, "tag", "-a", TO, "-m", `Achyk ${NEW}`);

  // The municipality: release 1's files in a repository of its own, then its own content.
  git(dir, "init", "-q", "-b", "main", member);
  execFileSync("sh", ["-c", `git -C '${upstream}' archive ${BASE} | tar -xf - -C '${member}'`]);
  git(member, "add", "-A");
  git(member, "commit", "-q", "-m", "Initial commit");
  for (const folder of ["ky", "ru", "files", "_data"]) {
    await rm(path.join(member, "content", folder), { recursive: true, force: true });
    await cp(path.join(projectDir, "tests/fixtures/small", folder), path.join(member, "content", folder), { recursive: true });
  }
  await edit(path.join(member, "content/_data/site.yaml"), (t) => t.replace("require_kyrgyz:", "kyrgyz_required:"));
  // Its own publish schedule: a workflow file the new release does not change.
  await edit(path.join(member, ".github/workflows/publish.yml"), (t) => t.replace('- cron: "37 21 * * *"', '- cron: "47 21 * * *"'));
  git(member, "add", "-A");
  git(member, "commit", "-q", "-m", "Our site");
  mainBefore = git(member, "rev-parse", "HEAD").trim();
}, 120_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe(`npm run upgrade ${BASE} → ${TO} in a member repository`, () => {
  let first: RunResult;
  beforeAll(async () => {
    first = await upgrade(member, "--from", upstream, "--to", TO);
  });

  it("succeeds and switches to one new commit on achyk-upgrade/<tag>, on top of the member's main", () => {
    expect(first.code, first.stderr).toBe(0);
    expect(git(member, "symbolic-ref", "--short", "HEAD").trim()).toBe(BRANCH);
    expect(git(member, "show", "-s", "--format=%P", "HEAD").trim()).toBe(mainBefore);
    expect(git(member, "rev-parse", "main").trim()).toBe(mainBefore);
    expect(git(member, "status", "--porcelain")).toBe("");
    expect(first.stdout).toMatch(new RegExp(`^ky: Achyk ${BASE} → ${TO}: ${BRANCH} бутагы даяр`));
    expect(first.stdout).toContain(`ru: Achyk ${BASE} → ${TO}: ветка ${BRANCH} готова`);
  });

  it("has the second release's engine files, except the workflow schedule the member changed and the release did not", () => {
    const upgraded = tree(member, "HEAD");
    const release = tree(upstream, TO);
    for (const [file, entry] of release) {
      if (!isEngineFile(file) || file === ".github/workflows/publish.yml") continue;
      expect(upgraded.get(file), file).toBe(entry);
    }
    expect(upgraded.get(".github/workflows/publish.yml")).toBe(tree(member, "main").get(".github/workflows/publish.yml"));
    expect(upgraded.get(".github/workflows/upgrade.yml")).toBe(release.get(".github/workflows/upgrade.yml"));
    expect(upgraded.get("package-lock.json")).toBe(release.get("package-lock.json"));
    const extra = [...upgraded.keys()].filter((f) => isEngineFile(f) && !release.has(f));
    expect(extra).toEqual([]);
  });

  it("removes the engine file the release removed", () => {
    expect(tree(member, "main").has("scripts/lib/obsolete.ts")).toBe(true);
    expect(tree(member, "HEAD").has("scripts/lib/obsolete.ts")).toBe(false);
    expect(existsSync(path.join(member, "scripts/lib/obsolete.ts"))).toBe(false);
  });

  it("keeps the member's content byte for byte; the declared migration renames the key and changes nothing else", async () => {
    const before = tree(member, "main");
    const after = tree(member, "HEAD");
    const content = [...before.keys()].filter((f) => !isEngineFile(f));
    expect(content.length).toBeGreaterThan(10);
    expect([...after.keys()].filter((f) => !isEngineFile(f))).toEqual(content);
    for (const file of content.filter((f) => f !== "content/_data/site.yaml")) expect(after.get(file), file).toBe(before.get(file));
    const site = git(member, "show", "main:content/_data/site.yaml");
    expect(site).toContain("kyrgyz_required:");
    expect(await readFile(path.join(member, "content/_data/site.yaml"), "utf8")).toBe(site.replace("kyrgyz_required:", "require_kyrgyz:"));
  });

  it("carries the changelog between the versions and lists the migration and the kept file in its message", () => {
    const message = git(member, "show", "-s", "--format=%B", "HEAD");
    expect(message.split("\n")[0]).toBe(`Upgrade Achyk to ${TO} (from ${BASE})`);
    expect(message).toContain(`## [${NEW}] - `);
    expect(message).not.toContain(`## [${OLD}]`);
    expect(message).toContain("### Upgrading");
    expect(message).toContain(`- ${NEW}: content/_data/site.yaml: kyrgyz_required → require_kyrgyz (1 file)`);
    expect(message).toMatch(/Kept as changed in this repository .*:\n- \.github\/workflows\/publish\.yml/);
    expect(message.trimEnd().endsWith(`Achyk-Upgrade: ${BASE} -> ${TO}`)).toBe(true);
  });

  it("the member's site builds on the upgrade branch, with the upgraded engine, and names its version", async () => {
    // The release's own dependencies: this project's node_modules, installed from the same lock file.
    await symlink(path.join(projectDir, "node_modules"), path.join(member, "node_modules"), "dir");
    // .gitignore's "node_modules/" matches a folder, not a link to one.
    await writeFile(path.join(member, ".git/info/exclude"), "node_modules\n");
    const build = await runCommand("npm", ["run", "--silent", "build"], { cwd: member, env: { SITE_TODAY: "2026-11-25" } });
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
    const home = await readFile(path.join(member, "_site/ky/index.html"), "utf8");
    expect(home).toContain(`>Achyk ${NEW}</a> платформасында түзүлгөн`);
    const entries = git(member, "ls-files", "content/ky").split("\n").filter((f) => f.endsWith(".md"));
    const someEntry = entries.find((f) => f.includes("/meetings/"))!;
    expect(existsSync(path.join(member, "_site", someEntry.replace(/^content\//, "").replace(/\.md$/, "/index.html")))).toBe(true);
    // The build leaves only ignored files behind.
    expect(git(member, "status", "--porcelain")).toBe("");
  });

  it("running it again on the upgrade branch is harmless: nothing to do", async () => {
    const head = git(member, "rev-parse", "HEAD").trim();
    const again = await upgrade(member, "--from", upstream, "--to", TO);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("обновлять нечего");
    expect(git(member, "rev-parse", "HEAD").trim()).toBe(head);
  });

  it("running it again from main finds the same upgrade already prepared and writes nothing", async () => {
    const prepared = git(member, "rev-parse", BRANCH).trim();
    git(member, "switch", "-q", "main");
    const again = await upgrade(member, "--from", upstream, "--to", "latest");
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("уже содержит это обновление");
    expect(git(member, "rev-parse", BRANCH).trim()).toBe(prepared);
    expect(git(member, "symbolic-ref", "--short", "HEAD").trim()).toBe(BRANCH);
    expect(git(member, "for-each-ref", "--format=%(refname:short)", "refs/heads").trim().split("\n").sort()).toEqual([BRANCH, "main"].sort());
  });
});

describe("a member who changed engine files by hand", () => {
  let repo: string;
  let result: RunResult;
  let headBefore: string;
  const css = "/* our own colours */\n";
  beforeAll(async () => {
    repo = path.join(dir, "edited");
    git(dir, "clone", "-q", "--branch", "main", member, repo);
    await writeFile(path.join(repo, "layouts/assets/site.css"), css);
    await edit(path.join(repo, "scripts/lib/obsolete.ts"), (t) => `${t}// needed here\n`);
    git(repo, "commit", "-q", "-am", "Hand edits");
    headBefore = git(repo, "rev-parse", "HEAD").trim();
    result = await upgrade(repo, "--from", upstream, "--to", TO);
  });

  it("stops with a non-zero exit", () => {
    expect(result.code).toBe(1);
  });

  it("names every such file with what happened and the command that gives it back to the release, Kyrgyz first", () => {
    const text = result.stderr;
    expect(text.indexOf(`ky: Жаңыртуу ${BASE} → ${TO} токтотулду`)).toBe(0);
    expect(text).toContain(`ru: Обновление ${BASE} → ${TO} остановлено`);
    expect(text).toContain(`\n  layouts/assets/site.css\n    ky: Бул файлды сиз өзгөрткөнсүз, ${TO} да аны өзгөртөт.`);
    expect(text).toContain(`    ru: Вы изменили этот файл, и ${TO} тоже его меняет. Вернуть версию ${BASE}: git checkout refs/achyk/${BASE} -- layouts/assets/site.css`);
    expect(text).toContain(`\n  scripts/lib/obsolete.ts\n    ky: Бул файлды сиз өзгөрткөнсүз, ал эми ${TO} аны өчүрөт.`);
    expect(text).not.toMatch(/\n {2}(package\.json|content\/)/);
  });

  it("leaves everything as it was: files, HEAD, branches", async () => {
    expect(await readFile(path.join(repo, "layouts/assets/site.css"), "utf8")).toBe(css);
    expect(git(repo, "rev-parse", "HEAD").trim()).toBe(headBefore);
    expect(git(repo, "symbolic-ref", "--short", "HEAD").trim()).toBe("main");
    expect(git(repo, "for-each-ref", "--format=%(refname:short)", "refs/heads").trim()).toBe("main");
    expect(git(repo, "status", "--porcelain")).toBe("");
  });

  it("the command it gives works: with the files given back, the upgrade goes through", async () => {
    git(repo, "checkout", `refs/achyk/${BASE}`, "--", "layouts/assets/site.css", "scripts/lib/obsolete.ts");
    git(repo, "commit", "-q", "-m", "Give the engine files back");
    const retry = await upgrade(repo, "--from", upstream, "--to", TO);
    expect(retry.code, retry.stderr).toBe(0);
    expect(tree(repo, "HEAD").get("layouts/assets/site.css")).toBe(tree(upstream, TO).get("layouts/assets/site.css"));
  });
});

describe("bad input stops before anything changes, with a clear message", () => {
  const cases = [
    { args: ["--to", "v9.9.9"], ky: `v9.9.9 релизи жок. Бар релиздер: ${TO}, ${BASE}.`, ru: `нет релиза v9.9.9. Есть релизы: ${TO}, ${BASE}.` },
    { args: ["--to", "demo-snapshot"], ky: "«demo-snapshot» релиздин теги эмес", ru: "«demo-snapshot» — не тег релиза" },
    { args: ["--to", TO, "--from", "/nonexistent/achyk"], ky: "«/nonexistent/achyk» репозиторийинен релиздер окулган жок", ru: "Не удалось прочитать релизы из «/nonexistent/achyk»" },
    { args: ["--to", TO, "--base", "v0.0.1"], ky: "v0.0.1 деп турат, бирок", ru: "package.json вашего сайта говорит v0.0.1, но" },
  ];
  it.each(cases)("$args", async ({ args, ky, ru }) => {
    const repo = path.join(dir, `bad-${args.join("-").replace(/\W+/g, "-")}`);
    git(dir, "clone", "-q", "--branch", "main", member, repo);
    const head = git(repo, "rev-parse", "HEAD").trim();
    const result = await upgrade(repo, ...(args.includes("--from") ? [] : ["--from", upstream]), ...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^ky: /);
    expect(result.stderr).toContain(ky);
    expect(result.stderr).toContain(ru);
    expect(git(repo, "rev-parse", "HEAD").trim()).toBe(head);
    expect(git(repo, "for-each-ref", "--format=%(refname:short)", "refs/heads").trim()).toBe("main");
  });

  it("no --to at all is a usage error", async () => {
    const result = await upgrade(member, "--from", upstream);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("npm run upgrade -- --from");
  });

  it("uncommitted changes are named, and nothing is fetched over them", async () => {
    const repo = path.join(dir, "dirty");
    git(dir, "clone", "-q", "--branch", "main", member, repo);
    await edit(path.join(repo, "content/_data/plan.yaml"), (t) => `${t}\n# draft\n`);
    const result = await upgrade(repo, "--from", upstream, "--to", TO);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("commit кылына элек өзгөртүүлөр бар: content/_data/plan.yaml");
    expect(result.stderr).toContain("незакоммиченные изменения: content/_data/plan.yaml");
  });
});

describe("an untracked file where the release puts one", () => {
  it("the branch is prepared all the same; git's refusal to switch is passed on with what to do", async () => {
    const repo = path.join(dir, "untracked");
    git(dir, "clone", "-q", "--branch", "main", member, repo);
    await writeFile(path.join(repo, ".github/workflows/upgrade.yml"), "# a draft of our own\n");
    const result = await upgrade(repo, "--from", upstream, "--to", TO);
    expect(result.code, result.stderr).toBe(0);
    expect(git(repo, "symbolic-ref", "--short", "HEAD").trim()).toBe("main");
    expect(tree(repo, BRANCH).get(".github/workflows/upgrade.yml")).toBe(tree(upstream, TO).get(".github/workflows/upgrade.yml"));
    expect(result.stdout).toMatch(/ky: Бутак даяр, бирок git ага өткөн жок \(.*untracked.*\)/);
    expect(result.stdout).toContain(`ru: Ветка готова, но git не переключился на неё`);
    expect(result.stdout).toContain(`git switch ${BRANCH} && npm ci`);
    expect(await readFile(path.join(repo, ".github/workflows/upgrade.yml"), "utf8")).toBe("# a draft of our own\n");
  });
});

describe("a content migration that needs a person", () => {
  it("stops, names the file and what to do, and changes nothing", async () => {
    const repo = path.join(dir, "both-keys");
    git(dir, "clone", "-q", "--branch", "main", member, repo);
    // Someone already added the new key by hand, beside the old one.
    await edit(path.join(repo, "content/_data/site.yaml"), (t) => `${t}require_kyrgyz: true\n`);
    git(repo, "commit", "-q", "-am", "Both keys");
    const head = git(repo, "rev-parse", "HEAD").trim();
    const result = await upgrade(repo, "--from", upstream, "--to", TO);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^ky: Жаңыртуу ${BASE} → ${TO} токтотулду: мазмунду`));
    expect(result.stderr).toContain("\n  content/_data/site.yaml (content/_data/site.yaml: kyrgyz_required → require_kyrgyz)\n");
    expect(result.stderr).toContain("ky: Файлда «kyrgyz_required» да, «require_kyrgyz» да бар.");
    expect(result.stderr).toContain("ru: В файле есть и «kyrgyz_required», и «require_kyrgyz».");
    expect(git(repo, "rev-parse", "HEAD").trim()).toBe(head);
    expect(git(repo, "for-each-ref", "--format=%(refname:short)", "refs/heads").trim()).toBe("main");
  });
});

describe("in the workflow: workflow files held back, the branch prepared without switching, a JSON report", () => {
  let repo: string;
  let result: RunResult;
  let report: Record<string, unknown>;
  beforeAll(async () => {
    repo = path.join(dir, "workflow");
    git(dir, "clone", "-q", "--branch", "main", member, repo);
    const file = path.join(dir, "report.json");
    result = await upgrade(repo, "--from", upstream, "--to", "latest", "--hold-workflows", "--no-checkout", "--report", file);
    report = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
  });

  it("prepares the branch and stays on main", () => {
    expect(result.code, result.stderr).toBe(0);
    expect(git(repo, "symbolic-ref", "--short", "HEAD").trim()).toBe("main");
    expect(git(repo, "rev-parse", BRANCH).trim()).toBe(report.commit);
  });

  it("leaves the new workflow file out and says so", () => {
    expect(tree(repo, BRANCH).has(".github/workflows/upgrade.yml")).toBe(false);
    expect(report.held).toEqual([{ path: ".github/workflows/upgrade.yml", change: "add" }]);
    expect(result.stdout).toContain("  - .github/workflows/upgrade.yml (add)");
    expect(git(repo, "show", "-s", "--format=%B", BRANCH)).toContain("- .github/workflows/upgrade.yml (add)");
  });

  it("reports what the pull request needs", () => {
    expect(report).toMatchObject({ status: "ready", base: BASE, to: TO, branch: BRANCH, parent: git(repo, "rev-parse", "main").trim(), created: true, lockReplaced: false });
    expect((report.changes as { remove: string[] }).remove).toEqual(["scripts/lib/obsolete.ts"]);
    expect(report.changelog).toEqual([expect.stringMatching(new RegExp(`^## \\[${NEW.replace(/\./g, "\\.")}\\]`))]);
  });
});
