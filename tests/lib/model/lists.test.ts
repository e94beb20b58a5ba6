import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../../scripts/cli/bench-corpus.ts";
import { loadContent } from "../../../scripts/lib/validate/load.ts";
import { buildSiteModel, type SiteModel } from "../../../scripts/lib/model/site-model.ts";
import { LIST_PAGE_ENTRIES, splitYears } from "../../../scripts/lib/model/lists.ts";

const years = (...sizes: number[]) => sizes.map((n, i) => ({ year: String(2028 - i), entries: Array.from({ length: n }, (_, j) => j) }));

describe("splitYears: newest whole years on the list page, older years on archive pages", () => {
  const cases = [
    { name: "everything fits", input: years(20, 30), shown: ["2028", "2027"], archived: [] },
    { name: "exactly the limit", input: years(30, 30, 1), shown: ["2028", "2027"], archived: ["2026"] },
    { name: "a year that would overflow moves whole", input: years(40, 30, 10), shown: ["2028"], archived: ["2027", "2026"] },
    { name: "one huge year still shows", input: years(500, 10), shown: ["2028"], archived: ["2027"] },
    { name: "nothing", input: years(), shown: [], archived: [] },
  ] as const;
  it.each(cases)("$name", ({ input, shown, archived }) => {
    const split = splitYears(input, 60);
    expect(split.shown.map((y) => y.year)).toEqual(shown);
    expect(split.archived.map((y) => y.year)).toEqual(archived);
  });
});

describe("a large section: list pages stay short, archive pages hold the rest", () => {
  let dir: string;
  let model: SiteModel;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "achyk-model-"));
    await cp(path.resolve(import.meta.dirname, "../../../content/_data"), path.join(dir, "_data"), { recursive: true });
    for (const file of generateCorpus({ size: 600, today: "2026-11-25" })) {
      await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
      await writeFile(path.join(dir, file.path), file.text);
    }
    model = buildSiteModel(await loadContent({ contentDir: dir, today: "2026-11-25", gitHistory: false }));
  }, 60_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("no list page shows more than one year past the limit, and every live entry is on exactly one page", () => {
    const mainPages = model.lists.filter((l) => !l.archiveYear);
    for (const list of mainPages) {
      const shown = list.years.reduce((n, y) => n + y.entries.length, 0);
      if (list.years.length > 1) expect(shown, list.url).toBeLessThanOrEqual(LIST_PAGE_ENTRIES);
      const archived = model.lists.filter((l) => l.archiveYear && l.lang === list.lang && l.type === list.type);
      expect(archived.map((a) => a.url)).toEqual(list.archive.map((a) => a.url));
      const onPages = [list, ...archived].flatMap((l) => l.years.flatMap((y) => y.entries.map((e) => e.url)));
      const live = model.entries.filter((e) => e.lang === list.lang && e.type === list.type).map((e) => e.url);
      expect(onPages.sort()).toEqual(live.sort());
    }
    expect(model.lists.some((l) => l.archiveYear)).toBe(true);
  });

  it("an archive page's language switch goes to the same year in the other language", () => {
    for (const page of model.lists.filter((l) => l.archiveYear)) {
      expect(page.url).toBe(`/${page.lang}/${page.type}/archive/${page.archiveYear}/`);
      expect(page.languages.translationUrl).toMatch(new RegExp(`/${page.archiveYear}/$|#y-${page.archiveYear}$`));
    }
  });
});
