import { describe, expect, it } from "vitest";
import { isEngineFile, planUpgrade, type Tree, type TreeEntry } from "../../../scripts/lib/publish/upgrade-plan.ts";

const f = (oid: string, mode = "100644"): TreeEntry => ({ mode, oid });
const tree = (files: Record<string, TreeEntry | undefined>): Tree =>
  new Map(Object.entries(files).filter((e): e is [string, TreeEntry] => e[1] !== undefined));

describe("isEngineFile: the engine owns everything outside content/ and what it generates inside", () => {
  const cases = [
    { path: "scripts/lib/shared/dates.ts", engine: true },
    { path: ".github/workflows/check.yml", engine: true },
    { path: "package-lock.json", engine: true },
    { path: "README.md", engine: true },
    { path: "contents.txt", engine: true },
    { path: "content/README.md", engine: true },
    { path: "content/_templates/reports.ky.md", engine: true },
    { path: "content/_data/site.yaml", engine: false },
    { path: "content/_data/plan.yaml", engine: false },
    { path: "content/ky/reports/2026-10.md", engine: false },
    { path: "content/files/minutes/2026-03.pdf", engine: false },
    { path: "content/ky/README.md", engine: false },
    // The engine repository's national demo stays there: an upgrade neither brings nor removes it.
    { path: "examples/national/_data/registry.yaml", engine: false },
    { path: "examples.md", engine: true },
  ] as const;
  it.each(cases)("$path: $engine", ({ path, engine }) => {
    expect(isEngineFile(path)).toBe(engine);
  });
});

// One file seen three ways: the member's version, the release it was made from, the target.
// A–D are contents; undefined: the file is absent there.
describe("planUpgrade: one file, three versions", () => {
  const cases = [
    { why: "untouched, changed by the release: take the release's", mine: "A", base: "A", target: "B", expect: { step: "update" } },
    { why: "untouched, removed by the release: remove", mine: "A", base: "A", target: undefined, expect: { step: "remove" } },
    { why: "added by the release: add", mine: undefined, base: undefined, target: "B", expect: { step: "add" } },
    { why: "untouched and unchanged: nothing", mine: "A", base: "A", target: "A", expect: null },
    { why: "the member already has the release's version: nothing", mine: "B", base: "A", target: "B", expect: null },
    { why: "removed by both: nothing", mine: undefined, base: "A", target: undefined, expect: null },
    { why: "changed by the member only: kept", mine: "C", base: "A", target: "A", expect: { step: "keep" } },
    { why: "added by the member only (a file of its own): kept", mine: "C", base: undefined, target: undefined, expect: { step: "keep" } },
    { why: "deleted by the member, unchanged by the release: stays deleted", mine: undefined, base: "A", target: "A", expect: { step: "keep" } },
    { why: "changed by both, differently: conflict", mine: "C", base: "A", target: "B", expect: { step: "conflict", kind: "edited" } },
    { why: "deleted by the member, changed by the release: conflict", mine: undefined, base: "A", target: "B", expect: { step: "conflict", kind: "deleted" } },
    { why: "changed by the member, removed by the release: conflict", mine: "C", base: "A", target: undefined, expect: { step: "conflict", kind: "removed" } },
    { why: "added by both, differently: conflict", mine: "C", base: undefined, target: "B", expect: { step: "conflict", kind: "added" } },
  ] as const;
  it.each(cases)("$why", ({ mine, base, target, expect: step }) => {
    const at = (oid?: string) => tree({ "scripts/x.ts": oid ? f(oid) : undefined });
    const plan = planUpgrade({ member: at(mine), base: at(base), target: at(target) });
    const all = [...plan.changes, ...plan.conflicts, ...plan.kept.map((path) => ({ path, step: "keep" as const }))];
    expect(all).toHaveLength(step ? 1 : 0);
    if (step) expect(all[0]).toMatchObject({ path: "scripts/x.ts", ...step });
    if (step?.step === "update" || step?.step === "add") expect(plan.changes[0]!.entry).toEqual(f(target!));
  });

  it("a changed executable bit is a change", () => {
    const plan = planUpgrade({
      member: tree({ ".ci/run": f("A", "100644") }),
      base: tree({ ".ci/run": f("A", "100755") }),
      target: tree({ ".ci/run": f("B", "100755") }),
    });
    expect(plan.conflicts).toEqual([{ path: ".ci/run", step: "conflict", kind: "edited" }]);
  });
});

