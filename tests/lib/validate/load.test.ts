import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasErrors, loadContent, type LoadedContent } from "../../../scripts/lib/validate/load.ts";
import type { Problem } from "../../../scripts/lib/validate/problems.ts";

const TODAY = "2026-11-25";
const SMALL = path.resolve(import.meta.dirname, "../../fixtures/small");
const INVALID = path.resolve(import.meta.dirname, "../../fixtures/invalid");

const errors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === "error");

describe("loadContent on tests/fixtures/small", () => {
  let content: LoadedContent;
  beforeAll(async () => {
    content = await loadContent({ contentDir: SMALL, today: TODAY });
  });

  it("reads site.yaml and plan.yaml", () => {
    expect(content.site?.name).toEqual({ ky: "Ак-Терек айыл аймагы", ru: "Ак-Терекский айыльный аймак" });
    expect(content.site?.base_url).toBe("https://achyk-kg.github.io/");
    expect(content.plan?.measures.map((m) => m.id)).toEqual(expect.arrayContaining(["1.1", "1.5", "2.1", "3.3"]));
    expect(content.today).toBe(TODAY);
  });

  const states = [
    ["ky/events/2026-12-10-uguu-budjet.md", "live"],
    ["ky/meetings/2026-08-14-jyiyn-kopuro.md", "live"],
    ["ky/posts/2026-11-10-suu.md", "live"],
    ["ky/posts/2026-11-15-karalama.md", "draft"],
    ["ky/reports/2025-11.md", "live"],
    ["ky/reports/2026-11.md", "scheduled"],
    ["ru/events/2026-12-10-uguu-budjet.md", "live"],
    ["ru/meetings/2026-08-14-jyiyn-kopuro.md", "live"],
    ["ru/posts/2026-11-10-suu.md", "live"],
    ["ru/reports/2025-11.md", "live"],
    ["ru/reports/2026-10.md", "live"],
    ["ru/reports/2026-11.md", "scheduled"],
  ] as const;

  it("loads every entry, and only those", () => {
    expect(content.entries.map((e) => e.inputPath).sort()).toEqual(states.map(([file]) => file));
  });

  it.each(states)("%s is %s", (file, state) => {
    expect(content.entries.find((e) => e.inputPath === file)?.state).toBe(state);
  });

  it("the same type/slug in ky and ru is one entry", () => {
    const keys = content.entries.filter((e) => e.key === "meetings/2026-08-14-jyiyn-kopuro").map((e) => e.lang);
    expect(keys.sort()).toEqual(["ky", "ru"]);
  });

  it("has no errors; a warning for the ru-only report and an info line per scheduled report", () => {
    expect(hasErrors(content.problems)).toBe(false);
    expect(content.problems.map((p) => [p.severity, p.file, p.line])).toEqual([
      ["info", "ky/reports/2026-11.md", 3],
      ["warning", "ru/reports/2026-10.md", 1],
      ["info", "ru/reports/2026-11.md", 3],
    ]);
  });

  it("the ru-only entry gets the bilingual \"no Kyrgyz version\" warning", () => {
    const warning = content.problems.find((p) => p.severity === "warning");
    expect(warning?.message.ru).toMatch(/Нет версии на кыргызском/);
    expect(warning?.message.ky).toMatch(/Кыргызча варианты жок/);
  });

  it("the scheduled reports say the day they go public", () => {
    for (const p of content.problems.filter((q) => q.severity === "info")) {
      expect(p.message.ru).toContain("2026-12-25");
      expect(p.message.ky).toContain("2026-12-25");
    }
  });

  it("lists the attachments with their sizes", async () => {
    const { size } = await stat(path.join(SMALL, "files/minutes/2026-08-14-protokol.pdf"));
    expect([...content.attachments.values()]).toEqual([{ file: "minutes/2026-08-14-protokol.pdf", bytes: size }]);
  });
});

