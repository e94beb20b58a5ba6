import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  describeMigration,
  globToRegExp,
  MIGRATIONS_PATH,
  migrationsBetween,
  parseRegistry,
  renameKeyIn,
  runMigrations,
  type MigrationFile,
} from "../../../scripts/lib/publish/migrations.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");

describe("renameKeyIn changes the key's own characters and nothing else", () => {
  const site = [
    "# The municipality",
    'name: { ky: "Ак-Терек", ru: "Ак-Терек" }',
    "contacts:",
    '  address: { ky: "Борбордук, 12", ru: "Центральная, 12" }',
    '  "phones": ["+996 3722 5 12 34"]   # office lines',
    "kyrgyz_required: false # see the guide",
    "",
  ].join("\n");
  const cases = [
    { why: "a top-level key, its comment kept", path: "kyrgyz_required", to: "require_kyrgyz", out: site.replace("kyrgyz_required: false", "require_kyrgyz: false") },
    { why: "a nested, quoted key keeps its quotes", path: "contacts.phones", to: "office_phones", out: site.replace('"phones"', '"office_phones"') },
    { why: "a key already renamed is left alone", path: "region", to: "oblast", out: undefined },
    { why: "a path through a value that is not a map", path: "name.ky.x", to: "y", out: undefined },
  ];
  it.each(cases)("$why", ({ path: keyPath, to, out }) => {
    expect(renameKeyIn(site, "yaml", keyPath.split("."), to).text).toBe(out);
  });

  it("both keys present is a conflict for a person, not a guess", () => {
    expect(renameKeyIn("a: 1\nb: 2\n", "yaml", ["a"], "b")).toEqual({ conflict: true });
  });

  it("in an entry, only the front matter is read: the body may mention the key", () => {
    const entry = "\uFEFF---\r\ntitle: Отчет\r\natendance: 40\r\n---\r\natendance: 40 is text here\r\n";
    expect(renameKeyIn(entry, "front-matter", ["atendance"], "attendance").text).toBe(entry.replace("atendance: 40\r\n---", "attendance: 40\r\n---"));
    expect(renameKeyIn("no front matter\natendance: 1\n", "front-matter", ["atendance"], "attendance").text).toBeUndefined();
  });

  it("a YAML file that does not parse is left for the check to report", () => {
    expect(renameKeyIn("a: [1\n", "yaml", ["a"], "b").text).toBeUndefined();
  });
});

describe("globToRegExp: * within a folder, ** across folders", () => {
  const cases = [
    { pattern: "content/_data/site.yaml", path: "content/_data/site.yaml", match: true },
    { pattern: "content/_data/site.yaml", path: "content/_data/siteXyaml", match: false },
    { pattern: "content/*/reports/*.md", path: "content/ky/reports/2026-10.md", match: true },
    { pattern: "content/*/reports/*.md", path: "content/ky/reports/old/2026-10.md", match: false },
    { pattern: "content/**/*.md", path: "content/ky/reports/2026-10.md", match: true },
    { pattern: "content/**/*.md", path: "content/README.md", match: true },
    { pattern: "content/ky/**", path: "content/ky/posts/жаңылык.md", match: true },
    { pattern: "content/ky/**", path: "content/ru/posts/a.md", match: false },
  ] as const;
  it.each(cases)("$pattern on $path: $match", ({ pattern, path: p, match }) => {
    expect(globToRegExp(pattern).test(p)).toBe(match);
  });
});

