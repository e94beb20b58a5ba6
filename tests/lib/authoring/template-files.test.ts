import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../scripts/lib/validate/load.ts";
import { fillPlaceholders, PLACEHOLDERS, TEMPLATES_DIR, templateFiles } from "../../../scripts/lib/authoring/template-files.ts";
import { validateEntry } from "../../../scripts/lib/validate/entry-file.ts";

const CONTENT = path.resolve(import.meta.dirname, "../../../content");
const TODAY = "2026-11-25";
const files = templateFiles();

describe("content/_templates", () => {
  it("has one file per type and language, and nothing else", async () => {
    const onDisk = (await readdir(path.join(CONTENT, TEMPLATES_DIR))).sort();
    expect(onDisk).toEqual(files.map((f) => path.basename(f.path)).sort());
    expect(files).toHaveLength(22);
  });

  it.each(files)("$path is what the generator writes (run `npm run templates`)", async ({ path: rel, text }) => {
    expect(await readFile(path.join(CONTENT, rel), "utf8")).toBe(text);
  });

  it.each(files)("$path, with its day filled in, is a valid entry", ({ type, lang, text }) => {
    const filled = fillPlaceholders(text, lang, "2026-11-20");
    const result = validateEntry(`${lang}/${type}/2026-11-20-x.md`, filled, TODAY);
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(result.entry?.date).toBe("2026-11-20");
  });

  it.each(files)("$path, copied without filling in the day, fails with a message about the date", ({ type, lang, text }) => {
    const result = validateEntry(`${lang}/${type}/x.md`, text, TODAY);
    expect(result.entry).toBeUndefined();
    expect(result.problems.map((p) => p.key)).toContain("date");
    expect(result.problems.find((p) => p.key === "date")?.message.ru).toContain(PLACEHOLDERS[lang].date);
  });
});

describe("templates are never built", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("the loader reads no file of _templates, even when one is broken", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "achyk-templates-"));
    dirs.push(dir);
    await cp(path.join(CONTENT, "_data"), path.join(dir, "_data"), { recursive: true });
    await cp(path.join(CONTENT, TEMPLATES_DIR), path.join(dir, TEMPLATES_DIR), { recursive: true });
    // A broken file and a nested folder in _templates must not matter either.
    await writeFile(path.join(dir, TEMPLATES_DIR, "broken.md"), "no front matter");
    await mkdir(path.join(dir, TEMPLATES_DIR, "ky", "posts"), { recursive: true });
    await writeFile(path.join(dir, TEMPLATES_DIR, "ky", "posts", "x.md"), "---\ntitle: X\ndate: 2026-11-20\n---\n");
    await mkdir(path.join(dir, "ky", "posts"), { recursive: true });
    await writeFile(path.join(dir, "ky", "posts", "2026-11-20-suu.md"), fillPlaceholders(files[0]!.text, "ky", "2026-11-20"));
    await writeFile(path.join(dir, "README.md"), "# guide\n");

    const content = await loadContent({ contentDir: dir, today: TODAY, gitHistory: false });
    expect(content.entries.map((e) => e.inputPath)).toEqual(["ky/posts/2026-11-20-suu.md"]);
    expect(content.problems.filter((p) => p.file.startsWith(TEMPLATES_DIR) || p.file === "README.md")).toEqual([]);
    expect(content.problems.filter((p) => p.severity === "error")).toEqual([]);
  });
});

describe("fillPlaceholders", () => {
  const cases = [
    { text: "date: ЖЖЖЖ-АА-КК\nperiod: \"ЖЖЖЖ-АА\"", lang: "ky", out: "date: 2026-11-20\nperiod: \"2026-11\"" },
    { text: "date: ГГГГ-ММ-ДД", lang: "ru", out: "date: 2026-11-20" },
  ] as const;
  it.each(cases)("$lang", ({ text, lang, out }) => {
    expect(fillPlaceholders(text, lang, "2026-11-20")).toBe(out);
  });
});
