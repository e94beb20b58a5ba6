import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadContent } from "../../../scripts/lib/validate/load.ts";
import { parseNewArgs, planNewEntry, previousMonth } from "../../../scripts/lib/authoring/new-entry.ts";
import { contentTypes } from "../../../scripts/lib/validate/schema.ts";
import { validateEntry } from "../../../scripts/lib/validate/entry-file.ts";

const CONTENT = path.resolve(import.meta.dirname, "../../../content");

describe("previousMonth", () => {
  const cases = [
    { today: "2026-11-25", out: "2026-10" },
    { today: "2026-01-10", out: "2025-12" },
    { today: "2028-03-01", out: "2028-02" },
    { today: "2026-12-31", out: "2026-11" },
  ] as const;
  it.each(cases)("$today → $out", ({ today, out }) => expect(previousMonth(today)).toBe(out));
});

describe("parseNewArgs", () => {
  const cases = [
    { args: ["reports"], out: { request: { type: "reports", lang: "ky" } } },
    { args: ["reports", "--lang", "ru"], out: { request: { type: "reports", lang: "ru" } } },
    { args: ["--lang=ru", "meetings", "jyiyn"], out: { request: { type: "meetings", slug: "jyiyn", lang: "ru" } } },
    { args: ["meetings", "jyiyn.md"], out: { request: { type: "meetings", slug: "jyiyn", lang: "ky" } } },
  ] as const;
  it.each(cases)("$args", ({ args, out }) => expect(parseNewArgs(args)).toEqual(out));

  const errors = [
    { args: [], text: "npm run new" },
    { args: ["report"], text: "«report»" },
    { args: ["posts", "--lang", "en"], text: "«en»" },
    { args: ["posts", "--lang"], text: "--lang ky" },
    { args: ["posts", "Жыйын"], text: "jyyyn" },
    { args: ["posts", "a", "b"], text: "npm run new" },
  ] as const;
  it.each(errors)("refuses $args with a bilingual message", ({ args, text }) => {
    const { request, error } = parseNewArgs(args);
    expect(request).toBeUndefined();
    expect(error!.ru).toContain(text);
    expect(error!.ky).toContain(text);
    expect(error!.ky).not.toBe(error!.ru);
  });
});

describe("planNewEntry", () => {
  const cases = [
    { request: { type: "reports", lang: "ky" }, today: "2026-11-25", file: "ky/reports/2026-10.md", has: 'period: "2026-10"' },
    { request: { type: "reports", lang: "ru" }, today: "2026-01-05", file: "ru/reports/2025-12.md", has: 'period: "2025-12"' },
    { request: { type: "reports", lang: "ky", slug: "2026-09" }, today: "2026-11-25", file: "ky/reports/2026-09.md", has: 'period: "2026-09"' },
    { request: { type: "meetings", lang: "ky" }, today: "2026-11-25", file: "ky/meetings/2026-11-25-meeting.md", has: "date: 2026-11-25" },
    { request: { type: "meetings", lang: "ky", slug: "jyiyn" }, today: "2026-11-25", file: "ky/meetings/2026-11-25-jyiyn.md", has: "attendance: 0" },
    { request: { type: "events", lang: "ru", slug: "2026-12-10-skhod" }, today: "2026-11-25", file: "ru/events/2026-12-10-skhod.md", has: "title: \"Сход граждан\"" },
  ] as const;
  it.each(cases)("$file", ({ request, today, file, has }) => {
    const plan = planNewEntry(request, today);
    expect(plan.relativePath).toBe(file);
    expect(plan.text).toContain(has);
  });

  const every = contentTypes.flatMap((type) => (["ky", "ru"] as const).map((lang) => ({ type, lang })));
  it.each(every)("$type ($lang) is a valid entry dated today", ({ type, lang }) => {
    const plan = planNewEntry({ type, lang }, "2026-11-25");
    const result = validateEntry(plan.relativePath, plan.text, "2026-11-25");
    expect(result.problems).toEqual([]);
    expect(result.entry).toMatchObject({ date: "2026-11-25", state: "live", lang, type });
  });
});

describe("every new entry passes the whole check", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("a tree with one new entry of each type, in both languages, has no problem", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "achyk-new-"));
    dirs.push(dir);
    await cp(path.join(CONTENT, "_data"), path.join(dir, "_data"), { recursive: true });
    for (const type of contentTypes) {
      for (const lang of ["ky", "ru"] as const) {
        const plan = planNewEntry({ type, lang }, "2026-11-25");
        await mkdir(path.dirname(path.join(dir, plan.relativePath)), { recursive: true });
        await writeFile(path.join(dir, plan.relativePath), plan.text);
      }
    }
    const content = await loadContent({ contentDir: dir, today: "2026-11-25", gitHistory: false });
    expect(content.problems).toEqual([]);
    expect(content.entries).toHaveLength(contentTypes.length * 2);
  });
});
