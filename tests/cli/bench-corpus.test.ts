import { describe, expect, it } from "vitest";
import { generateCorpus, seededRandom, type CorpusFile } from "../../scripts/cli/bench-corpus.ts";
import { guardEntrySource } from "../../scripts/lib/validate/entry-guards.ts";
import { contentTypes } from "../../scripts/lib/validate/schema.ts";
import { validateEntry } from "../../scripts/lib/validate/entry-file.ts";

const TODAY = "2026-11-25";
const corpus1000 = generateCorpus({ size: 1000, today: TODAY });

const keyOf = (f: CorpusFile) => f.path.slice(3);
const langOf = (f: CorpusFile) => f.path.slice(0, 2);

describe("seededRandom", () => {
  const cases = [1, 2, 42, 2 ** 31] as const;
  it.each(cases)("seed %i gives the same numbers every time, all in [0, 1)", (seed) => {
    const a = seededRandom(seed);
    const b = seededRandom(seed);
    const first = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(first);
    expect(first.every((n) => n >= 0 && n < 1)).toBe(true);
    expect(new Set(first).size).toBeGreaterThan(95);
  });
});

describe("generateCorpus: size and determinism", () => {
  const cases = [
    { size: 10 },
    { size: 200 },
    { size: 1000 },
    { size: 2500 },
  ] as const;
  it.each(cases)("$size entries give exactly $size files with unique paths", ({ size }) => {
    const files = generateCorpus({ size, today: TODAY });
    expect(files).toHaveLength(size);
    expect(new Set(files.map((f) => f.path)).size).toBe(size);
  });

  it("is deterministic for a seed and differs for another seed", () => {
    expect(generateCorpus({ size: 300, today: TODAY })).toEqual(generateCorpus({ size: 300, today: TODAY }));
    expect(generateCorpus({ size: 300, today: TODAY, seed: 2 })).not.toEqual(generateCorpus({ size: 300, today: TODAY }));
  });
});

describe("generateCorpus: what a municipality publishes", () => {
  it("has every content type in both languages", () => {
    const cases = contentTypes.flatMap((type) => [`ky/${type}/`, `ru/${type}/`]);
    for (const prefix of cases) expect(corpus1000.some((f) => f.path.startsWith(prefix)), prefix).toBe(true);
  });

  it("has about half of its files in entries written in both languages", () => {
    const langsByKey = new Map<string, number>();
    for (const f of corpus1000) langsByKey.set(keyOf(f), (langsByKey.get(keyOf(f)) ?? 0) + 1);
    const paired = corpus1000.filter((f) => langsByKey.get(keyOf(f)) === 2).length / corpus1000.length;
    expect(paired).toBeGreaterThan(0.4);
    expect(paired).toBeLessThan(0.6);
  });

  it("has one report per month and language, for consecutive months up to today", () => {
    const reports = corpus1000.filter((f) => f.path.includes("/reports/"));
    const periods = reports.map((f) => /period: "(\d{4}-\d{2})"/.exec(f.text)?.[1]);
    expect(periods.every((p) => p !== undefined)).toBe(true);
    expect(new Set(reports.map((f) => `${langOf(f)}:${/period: "(.*)"/.exec(f.text)?.[1]}`)).size).toBe(reports.length);
    const months = [...new Set(periods)].sort();
    expect(months.at(-1)).toBe("2026-11");
    expect(months.length).toBeGreaterThanOrEqual(12);
  });

  it("writes Kyrgyz in ky/ and Russian in ru/, with headings, lists and tables", () => {
    const cases = [
      { lang: "ky", letters: /[өүң]/ },
      { lang: "ru", letters: /[щэё]|ться|ого\b/ },
    ] as const;
    for (const { lang, letters } of cases) {
      const files = corpus1000.filter((f) => langOf(f) === lang);
      expect(files.filter((f) => letters.test(f.text)).length / files.length, lang).toBeGreaterThan(0.9);
      expect(files.some((f) => /^\| .* \|$/m.test(f.text) && /^\|---/m.test(f.text)), `${lang} table`).toBe(true);
      expect(files.some((f) => /^- \S/m.test(f.text)), `${lang} bulleted list`).toBe(true);
      expect(files.some((f) => /^1\. \S/m.test(f.text)), `${lang} numbered list`).toBe(true);
      expect(files.every((f) => /^## \S/m.test(f.text)), `${lang} headings`).toBe(true);
    }
  });
});

describe("generateCorpus: every file passes validation", () => {
  const cases = [
    { size: 1000, seed: 1 },
    { size: 400, seed: 7 },
  ] as const;
  it.each(cases)("$size files, seed $seed: no errors, some scheduled and some drafts", ({ size, seed }) => {
    const files = size === 1000 && seed === 1 ? corpus1000 : generateCorpus({ size, today: TODAY, seed });
    const errors: string[] = [];
    const states = new Map<string, number>();
    const wrongState: string[] = [];
    for (const f of files) {
      const result = validateEntry(f.path, f.text, TODAY);
      const problems = [...result.problems, ...(result.entry ? guardEntrySource(result.entry, f.text, []) : [])];
      for (const p of problems) if (p.severity === "error") errors.push(`${f.path}:${p.line}: ${p.message.ru}`);
      if (result.entry) states.set(result.entry.state, (states.get(result.entry.state) ?? 0) + 1);
      // The bench edits a live page in `npm start`: the corpus must know which files are live.
      if (result.entry && result.entry.state !== f.state) wrongState.push(`${f.path}: ${f.state}, validation says ${result.entry.state}`);
    }
    expect(errors).toEqual([]);
    expect(wrongState).toEqual([]);
    expect(states.get("live")! / size).toBeGreaterThan(0.9);
    expect(states.get("scheduled")).toBeGreaterThan(0);
    expect(states.get("draft")).toBeGreaterThan(0);
  });
});
