import { describe, expect, it } from "vitest";
import type { PagefindApi, PagefindData } from "../../../scripts/lib/search/search-query.ts";
import { PAGEFIND_OPTIONS, asWritten, foldWord, foldedExcerpt, isTruncatedMatch, matchesTerm, queryTerms, queryVariants, searchMerged } from "../../../scripts/lib/search/search-query.ts";

describe("queryVariants", () => {
  const cases = [
    { query: "жыйындын", lang: "ky", out: ["жыйындын", "жыйын"] },
    { query: "  Көпүрөнүн   оңдоо ", lang: "ky", out: ["Көпүрөнүн оңдоо", "көпүрө оңдоо", "копуро ондоо"] },
    { query: "  отчетов ", lang: "ru", out: ["отчетов"] },
    { query: "   ", lang: "ky", out: [] },
  ] as const;
  it.each(cases)("$lang: '$query'", ({ query, lang, out }) => {
    expect(queryVariants(query, lang)).toEqual(out);
  });
});

describe("foldWord and queryTerms", () => {
  const cases = [
    { input: "«Отчёт»,", fold: "отчет", terms: ["отчет"] },
    { input: "Таш-Көпүрө", fold: "таш-көпүрө", terms: ["таш", "көпүрө"] },
    { input: "суу  (таза)", fold: "суу  (таза", terms: ["суу", "таза"] },
  ] as const;
  it.each(cases)("$input", ({ input, fold, terms }) => {
    expect(foldWord(input)).toBe(fold);
    expect(queryTerms(input)).toEqual(terms);
  });
});

describe("matchesTerm", () => {
  const cases = [
    { term: "көпүрө", word: "көпүрөнү", lang: "ky", out: true, why: "a Kyrgyz form starts with the stem" },
    { term: "көпүрө", word: "Таш-Көпүрөдөгү,", lang: "ky", out: true, why: "part of a hyphenated name, with punctuation" },
    { term: "көпүрөнүн", word: "көпүрө", lang: "ky", out: false, why: "Kyrgyz is not stemmed: a shorter word is a truncation" },
    { term: "канааттанышат", word: "к", lang: "ky", out: false, why: "truncated to a one-letter word" },
    { term: "суук", word: "суу", lang: "ky", out: false, why: "cold is not water" },
    { term: "отчетов", word: "Отчёт", lang: "ru", out: true, why: "Russian stem, ё folded" },
    { term: "отчет", word: "Отчётный", lang: "ru", out: true, why: "Russian prefix match" },
    { term: "селах", word: "село", lang: "ru", out: true, why: "short Russian stem, two-letter ending" },
    { term: "ккккк", word: "к", lang: "ru", out: false, why: "truncated to a preposition" },
    { term: "водонапорная", word: "вода", lang: "ru", out: false, why: "truncated to a different word" },
    { term: "тос", word: "ТОС", lang: "ru", out: true, why: "a three-letter term matches itself" },
  ] as const;
  it.each(cases)("$lang $term ~ $word: $out ($why)", ({ term, word, lang, out }) => {
    expect(matchesTerm(term, word, lang)).toBe(out);
  });
});

describe("isTruncatedMatch", () => {
  const cases = [
    { name: "a one-letter fallback", query: "канааттанышат", content: "Информация принята к сведению", locations: [2], lang: "ky", out: true },
    { name: "a real Kyrgyz match", query: "жыйын", content: "Элдик жыйындын протоколу", locations: [1], lang: "ky", out: false },
    { name: "two words, both matched", query: "водопровод башни", content: "ремонт водопровода и башни", locations: [1, 3], lang: "ru", out: false },
    { name: "two words, one only through truncation", query: "водопровод ккккк", content: "к водопроводу", locations: [0, 1], lang: "ru", out: true },
    { name: "no locations (a filter-only match) is never truncated", query: "суу", content: "", locations: [], lang: "ky", out: false },
  ] as const;
  it.each(cases)("$name", ({ query, content, locations, lang, out }) => {
    expect(isTruncatedMatch(query, { content, locations: [...locations] }, lang)).toBe(out);
  });
});

/** A stand-in for Pagefind: each term maps to its results; records every call. */
function fakePagefind(index: Record<string, { id: string; content: string; locations: number[]; score?: number }[]>) {
  const calls: { term: string | null; filters: Record<string, string> | undefined }[] = [];
  const api: PagefindApi = {
    async search(term, options) {
      calls.push({ term, filters: options?.filters });
      const hits = index[term ?? "*"];
      if (hits === undefined) return { results: [] };
      return {
        results: hits.map((hit) => ({
          id: hit.id,
          score: hit.score ?? 1,
          data: async (): Promise<PagefindData> => ({ url: `/${hit.id}/`, content: hit.content, locations: hit.locations, excerpt: "", meta: {} }),
        })),
      };
    },
  };
  return { api, calls };
}

