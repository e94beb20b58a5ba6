/**
 * Section pages: the entries of one type in one language, newest year first, older years on
 * archive pages of their own so that a city's ten years of posts stay light on a phone.
 */
import { typeNames } from "../shared/dictionary.ts";
import { LANGS, otherLang, type Lang } from "../shared/lang.ts";
import { pageLanguages, type PageLanguages } from "../shared/urls.ts";
import { contentTypes, type ContentType } from "../validate/schema.ts";
import type { EntryView } from "./entry-view.ts";

export interface ListPage {
  lang: Lang;
  type: ContentType;
  url: string;
  title: string;
  languages: PageLanguages;
  count: number;
  years: { year: string; entries: EntryView[] }[];
  /** Older years on pages of their own, so a section of a city's ten years stays light on a phone. */
  archive: { year: string; url: string; count: number }[];
  /** Set on an archive page: the year it holds. */
  archiveYear?: string;
}

/** Entries a list page shows before older years move to archive pages (whole years only). */
export const LIST_PAGE_ENTRIES = 60;

/**
 * Newest years stay on the list page until it holds `max` entries (always at least one year);
 * the rest go to one archive page per year.
 * @example splitYears([{ year: "2026", entries: a40 }, { year: "2025", entries: b40 }], 60) // { shown: [2026, 2025], archived: [] }
 */
export function splitYears<Y extends { year: string; entries: readonly unknown[] }>(years: readonly Y[], max = LIST_PAGE_ENTRIES) {
  let shownCount = 0;
  let cut = years.length;
  for (let i = 0; i < years.length; i++) {
    if (i > 0 && shownCount + years[i]!.entries.length > max) {
      cut = i;
      break;
    }
    shownCount += years[i]!.entries.length;
  }
  return { shown: years.slice(0, cut), archived: years.slice(cut) };
}

const archiveUrl = (lang: Lang, type: ContentType, year: string) => `/${lang}/${type}/archive/${year}/`;

/**
 * Every list and archive page of both languages, from entries sorted newest first.
 * @example listPages(entries).find((l) => l.url === "/ru/reports/")?.count // 21
 */
export function listPages(entries: readonly EntryView[]): ListPage[] {
  // Each page with the other language's page it would have, until the archive pages are known.
  const lists: (Omit<ListPage, "languages"> & { translationUrl: string })[] = [];
  for (const lang of LANGS) {
    const other = otherLang(lang);
    for (const type of contentTypes) {
      const ofType = entries.filter((e) => e.lang === lang && e.type === type);
      const byYear = new Map<string, EntryView[]>();
      for (const e of ofType) {
        const list = byYear.get(e.year);
        if (list) list.push(e);
        else byYear.set(e.year, [e]);
      }
      const { shown, archived } = splitYears([...byYear].map(([year, list]) => ({ year, entries: list })));
      const title = typeNames[type][lang];
      lists.push({
        lang,
        type,
        url: `/${lang}/${type}/`,
        title,
        translationUrl: `/${other}/${type}/`,
        count: ofType.length,
        years: shown,
        archive: archived.map((y) => ({ year: y.year, url: archiveUrl(lang, type, y.year), count: y.entries.length })),
      });
      for (const y of archived) {
        lists.push({
          lang,
          type,
          url: archiveUrl(lang, type, y.year),
          title: `${title}: ${y.year}`,
          // The same year in the other language: its archive page when it has one (set below),
          // else that year's heading on its list page.
          translationUrl: `/${other}/${type}/#y-${y.year}`,
          count: y.entries.length,
          years: [y],
          archive: [],
          archiveYear: y.year,
        });
      }
    }
  }
  const listUrls = new Set(lists.map((l) => l.url));
  return lists.map(({ translationUrl: provisional, ...list }) => {
    const twin = list.archiveYear ? archiveUrl(otherLang(list.lang), list.type, list.archiveYear) : null;
    return { ...list, languages: pageLanguages(list.lang, list.url, twin && listUrls.has(twin) ? twin : provisional) };
  });
}
