import { describe, expect, it } from "vitest";
import {
  checksStatus,
  parseChecks,
  planPullRequests,
  planPush,
  pullRequestBody,
  pullRequestTitle,
  supersededComment,
  webUrlOf,
  type BranchTip,
  type Checks,
  type PullRequestFacts,
} from "../../../scripts/lib/publish/upgrade-pull-request.ts";

const passed: Checks = { typecheck: "success", check: "success", build: "success" };
const facts: PullRequestFacts = {
  from: "https://github.com/achyk-kg/achyk.git",
  base: "v0.1.0",
  to: "v0.2.0",
  changes: { add: ["scripts/new.ts"], update: ["scripts/a.ts", "package.json"], remove: ["scripts/old.ts"] },
  kept: [".github/workflows/publish.yml"],
  held: [
    { path: ".github/workflows/check.yml", change: "update" },
    { path: ".github/workflows/upgrade.yml", change: "add" },
    { path: ".github/workflows/old.yml", change: "remove" },
  ],
  lockReplaced: false,
  migrations: [{ version: "0.2.0", description: "content/_data/site.yaml: a → b", files: ["content/_data/site.yaml"] }],
  changelog: ["## [0.2.0] - 2026-12-03\n\n### Added\n\n- Upgrades"],
};
const run = { runUrl: "https://github.com/o/r/actions/runs/1", withToken: false };

describe("checks", () => {
  const cases = [
    { text: "typecheck=success,check=success,build=success", out: passed },
    { text: "typecheck=success,check=failure,build=success", out: { ...passed, check: "failure" } },
    { text: "typecheck=success,check=,build=cancelled", out: { typecheck: "success", check: "skipped", build: "cancelled" } },
    { text: "", out: { typecheck: "skipped", check: "skipped", build: "skipped" } },
    { text: "build=success,typecheck=weird", out: { typecheck: "skipped", check: "skipped", build: "success" } },
  ] as const;
  it.each(cases)("'$text' reads as $out", ({ text, out }) => {
    expect(parseChecks(text)).toEqual(out);
  });

  it("the status is success only when every check passed: a skipped check is not a pass", () => {
    expect(checksStatus(passed)).toEqual({ state: "success", description: "typecheck ✅ · check ✅ · build ✅" });
    expect(checksStatus({ ...passed, build: "skipped" }).state).toBe("failure");
    expect(checksStatus({ ...passed, check: "failure" }).description).toBe("typecheck ✅ · check ❌ · build ✅");
    expect(checksStatus({ ...passed, check: "failure" }).description.length).toBeLessThanOrEqual(140);
  });
});

