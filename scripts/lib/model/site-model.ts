/**
 * Stage 2 of the flow: turns validated entries into what pages show (entry pages, lists, home
 * pages). Only live entries reach the site; templates only display this model. The plan pages
 * and open data are stage 3, beside it (`progress/progress-model.ts`).
 */
import { typeNames } from "../shared/dictionary.ts";
import { LANGS, otherLang, type Lang } from "../shared/lang.ts";
import { memoByObject } from "../shared/memo.ts";
import { pageLanguages, type PageLanguages } from "../shared/urls.ts";
import type { LoadedContent } from "../validate/load.ts";
import { contentTypes, type ContentType } from "../validate/schema.ts";
import { entryView, type EntryView } from "./entry-view.ts";
import { listPages, type ListPage } from "./lists.ts";

/** The pages every language has once: home, about, search, "not found". */
export interface LangPage {
  lang: Lang;
  pages: Record<"home" | "about" | "search" | "notFound", PageLanguages>;
  latestReport: EntryView | null;
  upcomingEvents: EntryView[];
  latestNews: EntryView[];
  sections: { type: ContentType; url: string; title: string; count: number }[];
  kyrgyzCoverage: number;
}

export interface SiteModel {
  today: string;
  langs: readonly Lang[];
  entries: EntryView[];
  lists: ListPage[];
  langPages: LangPage[];
}

const byNewest = (a: EntryView, b: EntryView) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url);

/**
 * The site model of loaded content. Pages, feeds and the search index all ask for it: it is
 * built once per content load (and folder name) and shared, so treat it as read-only.
 * @example buildSiteModel(content).entries[0]?.url // "/ky/reports/2026-10/"
 */
export function buildSiteModel(content: LoadedContent, contentDirName = "content"): SiteModel {
  return siteModelOf(content, contentDirName);
}

const siteModelOf = memoByObject(computeSiteModel);

function computeSiteModel(content: LoadedContent, contentDirName: string): SiteModel {
  const live = content.entries.filter((e) => e.state === "live");
  const liveKeys = new Set(live.map((e) => `${e.lang}/${e.key}`));
  const bytesOf = (file: string) => content.attachments.get(file)?.bytes ?? 0;
  const entries = live.map((entry) =>
    entryView(entry, { plan: content.plan, site: content.site, contentDirName, hasTranslation: liveKeys.has(`${otherLang(entry.lang)}/${entry.key}`) }, bytesOf),
  );
  entries.sort(byNewest);
  return { today: content.today, langs: LANGS, entries, lists: listPages(entries), langPages: LANGS.map((lang) => langPage(lang, entries, content.today)) };
}

function langPage(lang: Lang, entries: readonly EntryView[], today: string): LangPage {
  const other = otherLang(lang);
  const mine = entries.filter((e) => e.lang === lang);
  const same = (path: string) => pageLanguages(lang, `/${lang}/${path}`, `/${other}/${path}`);
  const keys = new Set(entries.map((e) => e.key));
  const kyKeys = new Set(entries.filter((e) => e.lang === "ky").map((e) => e.key));
  return {
    lang,
    pages: { home: same(""), about: same("about/"), search: same("search/"), notFound: same("404.html") },
    latestReport: mine.find((e) => e.type === "reports") ?? null,
    upcomingEvents: mine.filter((e) => e.type === "events" && e.date >= today).sort((a, b) => a.date.localeCompare(b.date)),
    latestNews: mine.filter((e) => e.type === "posts").slice(0, 5),
    sections: contentTypes.map((type) => ({
      type,
      url: `/${lang}/${type}/`,
      title: typeNames[type][lang],
      count: mine.filter((e) => e.type === type).length,
    })),
    kyrgyzCoverage: keys.size === 0 ? 100 : Math.round((kyKeys.size / keys.size) * 100),
  };
}
