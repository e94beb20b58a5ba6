import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { changesBetween, hasUpgradingNote, parseChangelog } from "../../../scripts/lib/publish/changelog.ts";
import { MIGRATIONS_PATH, parseRegistry } from "../../../scripts/lib/publish/migrations.ts";
import { ENGINE_VERSION } from "../../../scripts/lib/shared/engine.ts";
import { compareVersions, isVersion } from "../../../scripts/lib/shared/semver.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");

const SAMPLE = [
  "# Changelog",
  "",
  "Intro text.",
  "",
  "## [Unreleased]",
  "",
  "- Something on main",
  "",
  "## [0.3.0] - 2027-02-01",
  "",
  "### Upgrading",
  "",
  "- Rename `region`",
  "",
  "## [0.2.1] - 2026-12-20",
  "### Fixed",
  "- A bug",
  "",
  "## [0.2.0] - 2026-12-03",
  "### Added",
  "- Upgrades",
  "",
  "[Unreleased]: https://github.com/o/r/compare/v0.3.0...HEAD",
  "[0.3.0]: https://github.com/o/r/compare/v0.2.1...v0.3.0",
  "",
].join("\n");

describe("parseChangelog", () => {
  it("finds each section with its version, date and line, without the link references at the bottom", () => {
    const sections = parseChangelog(SAMPLE);
    expect(sections.map(({ version, date, line }) => ({ version, date, line }))).toEqual([
      { version: "Unreleased", date: undefined, line: 5 },
      { version: "0.3.0", date: "2027-02-01", line: 9 },
      { version: "0.2.1", date: "2026-12-20", line: 15 },
      { version: "0.2.0", date: "2026-12-03", line: 19 },
    ]);
    expect(sections[3]!.text).toBe("## [0.2.0] - 2026-12-03\n### Added\n- Upgrades");
    expect(sections.some((s) => s.text.includes("compare/"))).toBe(false);
  });

  it("reads Windows line ends the same", () => {
    expect(parseChangelog(SAMPLE.replace(/\n/g, "\r\n"))).toEqual(parseChangelog(SAMPLE));
  });
});

describe("changesBetween: what a member gets by upgrading", () => {
  const cases = [
    { from: "0.2.0", to: "0.3.0", versions: ["0.3.0", "0.2.1"] },
    { from: "0.1.0", to: "0.2.1", versions: ["0.2.1", "0.2.0"] },
    { from: "0.2.1", to: "0.2.1", versions: [] },
    { from: "0.2.0", to: "0.2.1", versions: ["0.2.1"] },
  ] as const;
  it.each(cases)("$from → $to: $versions (never Unreleased)", ({ from, to, versions }) => {
    expect(changesBetween(SAMPLE, from, to).map((s) => s.version)).toEqual(versions);
  });

  it("says which sections ask something of members", () => {
    const [v030, v021] = changesBetween(SAMPLE, "0.2.0", "0.3.0");
    expect(hasUpgradingNote(v030!.text)).toBe(true);
    expect(hasUpgradingNote(v021!.text)).toBe(false);
  });
});

describe("the project's CHANGELOG.md", () => {
  const text = readFileSync(path.join(ROOT, "CHANGELOG.md"), "utf8");
  const sections = parseChangelog(text);
  const released = sections.filter((s) => s.version !== "Unreleased");

  it("starts with Unreleased, then releases newest first, each dated YYYY-MM-DD", () => {
    expect(sections[0]?.version).toBe("Unreleased");
    for (const s of released) {
      expect(isVersion(s.version), s.version).toBe(true);
      expect(s.date, s.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const versions = released.map((s) => s.version);
    expect(versions).toEqual([...versions].sort((a, b) => compareVersions(b, a)));
  });

  it("has a section for the version package.json carries", () => {
    expect(released[0]?.version).toBe(ENGINE_VERSION);
  });

  it("every release that declares content migrations tells members under Upgrading", () => {
    const registry = parseRegistry(readFileSync(path.join(ROOT, MIGRATIONS_PATH), "utf8"));
    for (const version of Object.keys(registry.migrations)) {
      const section = released.find((s) => s.version === version);
      expect(section, `CHANGELOG.md has no section for ${version}`).toBeDefined();
      expect(hasUpgradingNote(section!.text), version).toBe(true);
    }
  });

  it("each Upgrading note speaks Kyrgyz first, then Russian", () => {
    for (const s of released.filter((r) => hasUpgradingNote(r.text))) {
      const note = s.text.slice(s.text.indexOf("### Upgrading"));
      const ky = [...note.matchAll(/\*\*ky:\*\*/g)].map((m) => m.index);
      const ru = [...note.matchAll(/\*\*ru:\*\*/g)].map((m) => m.index);
      expect(ky.length, s.version).toBeGreaterThan(0);
      expect(ru.length).toBe(ky.length);
      ky.forEach((at, i) => expect(at!).toBeLessThan(ru[i]!));
    }
  });
});