describe("planUpgrade: the whole repository", () => {
  const base = tree({
    "package.json": f("p1"),
    "package-lock.json": f("l1"),
    "scripts/a.ts": f("a1"),
    "scripts/old.ts": f("o1"),
    ".github/workflows/check.yml": f("c1"),
    ".github/workflows/publish.yml": f("u1"),
    "content/README.md": f("g1"),
    "content/_data/site.yaml": f("s1"),
    "content/ky/reports/2025-01.md": f("r1"),
  });
  const target = tree({
    "package.json": f("p2"),
    "package-lock.json": f("l2"),
    "scripts/a.ts": f("a2"),
    "scripts/new.ts": f("n2"),
    ".github/workflows/check.yml": f("c2"),
    ".github/workflows/publish.yml": f("u1"),
    ".github/workflows/upgrade.yml": f("g2"),
    "content/README.md": f("g2"),
    "content/_data/site.yaml": f("s2"),
    "content/ky/reports/2025-01.md": f("r2"),
  });
  const member = tree({
    "package.json": f("p1"),
    "package-lock.json": f("lX"),
    "scripts/a.ts": f("a1"),
    "scripts/old.ts": f("o1"),
    ".github/workflows/check.yml": f("c1"),
    ".github/workflows/publish.yml": f("uX"),
    "content/README.md": f("g1"),
    "content/_data/site.yaml": f("sX"),
    "content/ky/reports/2026-10.md": f("rX"),
  });

  it("takes the release's engine files, keeps the member's own changes, never looks at content", () => {
    const plan = planUpgrade({ member, base, target });
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes.map((c) => [c.path, c.step])).toEqual([
      [".github/workflows/check.yml", "update"],
      [".github/workflows/upgrade.yml", "add"],
      ["content/README.md", "update"],
      ["package-lock.json", "update"],
      ["package.json", "update"],
      ["scripts/a.ts", "update"],
      ["scripts/new.ts", "add"],
      ["scripts/old.ts", "remove"],
    ]);
    expect(plan.kept).toEqual([".github/workflows/publish.yml"]);
    expect(plan.lockReplaced).toBe(true);
  });

  it("package-lock.json always comes from the release, even changed by hand", () => {
    const plan = planUpgrade({ member, base, target });
    expect(plan.changes.find((c) => c.path === "package-lock.json")?.entry).toEqual(f("l2"));
    const unchangedByRelease = planUpgrade({ member, base, target: new Map(target).set("package-lock.json", f("l1")) });
    expect(unchangedByRelease.changes.find((c) => c.path === "package-lock.json")?.entry).toEqual(f("l1"));
    expect(unchangedByRelease.kept).not.toContain("package-lock.json");
  });

  it("holding workflows leaves every workflow change for a person, and only those", () => {
    const plan = planUpgrade({ member, base, target, holdWorkflows: true });
    expect(plan.held.map((h) => [h.path, h.change])).toEqual([
      [".github/workflows/check.yml", "update"],
      [".github/workflows/upgrade.yml", "add"],
    ]);
    expect(plan.changes.some((c) => c.path.startsWith(".github/workflows/"))).toBe(false);
    expect(plan.kept).toEqual([".github/workflows/publish.yml"]);
  });

  it("a file equal to an older release's was left behind, not edited: it takes the release's", () => {
    // An earlier upgrade held check.yml back (c0, from the release before the base).
    const behind = new Map(member).set(".github/workflows/check.yml", f("c0"));
    expect(planUpgrade({ member: behind, base, target }).conflicts.map((c) => c.path)).toEqual([".github/workflows/check.yml"]);
    const older = [tree({ ".github/workflows/check.yml": f("c0") })];
    const plan = planUpgrade({ member: behind, base, target, older });
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes.find((c) => c.path === ".github/workflows/check.yml")).toMatchObject({ step: "update", entry: f("c2") });
  });

  it("names every conflict at once", () => {
    const edited = new Map(member).set("scripts/a.ts", f("aX")).set("content/README.md", f("gX"));
    edited.delete("scripts/old.ts");
    const plan = planUpgrade({ member: edited, base: new Map(base).set("scripts/old.ts", f("o1")), target: new Map(target).set("scripts/old.ts", f("o2")) });
    expect(plan.conflicts.map((c) => [c.path, c.kind])).toEqual([
      ["content/README.md", "edited"],
      ["scripts/a.ts", "edited"],
      ["scripts/old.ts", "deleted"],
    ]);
  });
});