describe("searchMerged", () => {
  const index = {
    "жыйындын": [{ id: "k", content: "Информация принята к сведению", locations: [2] }],
    "жыйын": [
      { id: "a", content: "жыйындар өттү", locations: [0] },
      { id: "b", content: "жыйынга чакыруу", locations: [0] },
    ],
    "көпүрөнү": [{ id: "c", content: "көпүрөнү оңдоо", locations: [0] }],
    "көпүрө": [
      { id: "d", content: "көпүрөдөн өтүү", locations: [0] },
      { id: "c", content: "көпүрөнү оңдоо", locations: [0] },
    ],
    "жылдын": [
      { id: "meta-only", content: "W001 жылы", locations: [], score: 0 },
      { id: "meta-only-2", content: "W002 сууга", locations: [], score: 0 },
    ],
    "*": [{ id: "all", content: "", locations: [], score: 0 }],
  };

  const cases = [
    { name: "a truncated variant is dropped, the stem's results kept", query: "жыйындын", filters: {}, ids: ["a", "b"] },
    { name: "results of the typed form come first, duplicates once", query: "көпүрөнү", filters: {}, ids: ["c", "d"] },
    { name: "a word found nowhere finds nothing", query: "жолборс", filters: {}, ids: [] },
    { name: "matches only in weightless metadata (score 0) are dropped", query: "жылдын", filters: {}, ids: [] },
    { name: "an empty query with a filter lists what the filter matches", query: "", filters: { type: "Жаңылыктар" }, ids: ["all"] },
    { name: "an empty query without filters finds nothing", query: "", filters: {}, ids: [] },
  ] as const;

  it.each(cases)("$name", async ({ query, filters, ids }) => {
    const { api } = fakePagefind(index);
    const results = await searchMerged(api, query, "ky", { ...filters });
    expect(results.map((r) => r.id)).toEqual(ids);
  });

  it("sends every variant with the same filters", async () => {
    const { api, calls } = fakePagefind(index);
    await searchMerged(api, "жыйындын", "ky", { year: "2025" });
    expect(calls).toEqual([
      { term: "жыйындын", filters: { year: "2025" } },
      { term: "жыйын", filters: { year: "2025" } },
    ]);
  });

  it("a Russian query is sent once, as typed", async () => {
    const { api, calls } = fakePagefind({ "отчетов": [{ id: "r", content: "Отчет о работе", locations: [0] }] });
    const results = await searchMerged(api, "отчетов", "ru");
    expect(results.map((r) => r.id)).toEqual(["r"]);
    expect(calls.map((c) => c.term)).toEqual(["отчетов"]);
  });

  it("a missing response (Pagefind returns null while a newer search runs) counts as no results", async () => {
    const api: PagefindApi = { search: async () => null };
    expect(await searchMerged(api, "суу", "ky")).toEqual([]);
  });
});

describe("PAGEFIND_OPTIONS", () => {
  it("weighs nothing for display-only metadata and keeps the title searchable", () => {
    const weights: Record<string, number> = PAGEFIND_OPTIONS.ranking.metaWeights;
    expect(weights).toMatchObject({ date: 0, type: 0, attachment: 0, attachmentUrl: 0 });
    expect(weights.title).toBeUndefined();
  });
});

describe("Kyrgyz results found through folded spellings", () => {
  const content = "Таш-Көпүрөдөгү көпүрөнү оңдоо боюнча жыйын |~| таш-копуродогу копурону ондоо";
  const asWrittenCases = [
    {
      name: "an excerpt that reaches the folded words is rebuilt from the text as written",
      data: { content, locations: [7], excerpt: "жыйын |~| таш-копуродогу <mark>копурону</mark> ондоо" },
      out: "<mark>Таш-Көпүрөдөгү</mark> <mark>көпүрөнү</mark> оңдоо боюнча жыйын",
    },
    {
      name: "an excerpt of the text as written is kept",
      data: { content, locations: [4], excerpt: "боюнча <mark>жыйын</mark>" },
      out: "боюнча <mark>жыйын</mark>",
    },
    {
      name: "a Russian or unfolded record is left alone",
      data: { content: "Көлдүн жээги", locations: [0], excerpt: "<mark>Көлдүн</mark> жээги" },
      out: "<mark>Көлдүн</mark> жээги",
    },
  ] as const;
  it.each(asWrittenCases)("asWritten: $name", ({ data, out }) => {
    expect(asWritten({ url: "/x/", meta: {}, ...data, locations: [...data.locations] }, "копуро").excerpt).toBe(out);
  });

  const excerpts = [
    {
      name: "marks the words whose folded spelling matches, as written",
      content: "Таш-Көпүрөдөгү көпүрөнү оңдоо боюнча жыйын",
      query: "копуро",
      out: "<mark>Таш-Көпүрөдөгү</mark> <mark>көпүрөнү</mark> оңдоо боюнча жыйын",
    },
    { name: "a twin word is not marked for its folded spelling", content: "Көлдүн жээги. Колдоо", query: "кол", out: "Көлдүн жээги. <mark>Колдоо</mark>" },
    { name: "escapes the text", content: "<b> & Көпүрө", query: "копуро", out: "&lt;b&gt; &amp; <mark>Көпүрө</mark>" },
    { name: "nothing to mark", content: "Бюджет", query: "копуро", out: null },
  ] as const;
  it.each(excerpts)("foldedExcerpt $name", ({ content, query, out }) => {
    expect(foldedExcerpt(content, query)).toBe(out);
  });

  it("the excerpt starts a few words before the first match and holds about 30 words", () => {
    const words = Array.from({ length: 60 }, (_, i) => `сөз${i}`);
    words[40] = "көпүрөнү";
    const excerpt = foldedExcerpt(words.join(" "), "копуро")!;
    expect(excerpt.split(" ")).toHaveLength(30);
    expect(excerpt.startsWith("сөз30 ")).toBe(true);
    expect(excerpt).toContain("<mark>көпүрөнү</mark>");
  });
});