describe("loadContent on tests/fixtures/invalid: every problem at once, with file and line", () => {
  let content: LoadedContent;
  beforeAll(async () => {
    content = await loadContent({ contentDir: INVALID, today: TODAY });
  });

  const expected = [
    { file: "ky/meetings/2026-05-14-typo.md", line: 1, key: "attendance", ru: /Нет обязательного поля «attendance»/, ky: /Милдеттүү «attendance»/ },
    { file: "ky/meetings/2026-05-14-typo.md", line: 5, key: "atendance", ru: /«atendance».*«attendance»/, ky: /«atendance».*«attendance»/ },
    {
      file: "ky/meetings/2026-06-18-no-file.md",
      line: 8,
      key: "attachments.file",
      ru: /Приложение «minutes\/2026-06-18-protokol\.pdf» не найдено/,
      ky: /«minutes\/2026-06-18-protokol\.pdf» тиркемеси .* табылган жок/,
    },
    { file: "ru/posts/2026-02-30-bad-date.md", line: 3, key: "date", ru: /«2026-02-30» нет в календаре/, ky: /«2026-02-30» күнү календарда жок/ },
  ] as const;

  it.each(expected)("$file:$line ($key)", ({ file, line, key, ru, ky }) => {
    const problem = content.problems.find((p) => p.file === file && p.key === key);
    expect(problem).toMatchObject({ severity: "error", file, line, key });
    expect(problem!.message.ru).toMatch(ru);
    expect(problem!.message.ky).toMatch(ky);
  });

  it("two reports for the same period in one language: one error naming the other file, on the period line", () => {
    const duplicates = content.problems.filter((p) => p.key === "period");
    expect(duplicates).toHaveLength(1);
    const [dup] = duplicates;
    const pair = ["ky/reports/2026-10-kaira.md", "ky/reports/2026-10.md"];
    expect(pair).toContain(dup!.file);
    const other = pair.find((f) => f !== dup!.file)!;
    expect(dup).toMatchObject({ severity: "error", line: 4 });
    expect(dup!.message.ru).toContain(other);
    expect(dup!.message.ru).toMatch(/за период 2026-10 уже есть/);
    expect(dup!.message.ky).toContain(other);
    expect(dup!.message.ky).toMatch(/2026-10 мезгили үчүн отчет буга чейин бар/);
  });

  it("reports all five errors of four files, sorted by file then line", () => {
    const found = errors(content.problems).map((p) => `${p.file}:${p.line}`);
    expect(found).toHaveLength(5);
    expect(new Set(errors(content.problems).map((p) => p.file)).size).toBe(4);
    const sorted = [...content.problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    expect(content.problems).toEqual(sorted);
    expect(hasErrors(content.problems)).toBe(true);
  });

  it("still returns the entries that are valid on their own", () => {
    expect(content.entries.map((e) => e.inputPath).sort()).toEqual([
      "ky/meetings/2026-06-18-no-file.md",
      "ky/reports/2026-10-kaira.md",
      "ky/reports/2026-10.md",
    ]);
  });
});

describe("loadContent: cross-file checks on variations of the small tree", () => {
  let root: string;
  let counter = 0;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "achyk-load-"));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** A fresh copy of the small fixture with some files written (string) or removed (null). */
  async function variant(files: Record<string, string | null>): Promise<LoadedContent> {
    const dir = path.join(root, `v${counter++}`);
    await cp(SMALL, dir, { recursive: true });
    for (const [rel, text] of Object.entries(files)) {
      const full = path.join(dir, rel);
      if (text === null) await rm(full, { force: true });
      else {
        await mkdir(path.dirname(full), { recursive: true });
        await writeFile(full, text);
      }
    }
    return loadContent({ contentDir: dir, today: TODAY });
  }

  const report = (period: string, extra = "") => `---\ntitle: Отчёт\ndate: 2026-11-20\nperiod: "${period}"\n${extra}---\nТекст.\n`;
  const post = (attachment: string) =>
    `---\ntitle: Новость\ndate: 2026-11-01\nattachments:\n  - file: ${attachment}\n    title: Файл\n---\nТекст.\n`;

  it("the small tree copied as is has no errors", async () => {
    expect(errors((await variant({})).problems)).toEqual([]);
  });

  const duplicates = [
    { name: "ru: a second report for 2026-10", files: { "ru/reports/2026-10-bis.md": report("2026-10") }, count: 1 },
    { name: "ky: a second report for 2025-11", files: { "ky/reports/2025-11-kaira.md": report("2025-11") }, count: 1 },
    { name: "a scheduled second report still clashes", files: { "ru/reports/2026-10-bis.md": report("2026-10", "publish: 2026-12-01\n") }, count: 1 },
    { name: "a draft second report does not clash", files: { "ru/reports/2026-10-bis.md": report("2026-10", "draft: true\n") }, count: 0 },
    { name: "the same period in the other language does not clash", files: { "ky/reports/2026-10.md": report("2026-10") }, count: 0 },
    { name: "three reports for one period: two errors", files: { "ru/reports/a.md": report("2026-10"), "ru/reports/b.md": report("2026-10") }, count: 2 },
  ] as const;

  it.each(duplicates)("duplicate period: $name → $count error(s)", async ({ files, count }) => {
    const { problems } = await variant(files);
    expect(errors(problems).filter((p) => p.key === "period")).toHaveLength(count);
    expect(errors(problems)).toHaveLength(count);
  });

  const attachments = [
    { name: "existing file", file: "minutes/2026-08-14-protokol.pdf", error: null },
    { name: "leading slash", file: "/minutes/2026-08-14-protokol.pdf", error: null },
    { name: "a ./ segment", file: "minutes/./2026-08-14-protokol.pdf", error: null },
    { name: "missing file", file: "minutes/nope.pdf", error: /Приложение «minutes\/nope\.pdf» не найдено/ },
    { name: "wrong case", file: "Minutes/2026-08-14-protokol.pdf", error: /не найдено/ },
    { name: "a folder, not a file", file: "minutes", error: /не найдено/ },
    { name: "outside files/", file: "../_data/site.yaml", error: /выходит за пределы content\/files\// },
    { name: "outside files/ after a detour", file: "minutes/../../_data/plan.yaml", error: /выходит за пределы/ },
  ] as const;

  it.each(attachments)("attachment: $name", async ({ file, error }) => {
    const { problems } = await variant({ "ky/posts/2026-11-01-file.md": post(file) });
    const found = errors(problems);
    if (!error) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: "ky/posts/2026-11-01-file.md", line: 5, key: "attachments.file" });
    expect(found[0]!.message.ru).toMatch(error);
    expect(found[0]!.message.ky).toContain(file);
  });

  it("require_kyrgyz: true makes a missing Kyrgyz version an error", async () => {
    const site = await readFile(path.join(SMALL, "_data/site.yaml"), "utf8");
    const { problems } = await variant({ "_data/site.yaml": site.replace("require_kyrgyz: false", "require_kyrgyz: true") });
    expect(errors(problems).map((p) => [p.file, p.line])).toEqual([["ru/reports/2026-10.md", 1]]);
    expect(errors(problems)[0]!.message.ru).toMatch(/Нет версии на кыргызском/);
  });

  it("a ru entry whose Kyrgyz version is only a draft still gets the warning", async () => {
    const { problems } = await variant({
      "ky/reports/2026-10.md": report("2026-10", "draft: true\n"),
    });
    const warnings = problems.filter((p) => p.severity === "warning").map((p) => p.file);
    expect(warnings).toContain("ru/reports/2026-10.md");
  });

  it("a ru draft alone gets no warning", async () => {
    const { problems } = await variant({ "ru/posts/2026-11-12-draft.md": `---\ntitle: Черновик\ndate: 2026-11-12\ndraft: true\n---\n` });
    expect(problems.filter((p) => p.file === "ru/posts/2026-11-12-draft.md")).toEqual([]);
  });

  it("files that are not entries are skipped; a stray .md in a language folder is an error", async () => {
    const { problems, entries } = await variant({
      "README.md": "# Контент\n",
      "ky/README.md": "# Кыргызча\n",
      "_templates/posts.md": "---\ntitle:\n---\n",
      ".github/notes.md": "не запись\n",
      "ky/notes.md": "---\ntitle: А\ndate: 2026-11-01\n---\n",
    });
    expect(entries).toHaveLength(12);
    expect(errors(problems).map((p) => p.file)).toEqual(["ky/notes.md"]);
    expect(errors(problems)[0]!.message.ru).toMatch(/content\/<язык>\/<раздел>\//);
  });

  it("errors from many files come back together, not just the first", async () => {
    const { problems } = await variant({
      "ky/posts/a.md": "---\ntitle: А\ndate: 2026-02-30\n---\n",
      "ru/posts/b.md": "---\ntitle: Б\ndate: 2026-11-01\nreech: 5\n---\n",
      "ru/events/c.md": "---\ntitle: В\ndate: 2026-12-01\nkind: gathering\nplace: Клуб\ntime: \"25:00\"\n---\n",
      "ru/reports/2026-10-bis.md": report("2026-10"),
      "ky/posts/d.md": "нет полей\n",
    });
    expect(errors(problems).map((p) => `${p.file}:${p.line}`)).toEqual([
      "ky/posts/a.md:3",
      "ky/posts/d.md:1",
      "ru/events/c.md:6",
      "ru/posts/b.md:4",
      expect.stringMatching(/^ru\/reports\/2026-10(-bis)?\.md:4$/),
    ]);
  });

  const dataFiles = [
    { name: "no site.yaml", files: { "_data/site.yaml": null }, file: "_data/site.yaml", line: 1, ru: /Нет файла content\/_data\/site\.yaml/ },
    { name: "no plan.yaml", files: { "_data/plan.yaml": null }, file: "_data/plan.yaml", line: 1, ru: /Нет файла content\/_data\/plan\.yaml/ },
    { name: "site.yaml: YAML error", files: { "_data/site.yaml": "name: { ky: А\nkind: city\n" }, file: "_data/site.yaml", line: 2, ru: /YAML/ },
  ] as const;

  it.each(dataFiles)("$name → $file:$line", async ({ files, file, line, ru }) => {
    const { problems } = await variant(files);
    const problem = errors(problems).find((p) => p.file === file);
    expect(problem).toMatchObject({ file, line });
    expect(problem!.message.ru).toMatch(ru);
  });

  it("site.yaml: a wrong population is named with its line", async () => {
    const site = await readFile(path.join(SMALL, "_data/site.yaml"), "utf8");
    const line = site.split("\n").findIndex((l) => l.startsWith("population:")) + 1;
    const { problems } = await variant({ "_data/site.yaml": site.replace("population: 8450", "population: много") });
    expect(errors(problems)).toEqual([expect.objectContaining({ file: "_data/site.yaml", line, key: "population" })]);
    expect(errors(problems)[0]!.message.ru).toContain("«много»");
  });

  const officePost = "---\ntitle: Кабылдама\ndate: 2026-11-01\n---\nСуроолор боюнча: +996 3722 5 12 34.\n";
  const brokenSites = [
    { name: "a typo in population (issue 12: «8 450»)", edit: (site: string) => site.replace("population: 8450", "population: 8 450"), line: "population:" },
    { name: "a YAML error after the contacts", edit: (site: string) => site.replace("require_kyrgyz: false", "require_kyrgyz: [false"), line: "require_kyrgyz:" },
    { name: "an unknown key", edit: (site: string) => site.replace("demo: true", "demo: true\nmayor: Асанов"), line: "mayor:" },
  ] as const;

  it.each(brokenSites)("an invalid site.yaml is one error, and its office phone stays allowed: $name", async ({ edit }) => {
    const site = await readFile(path.join(SMALL, "_data/site.yaml"), "utf8");
    const { problems } = await variant({ "_data/site.yaml": edit(site), "ky/posts/2026-11-01-kabyldama.md": officePost });
    expect(errors(problems).map((p) => p.file)).toEqual(["_data/site.yaml"]);
  });

  it("a file that breaks a parser is that file's error; the other files' problems stay", async () => {
    const aliases = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ..."bcdefg".split("").map((k, i) => `${k}: &${k} [${Array(10).fill(`*${"abcdefg"[i]}`).join(", ")}]`)];
    const { problems } = await variant({
      "ky/posts/bomb.md": `---\ntitle: А\ndate: 2026-11-01\n${aliases.join("\n")}\n---\n`,
      "ky/posts/other.md": "---\ntitle: Б\ndate: 2026-02-30\n---\n",
    });
    expect(errors(problems).map((p) => p.file)).toEqual(["ky/posts/bomb.md", "ky/posts/other.md"]);
  });

  it("a report for a month not over yet is an error on its period line", async () => {
    const { problems } = await variant({ "ky/reports/2027-10.md": report("2027-10") });
    expect(errors(problems)).toEqual([expect.objectContaining({ file: "ky/reports/2027-10.md", line: 4, key: "period" })]);
  });

  const namedEntries = [
    { file: "ky/posts/21205199100123.md", ru: "Имя файла «ky/posts/21205199100123.md» содержит персональный идентификационный номер" },
    { file: "ky/posts/0555123456.md", ru: "содержит номер телефона: «0555123456»" },
  ] as const;
  it.each(namedEntries)("an entry named by a personal number is refused: $file", async ({ file, ru }) => {
    const { problems } = await variant({ [file]: "---\ntitle: Тизме\ndate: 2026-11-01\n---\nТекст.\n" });
    expect(errors(problems)).toEqual([expect.objectContaining({ file, line: 1 })]);
    expect(errors(problems)[0]!.message.ru).toContain(ru);
  });
});

