/**
 * The search page's filter lists (section, year, plan measure), computed at build time from
 * the same records Pagefind indexes, so the lists are in the HTML: the page does not move when
 * they arrive, and Pagefind need not load before a resident types. Each option counts the
 * pages (distinct URLs: an entry and the text of its PDFs are one page) carrying its value in
 * that language, as Pagefind's own `filters()` does.
 */
import type { Lang } from "../shared/lang.ts";
import { SEARCH_FILTERS, type SearchFilter, type SearchRecord } from "./search-records.ts";

/** Longest option label before it is shortened (a measure's title can run to 200 characters). */
export const OPTION_LABEL_MAX = 70;

export interface FilterOption {
  /** The filter value, as in the index and in the page's `?type=` / `?year=` / `?measure=`. */
  value: string;
  /** What the list shows: the value, shortened, and its count. */
  label: string;
  count: number;
}

/**
 * A value shortened to `max` characters with an ellipsis, then its count in brackets.
 *
 * @example
 * optionLabel("2026", 14) // "2026 (14)"
 * optionLabel("x".repeat(80), 2, 10) // "xxxxxxxxx… (2)"
 */
export function optionLabel(value: string, count: number, max = OPTION_LABEL_MAX): string {
  const short = value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value;
  return `${short} (${count})`;
}

/**
 * Each filter's options in one language: sections and measures in the language's
 * alphabetical order (numbers by value, so "1.10" follows "1.9"), years newest first. `names`
 * are the filters to list (a national site's records also carry oblast, district and member).
 *
 * @example
 * filterOptions(records, "ru").year // [{ value: "2026", label: "2026 (40)", count: 40 }, { value: "2025", … }]
 */
export function filterOptions<F extends string = SearchFilter>(
  records: readonly (Pick<SearchRecord, "language" | "url"> & { filters: Partial<Record<string, readonly string[]>> })[],
  lang: Lang,
  names: readonly F[] = SEARCH_FILTERS as unknown as readonly F[],
): Record<F, FilterOption[]> {
  const collator = new Intl.Collator(lang, { numeric: true });
  const pages = Object.fromEntries(names.map((f) => [f, new Map<string, Set<string>>()])) as Record<F, Map<string, Set<string>>>;
  for (const record of records) {
    if (record.language !== lang) continue;
    for (const filter of names) {
      for (const value of record.filters[filter] ?? []) {
        const urls = pages[filter].get(value) ?? new Set<string>();
        pages[filter].set(value, urls.add(record.url));
      }
    }
  }
  return Object.fromEntries(
    names.map((filter) => {
      const values = [...pages[filter].keys()].sort((a, b) => collator.compare(a, b));
      if (filter === "year") values.reverse();
      return [filter, values.map((value) => {
        const count = pages[filter].get(value)!.size;
        return { value, count, label: optionLabel(value, count) };
      })];
    }),
  ) as Record<F, FilterOption[]>;
}