describe("the registry", () => {
  it("the project's own registry parses", () => {
    expect(() => parseRegistry(readFileSync(path.join(ROOT, MIGRATIONS_PATH), "utf8"))).not.toThrow();
  });

  const bad = [
    { why: "not JSON", text: "{", error: /not JSON/ },
    { why: "a step this engine does not know", text: '{"migrations":{"0.5.0":[{"op":"split-key"}]}}', error: /does not know: 0.5.0: split-key \(known: rename-key, move\)/ },
    { why: "a version that is not one", text: '{"migrations":{"v0.5.0":[]}}', error: /v0.5.0: not a version; keys are versions MAJOR.MINOR.PATCH/ },
    { why: "a path outside content/", text: '{"migrations":{"0.5.0":[{"op":"move","from":"scripts/a","to":"content/a"}]}}', error: /a path under content\// },
    { why: "a rename across parents", text: '{"migrations":{"0.5.0":[{"op":"rename-key","files":"content/_data/site.yaml","from":"a.b","to":"c"}]}}', error: /share their parent keys/ },
    { why: "an unknown field", text: '{"migrations":{"0.5.0":[{"op":"move","from":"content/a","to":"content/b","force":true}]}}', error: /force/ },
  ];
  it.each(bad)("refuses $why", ({ text, error }) => {
    expect(() => parseRegistry(text)).toThrow(error);
  });

  it("gives the steps of the releases after the base up to the target, oldest first", () => {
    const registry = parseRegistry(
      JSON.stringify({
        migrations: {
          "0.4.0": [{ op: "move", from: "content/ky/news", to: "content/ky/posts" }],
          "0.2.0": [{ op: "rename-key", files: "content/_data/site.yaml", from: "a", to: "b" }],
          "0.3.0": [{ op: "rename-key", files: "content/_data/site.yaml", from: "b", to: "c" }],
        },
      }),
    );
    expect(migrationsBetween(registry, "0.1.0", "0.3.0").map((s) => [s.version, describeMigration(s.migration)])).toEqual([
      ["0.2.0", "content/_data/site.yaml: a → b"],
      ["0.3.0", "content/_data/site.yaml: b → c"],
    ]);
    expect(migrationsBetween(registry, "0.3.0", "0.4.0").map((s) => s.version)).toEqual(["0.4.0"]);
    expect(migrationsBetween(registry, "0.4.0", "0.4.0")).toEqual([]);
  });
});

describe("runMigrations on a tree", () => {
  const blobs: Record<string, string> = {
    s1: "region: x\nname: y\n",
    r1: "---\ntitle: A\natendance: 4\n---\nBody\n",
    r2: "---\ntitle: B\n---\nBody\n",
    pdf: "%PDF-1.4 binary",
  };
  const tree = new Map<string, MigrationFile>([
    ["content/_data/site.yaml", { mode: "100644", oid: "s1" }],
    ["content/ky/meetings/a.md", { mode: "100644", oid: "r1" }],
    ["content/ru/meetings/b.md", { mode: "100644", oid: "r2" }],
    ["content/ky/news/c.md", { mode: "100644", oid: "r2" }],
    ["content/ky/news/files/scan.pdf", { mode: "100644", oid: "pdf" }],
  ]);
  const read = (oid: string) => blobs[oid]!;

  it("renames in YAML and in front matter, moves folders with their files, in release order", () => {
    const run = runMigrations(
      tree,
      [
        { version: "0.2.0", migration: { op: "rename-key", files: "content/_data/site.yaml", from: "region", to: "area" } },
        { version: "0.2.0", migration: { op: "rename-key", files: "content/*/meetings/*.md", from: "atendance", to: "attendance" } },
        { version: "0.3.0", migration: { op: "move", from: "content/ky/news", to: "content/ky/posts" } },
      ],
      read,
    );
    expect(run.problems).toEqual([]);
    expect(run.tree.get("content/_data/site.yaml")).toEqual({ mode: "100644", text: "area: x\nname: y\n" });
    expect(run.tree.get("content/ky/meetings/a.md")).toEqual({ mode: "100644", text: "---\ntitle: A\nattendance: 4\n---\nBody\n" });
    expect(run.tree.get("content/ru/meetings/b.md")).toEqual({ mode: "100644", oid: "r2" });
    // A move keeps the git object: a PDF is never read as text.
    expect(run.tree.get("content/ky/posts/files/scan.pdf")).toEqual({ mode: "100644", oid: "pdf" });
    expect(run.tree.has("content/ky/news/c.md")).toBe(false);
    expect(run.applied.map((a) => [a.version, a.files.length])).toEqual([
      ["0.2.0", 1],
      ["0.2.0", 1],
      ["0.3.0", 4],
    ]);
  });

  it("is idempotent: run on its own result, it changes nothing", () => {
    const steps = [
      { version: "0.2.0", migration: { op: "rename-key", files: "content/_data/site.yaml", from: "region", to: "area" } },
      { version: "0.3.0", migration: { op: "move", from: "content/ky/news", to: "content/ky/posts" } },
    ] as const;
    const once = runMigrations(tree, [...steps], read);
    const twice = runMigrations(once.tree, [...steps], read);
    expect(twice.tree).toEqual(once.tree);
    expect(twice.applied.every((a) => a.files.length === 0)).toBe(true);
  });

  it("stops with a bilingual problem when a move would overwrite a file", () => {
    const taken = new Map(tree).set("content/ky/posts/c.md", { mode: "100644", oid: "r1" });
    const run = runMigrations(taken, [{ version: "0.3.0", migration: { op: "move", from: "content/ky/news", to: "content/ky/posts" } }], read);
    expect(run.problems).toHaveLength(1);
    expect(run.problems[0]).toMatchObject({ file: "content/ky/posts/c.md", description: "content/ky/news → content/ky/posts" });
    expect(run.problems[0]!.message.ky).toContain("мурунтан эле бар");
    expect(run.problems[0]!.message.ru).toContain("уже существует");
  });
});
