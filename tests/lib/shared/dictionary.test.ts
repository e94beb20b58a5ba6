import { describe, expect, it } from "vitest";
import { phrase, phrases, searchText, searchTextFor, t, type PhraseKey } from "../../../scripts/lib/shared/dictionary.ts";
import { LANGS } from "../../../scripts/lib/shared/lang.ts";

const NBSP = "\u00A0";

describe("phrase: sentences whose slots each language places and forms itself", () => {
  const cases = [
    // A date saying when takes the Kyrgyz locative; a Russian sentence ending in "г." keeps one dot.
    { key: "noteScheduled", lang: "ky", values: { day: "2026-12-01" }, out: "2026-жылдын 1-декабрында жарыяланат." },
    { key: "noteScheduled", lang: "ru", values: { day: "2026-12-01" }, out: "Выйдет 1 декабря 2026 г." },
    // "As of" takes the Kyrgyz dative.
    { key: "planAsOf", lang: "ky", values: { day: "2026-11-25" }, out: "2026-жылдын 25-ноябрына карата абал." },
    { key: "planAsOf", lang: "ru", values: { day: "2026-11-25" }, out: "По состоянию на 25 ноября 2026 г." },
    // The share sits inside the Kyrgyz sentence, with the possessive after the genitive.
    { key: "kyrgyzCoverage", lang: "ky", values: { share: 87 }, out: `Жазуулардын 87${NBSP}%ынын кыргызча варианты бар.` },
    { key: "kyrgyzCoverage", lang: "ru", values: { share: 87 }, out: `У 87${NBSP}% записей есть кыргызская версия.` },
    { key: "periodQuarter", lang: "ky", values: { year: "2026", n: "4" }, out: "2026-жылдын 4-чейреги" },
    { key: "periodQuarter", lang: "ru", values: { year: "2026", n: "4" }, out: "4-й квартал 2026" },
    { key: "feedTitle", lang: "ru", values: { site: "Ак-Терек" }, out: "Ак-Терек: новое на сайте" },
    { key: "chartCaption", lang: "ky", values: { total: 1250 }, out: `Жооптордун бөлүштүрүлүшү, бардыгы: 1${NBSP}250` },
  ] as const;

  it.each(cases)("$key in $lang", ({ key, lang, values, out }) => {
    expect(phrase(key, lang, values)).toBe(out);
  });

  it("refuses a slot without a value, so no page shows a half-written sentence", () => {
    expect(() => phrase("noteScheduled", "ky", {})).toThrow(/needs a value for \{day\}/);
  });

  it("every phrase fills in both languages with the same slots, leaving no braces", () => {
    const slots = (text: string) => [...text.matchAll(/\{(\w+)(?::(\w+))?\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(phrases) as PhraseKey[]) {
      const pair = phrases[key];
      expect(slots(pair.ru), key).toEqual(slots(pair.ky));
      const values = Object.fromEntries(
        [...pair.ky.matchAll(/\{(\w+)(?::(\w+))?\}/g)].map(([, name, form]) => [name!, form === "day" || form === "loc" || form === "dat" ? "2026-11-25" : form === "month" ? "2026-10" : form === "pct" ? 12.5 : "x"]),
      );
      for (const lang of LANGS) expect(phrase(key, lang, values), `${key} ${lang}`).not.toMatch(/[{}]/);
    }
  });
});

describe("t: one word for one thing", () => {
  it("throws on a key the dictionary does not have", () => {
    expect(() => t("nonsense", "ky")).toThrow(/no key "nonsense"/);
  });
});


describe("searchText", () => {
  const keys = Object.keys(searchText) as (keyof typeof searchText)[];
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(keys)("%s is written in both languages with the same placeholders", (key) => {
    const { ky, ru } = searchText[key];
    expect(ky.trim()).not.toBe("");
    expect(ru.trim()).not.toBe("");
    expect(placeholders(ky)).toEqual(placeholders(ru));
  });

  it("searchTextFor picks one language for the page's script", () => {
    expect(searchTextFor("ky").submit).toBe(searchText.submit.ky);
    expect(searchTextFor("ru").nothing).toContain("{q}");
    expect(Object.keys(searchTextFor("ru"))).toEqual(keys);
  });
});