describe("the pull request's description", () => {
  const body = pullRequestBody(facts, passed, run);

  it("starts with the marker and the two versions, and has a bilingual title", () => {
    expect(body.startsWith("<!-- achyk:upgrade v0.2.0 -->\n\n## Achyk v0.1.0 → v0.2.0\n")).toBe(true);
    expect(pullRequestTitle("v0.2.0")).toBe("Achyk v0.2.0: жаңыртуу / обновление");
  });

  it("puts Kyrgyz before Russian in every paragraph", () => {
    const ky = [...body.matchAll(/\*\*Кыргызча\.\*\*/g)].map((m) => m.index!);
    const ru = [...body.matchAll(/\*\*Русский\.\*\*/g)].map((m) => m.index!);
    expect(ky.length).toBeGreaterThanOrEqual(5);
    expect(ru).toHaveLength(ky.length);
    ky.forEach((at, i) => expect(at).toBeLessThan(ru[i]!));
  });

  it("when every check passed, tells them to press Merge; when one failed, not to, and where to look", () => {
    expect(body).toContain("Все проверки пройдены");
    expect(body).toContain("**Merge pull request**");
    const failed = pullRequestBody(facts, { ...passed, check: "failure" }, run);
    expect(failed).toContain("❌ Бир текшерүү өтпөдү: азырынча **Merge** баскан жок.");
    expect(failed).toContain("[журнале запуска](https://github.com/o/r/actions/runs/1)");
    expect(failed).toContain("| `npm run check` | Сайттын мазмуну жаңы версияда | Содержимое сайта в новой версии | ❌ өтпөдү / не пройдена |");
  });

  it("says why check.yml does not run on it without a token, and that it does with one", () => {
    expect(body).toContain("на pull request, открытом собственным токеном workflow, `check` не запускается");
    expect(pullRequestBody(facts, passed, { ...run, withToken: true })).toContain("Workflow `check` запускается и на этом pull request");
  });

  it("lists the files, the content migrations, the kept files and the held workflow files with a link to each", () => {
    expect(body).toContain("<summary>өзгөргөн файлдар: 2, кошулганы: 1, өчүрүлгөнү: 1 / изменено файлов: 2, добавлено: 1, удалено: 1</summary>");
    expect(body).toContain("- ➕ `scripts/new.ts`");
    expect(body).toContain("- 🗑️ `scripts/old.ts`");
    expect(body).toContain("- 0.2.0: `content/_data/site.yaml: a → b` (`content/_data/site.yaml`)");
    expect(body).toContain("- `.github/workflows/publish.yml`");
    expect(body).toContain("- `.github/workflows/check.yml` (✏️): [v0.2.0](https://github.com/achyk-kg/achyk/blob/v0.2.0/.github/workflows/check.yml)");
    expect(body).toContain("- `.github/workflows/upgrade.yml` (➕): [v0.2.0](https://github.com/achyk-kg/achyk/blob/v0.2.0/.github/workflows/upgrade.yml)");
    expect(body).toContain("- `.github/workflows/old.yml`: 🗑️ өчүрүңүз / удалите");
  });

  it("leaves out the sections that have nothing to say", () => {
    const plain = pullRequestBody({ ...facts, kept: [], held: [], migrations: [{ ...facts.migrations[0]!, files: [] }] }, passed, run);
    expect(plain).not.toContain("Обновить вручную");
    expect(plain).not.toContain("Ваши изменения сохранены");
    expect(plain).not.toContain("Изменения в содержимом");
    expect(plain).toContain("не меняются.");
  });

  it("carries the changelog under its own heading level, and how to undo", () => {
    expect(body).toContain("#### [0.2.0] - 2026-12-03\n\n##### Added\n\n- Upgrades");
    expect(body).toContain("кнопка **Revert** внизу этой страницы");
  });

  it("a local upstream gets a git command instead of a link", () => {
    expect(pullRequestBody({ ...facts, from: "/srv/achyk" }, passed, run)).toContain("`git show refs/achyk/v0.2.0:.github/workflows/check.yml`");
    expect(webUrlOf("https://gitlab.example.kg/gov/achyk.git/")).toBe("https://gitlab.example.kg/gov/achyk");
  });
});

describe("planPush", () => {
  const local: BranchTip = { commit: "c2", tree: "t2", parent: "p2", isUpgrade: true };
  const cases = [
    { why: "nothing on GitHub yet: push", remote: null, out: "push" },
    { why: "the same commit: nothing", remote: local, out: "none" },
    { why: "the same change on the same parent, made by an earlier run: nothing", remote: { ...local, commit: "c1" }, out: "none" },
    { why: "an older upgrade commit (main moved on): force, with a lease", remote: { commit: "c1", tree: "t1", parent: "p1", isUpgrade: true }, out: "force" },
    { why: "a person's commit on top: never overwritten", remote: { commit: "h1", tree: "t3", parent: "c2", isUpgrade: false }, out: "blocked" },
  ] as const;
  it.each(cases)("$why", ({ remote, out }) => {
    expect(planPush(local, remote)).toBe(out);
  });
});

describe("planPullRequests: one upgrade pull request at a time", () => {
  const cases = [
    { why: "none open: open one", open: [], out: { update: null, close: [] } },
    { why: "this branch's is open: update it", open: [{ number: 4, headRefName: "achyk-upgrade/v0.3.0" }], out: { update: 4, close: [] } },
    {
      why: "an older upgrade's is open: open this one, close that one",
      open: [
        { number: 2, headRefName: "achyk-upgrade/v0.2.0" },
        { number: 9, headRefName: "fix-typo" },
      ],
      out: { update: null, close: [2] },
    },
  ] as const;
  it.each(cases)("$why", ({ open, out }) => {
    expect(planPullRequests("achyk-upgrade/v0.3.0", open)).toEqual(out);
  });

  it("the closing comment names the newer release, Kyrgyz first", () => {
    const comment = supersededComment("v0.3.0");
    expect(comment.indexOf("жаңыраак v0.3.0")).toBeLessThan(comment.indexOf("более новое, v0.3.0"));
  });
});
