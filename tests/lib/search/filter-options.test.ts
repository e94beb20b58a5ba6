import { describe, expect, it } from "vitest";
import { filterOptions, OPTION_LABEL_MAX, optionLabel } from "../../../scripts/lib/search/filter-options.ts";
import type { SearchRecord } from "../../../scripts/lib/search/search-records.ts";

let n = 0;
function record(language: "ky" | "ru", type: string, year: string, measure: string[] = [], url = `/${language}/entry-${++n}/`): SearchRecord {
  return { url, content: "…", language, meta: {}, filters: { type: [type], year: [year], measure } };
}

describe("optionLabel", () => {
  const cases = [
    { value: "2026", count: 14, max: OPTION_LABEL_MAX, out: "2026 (14)" },
    { value: "Жыйындар", count: 1, max: 8, out: "Жыйындар (1)" },
    { value: "1.5. Ай сайын отчет", count: 3, max: 10, out: "1.5. Ай с… (3)" },
    { value: "x".repeat(80), count: 2, max: OPTION_LABEL_MAX, out: `${"x".repeat(69)}… (2)` },
  ] as const;
  it.each(cases)("$value with $count, at most $max characters: $out", ({ value, count, max, out }) => {
    expect(optionLabel(value, count, max)).toBe(out);
  });
});

describe("filterOptions", () => {
  const records = [
    record("ru", "Отчёты", "2025", ["1.5. Отчёт"]),
    record("ru", "Отчёты", "2026", ["1.5. Отчёт"]),
    record("ru", "Отчёты", "2026", ["1.5. Отчёт"]),
    record("ru", "Акты", "2026", ["2.3. Акты", "1.10. Десятое"]),
    record("ru", "Новости", "2024", ["1.9. Девятое"]),
    record("ky", "Отчеттор", "2027", ["1.5. Отчет"]),
  ];

  it("counts an entry and the text of its PDF (records of one URL) as one page, as Pagefind does", () => {
    const meeting = record("ru", "Протоколы", "2025", [], "/ru/meetings/a/");
    const itsPdf = record("ru", "Протоколы", "2025", [], "/ru/meetings/a/");
    const other = record("ru", "Протоколы", "2025", [], "/ru/meetings/b/");
    expect(filterOptions([meeting, itsPdf, other], "ru").type).toEqual([{ value: "Протоколы", label: "Протоколы (2)", count: 2 }]);
  });

  it("counts the pages of the language only, per value", () => {
    const ru = filterOptions(records, "ru");
    expect(ru.type.map((o) => [o.value, o.count])).toEqual([["Акты", 1], ["Новости", 1], ["Отчёты", 3]]);
    expect(filterOptions(records, "ky").type.map((o) => [o.value, o.count])).toEqual([["Отчеттор", 1]]);
  });

  it("lists years newest first", () => {
    expect(filterOptions(records, "ru").year.map((o) => o.value)).toEqual(["2026", "2025", "2024"]);
  });

  it("sorts measure numbers by value, so 1.10 follows 1.9", () => {
    expect(filterOptions(records, "ru").measure.map((o) => o.value)).toEqual(["1.5. Отчёт", "1.9. Девятое", "1.10. Десятое", "2.3. Акты"]);
  });

  it("labels each option with its count", () => {
    expect(filterOptions(records, "ru").year[0]).toEqual({ value: "2026", label: "2026 (3)", count: 3 });
  });

  it("a language without records has empty lists", () => {
    expect(filterOptions([records[0]!], "ky")).toEqual({ type: [], year: [], measure: [] });
  });
});
