import { describe, expect, it } from "vitest";
import {
  bilingualLines,
  commitMessage,
  conflictReport,
  conflictText,
  errors,
  readySummary,
  upgradeTrailer,
  type CommitFacts,
} from "../../../scripts/lib/publish/upgrade-messages.ts";

const facts: CommitFacts = {
  base: "v0.1.0",
  to: "v0.2.0",
  counts: { update: 12, add: 3, remove: 1 },
  migrations: [
    { version: "0.2.0", description: "content/_data/site.yaml: kyrgyz_required → require_kyrgyz", files: ["content/_data/site.yaml"] },
    { version: "0.2.0", description: "content/ky/news → content/ky/posts", files: [] },
  ],
  kept: [".github/workflows/publish.yml"],
  held: [{ path: ".github/workflows/check.yml", change: "update" }],
  lockReplaced: true,
  changelog: ["## [0.2.0] - 2026-12-03\n### Added\n- Upgrades"],
};

describe("the upgrade commit's message", () => {
  const message = commitMessage(facts);

  it("says what it is in one line, then the numbers", () => {
    expect(message.split("\n")[0]).toBe("Upgrade Achyk to v0.2.0 (from v0.1.0)");
    expect(message).toContain("now match v0.2.0: 12 changed, 3 added, 1 removed.");
  });

  it("lists the content migrations that changed files, and only those", () => {
    expect(message).toContain("- 0.2.0: content/_data/site.yaml: kyrgyz_required → require_kyrgyz (1 file)");
    expect(message).not.toContain("content/ky/news");
    expect(commitMessage({ ...facts, migrations: [] })).toContain("Content (content/): untouched.");
  });

  it("names kept and held files, and a replaced lock file", () => {
    expect(message).toMatch(/Kept as changed in this repository \(v0.2.0 does not change them\):\n- \.github\/workflows\/publish\.yml/);
    expect(message).toMatch(/Held back, to update by hand .*:\n- \.github\/workflows\/check\.yml \(update\)/);
    expect(message).toContain("package-lock.json had been changed in this repository");
  });

  it("carries the changelog between the versions, then the trailer that marks it as the upgrade's", () => {
    expect(message).toContain("Changes (CHANGELOG.md):\n\n## [0.2.0] - 2026-12-03\n### Added\n- Upgrades");
    expect(message.trimEnd().split("\n").at(-1)).toBe("Achyk-Upgrade: v0.1.0 -> v0.2.0");
    expect(upgradeTrailer(message)).toEqual({ base: "v0.1.0", to: "v0.2.0" });
  });

  it("another commit is not taken for an upgrade, even one that quotes the trailer mid-message", () => {
    expect(upgradeTrailer("Fix the footer\n")).toBeNull();
    expect(upgradeTrailer("Explain\n\nAchyk-Upgrade: v0.1.0 -> v0.2.0 is the trailer\n\nSigned-off-by: A <a@b>\n")).toBeNull();
  });
});

describe("what the member reads", () => {
  it("Kyrgyz comes first, then Russian", () => {
    expect(bilingualLines({ ky: "Салам", ru: "Привет" }, "  ")).toBe("  ky: Салам\n  ru: Привет");
  });

  const kinds = [
    { kind: "edited", ky: "Бул файлды сиз өзгөрткөнсүз, v0.2.0 да аны өзгөртөт.", ru: "Вы изменили этот файл, и v0.2.0 тоже его меняет.", fix: "git checkout refs/achyk/v0.1.0 -- scripts/a.ts" },
    { kind: "deleted", ky: "Бул файлды сиз өчүргөнсүз", ru: "Вы удалили этот файл", fix: "git checkout refs/achyk/v0.1.0 -- scripts/a.ts" },
    { kind: "removed", ky: "v0.2.0 аны өчүрөт", ru: "v0.2.0 его удаляет", fix: "git checkout refs/achyk/v0.1.0 -- scripts/a.ts" },
    { kind: "added", ky: "ушул аттагы башка файлды кошот", ru: "добавляет другой файл с тем же именем", fix: "git mv scripts/a.ts" },
  ] as const;
  it.each(kinds)("a conflict of kind $kind says what happened and gives the command that fixes it", ({ kind, ky, ru, fix }) => {
    const text = conflictText({ path: "scripts/a.ts", kind }, "v0.1.0", "v0.2.0");
    expect(text.ky).toContain(ky);
    expect(text.ru).toContain(ru);
    expect(text.ky).toContain(fix);
    expect(text.ru).toContain(fix);
  });

  it("the conflict report names every file and says nothing was changed", () => {
    const report = conflictReport(
      [
        { path: "layouts/assets/site.css", kind: "edited" },
        { path: "scripts/cli/build.ts", kind: "deleted" },
      ],
      "v0.1.0",
      "v0.2.0",
      "https://github.com/achyk-kg/achyk",
    );
    expect(report.indexOf("ky: Жаңыртуу v0.1.0 → v0.2.0 токтотулду")).toBe(0);
    expect(report).toContain("ru: Обновление v0.1.0 → v0.2.0 остановлено");
    expect(report).toContain("\n  layouts/assets/site.css\n    ky: ");
    expect(report).toContain("\n  scripts/cli/build.ts\n    ky: ");
    expect(report).toContain("https://github.com/achyk-kg/achyk");
  });

  it("errors say what to do", () => {
    const unknown = errors.unknownTag("v9.9.9", "https://github.com/achyk-kg/achyk.git", ["v0.2.0", "v0.1.0"]);
    expect(unknown.ky).toContain("v9.9.9 релизи жок. Бар релиздер: v0.2.0, v0.1.0");
    expect(unknown.ru).toContain("нет релиза v9.9.9. Есть релизы: v0.2.0, v0.1.0");
    expect(unknown.ru).toContain("--to latest");
    expect(errors.uncommitted(Array.from({ length: 12 }, (_, i) => `f${i}`)).ru).toContain("f9 … (+2)");
  });

  it("the summary after a run gives the branch, how to try it and how to undo it", () => {
    const text = readySummary({
      base: "v0.1.0",
      to: "v0.2.0",
      branch: "achyk-upgrade/v0.2.0",
      created: true,
      checkedOut: false,
      changes: { add: ["a"], update: ["b", "c"], remove: [] },
      kept: [],
      held: [],
      lockReplaced: false,
      migrations: [],
    });
    expect(text).toMatch(/^ky: Achyk v0.1.0 → v0.2.0: achyk-upgrade\/v0.2.0 бутагы даяр, бир коммит \(өзгөргөн файлдар: 2, кошулганы: 1, өчүрүлгөнү: 0\)/);
    expect(text).toContain("ru: Achyk v0.1.0 → v0.2.0: ветка achyk-upgrade/v0.2.0 готова, один коммит (изменено файлов: 2, добавлено: 1, удалено: 0). Содержимое (content/) не тронуто.");
    expect(text).toContain("git switch achyk-upgrade/v0.2.0 && npm ci");
    expect(text).toContain("git branch -D achyk-upgrade/v0.2.0");
  });
});
