/**
 * Stage 2 of the flow: turns validated entries into what pages show (lists, home, translations,
 * measures served). Only live entries reach the site; templates only display this model.
 */
import { formatDay } from "../shared/dates.ts";
import { type Entry } from "../validate/entry.ts";
import type { LoadedContent } from "../validate/load.ts";
import { renderMarkdown } from "../shared/markdown.ts";
import type { Measure, Plan } from "../validate/plan.ts";
import { contentTypes, type ContentType } from "../validate/schema.ts";
import { typeNames } from "../shared/dictionary.ts";
import { editEntryUrl } from "../authoring/entry-template.ts";
import { nextDeadlines } from "../progress/deadlines.ts";
import { buildPlanPage, type PlanPageView } from "../progress/plan-view.ts";
import { computeProgress, progressCsv, progressJson, type Progress } from "../progress/progress.ts";
import { describeFile, mimeOfFileName } from "../shared/format.ts";
import { entryShare, isPrintable, type EntryShare } from "./share.ts";
import { surveyChartHtml } from "./survey-chart.ts";
import { absoluteUrl, eventCalendarUrl, fileUrl } from "../shared/urls.ts";
import { LANGS, otherLang, type Lang } from "../shared/lang.ts";

export interface AttachmentView {
  file: string;
  title: string;
  url: string;
  isImage: boolean;
  isPdf: boolean;
  bytes: number;
  ext: string;
  /** Type and size as residents read them: "PDF, 1,2 МБ". */
  sizeText: string;
}

export interface EntryView {
  lang: Lang;
  type: ContentType;
  key: string;
  url: string;
  inputPath: string;
  title: string;
  summary?: string;
  date: string;
  dateText: string;
  year: string;
  html: string;
  data: Entry["data"];
  translationUrl: string | null;
  measures: { id: string; title: string }[];
  attachments: AttachmentView[];
  /** The page's address from `site.yaml`'s base URL (link previews, QR code, share links). */
  absoluteUrl: string;
  /** Ready WhatsApp message and share links: reports, events, mailings; else null. */
  share: EntryShare | null;
  /** Has a notice-board print version with a QR code: reports, events, materials, surveys. */
  printable: boolean;
  /** A survey's `results` drawn as accessible bar charts (HTML), else null. */
  resultsHtml: string | null;
  /** An event's own `.ics` file, else null. */
  calendarUrl: string | null;
  /** Staff links: this file in GitHub's editor, and its change history. */
  editUrl: string | null;
  historyUrl: string | null;
  entry: Entry;
}

export interface ListPage {
  lang: Lang;
  type: ContentType;
  url: string;
  title: string;
  translationUrl: string;
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

export interface LangPage {
  lang: Lang;
  other: Lang;
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
  progress: Progress | null;
  planPages: PlanPageView[];
  /** `_site/data/progress.json` and `.csv`, the open-data form of the progress page. */
  progressJson: string;
  progressCsv: string;
}

/** How far ahead the progress page lists deadlines. */
const DEADLINE_DAYS = 31;

const byNewest = (a: EntryView, b: EntryView) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url);

/** Which plan measures an entry counts for, from the plan's own `counts` rules. */
export function measuresServed(entry: Entry, plan: Plan | undefined): Measure[] {
  if (!plan) return [];
  return plan.measures.filter(
    (m) => m.counts.type === entry.type && (m.counts.kind === undefined || (entry.data as { kind?: string }).kind === m.counts.kind),
  );
}

/** Models already built, per loaded content and content folder name: several stages ask for one. */
const modelCache = new WeakMap<LoadedContent, Map<string, SiteModel>>();
/** Rendered bodies, per entry: the same entry renders once whoever asks. */
const htmlCache = new WeakMap<Entry, string>();

/** Share texts, per entry (the WhatsApp text renders the body again): kept while URL and name hold. */
const shareCache = new WeakMap<Entry, { pageUrl: string; name: string; share: EntryShare | null }>();

function shareOf(entry: Entry, pageUrl: string, name: string): EntryShare | null {
  const hit = shareCache.get(entry);
  if (hit && hit.pageUrl === pageUrl && hit.name === name) return hit.share;
  const share = entryShare(entry, pageUrl, name);
  shareCache.set(entry, { pageUrl, name, share });
  return share;
}

function htmlOf(entry: Entry): string {
  let html = htmlCache.get(entry);
  if (html === undefined) htmlCache.set(entry, (html = renderMarkdown(entry.body)));
  return html;
}

/**
 * The site model of loaded content. Pages, feeds and the search index all ask for it: it is
 * built once per content load (and folder name) and shared, so treat it as read-only.
 * @example buildSiteModel(content).entries[0]?.url // "/ky/reports/2026-10/"
 */
export function buildSiteModel(content: LoadedContent, contentDirName = "content"): SiteModel {
  let byDir = modelCache.get(content);
  if (!byDir) modelCache.set(content, (byDir = new Map()));
  let model = byDir.get(contentDirName);
  if (!model) byDir.set(contentDirName, (model = computeSiteModel(content, contentDirName)));
  return model;
}

function computeSiteModel(content: LoadedContent, contentDirName: string): SiteModel {
  const live = content.entries.filter((e) => e.state === "live");
  const liveKeys = new Map<string, Set<Lang>>();
  for (const e of live) {
    const langs = liveKeys.get(e.key) ?? new Set<Lang>();
    langs.add(e.lang);
    liveKeys.set(e.key, langs);
  }

  const repository = content.site?.repository;
  const baseUrl = content.site?.base_url ?? "http://localhost/";
  const entries = live.map((entry): EntryView => {
    const other = otherLang(entry.lang);
    const { data } = entry;
    const pageUrl = absoluteUrl(entry.url, baseUrl);
    const results = "results" in data ? data.results : undefined;
    return {
      lang: entry.lang,
      type: entry.type,
      key: entry.key,
      url: entry.url,
      inputPath: entry.inputPath,
      title: data.title,
      summary: data.summary,
      date: entry.date,
      dateText: formatDay(entry.date, entry.lang),
      year: entry.date.slice(0, 4),
      html: htmlOf(entry),
      data,
      translationUrl: liveKeys.get(entry.key)?.has(other) ? `/${other}/${entry.key}/` : null,
      measures: measuresServed(entry, content.plan).map((m) => ({ id: m.id, title: m.title[entry.lang] })),
      attachments: (data.attachments ?? []).map((a) => attachmentView(a, content, entry.lang)),
      absoluteUrl: pageUrl,
      share: shareOf(entry, pageUrl, content.site?.name[entry.lang] ?? ""),
      printable: isPrintable(entry),
      resultsHtml: results?.length ? surveyChartHtml(results, entry.lang) : null,
      calendarUrl: entry.type === "events" ? eventCalendarUrl(entry.url) : null,
      editUrl: repository ? editEntryUrl(repository, entry.inputPath, contentDirName) : null,
      historyUrl: repository
        ? `https://github.com/${repository.owner}/${repository.name}/commits/${repository.branch}/${contentDirName}/${entry.inputPath}`
        : null,
      entry,
    };
  });
  entries.sort(byNewest);

  const lists: ListPage[] = [];
  const langPages: LangPage[] = [];
  for (const lang of LANGS) {
    const other = otherLang(lang);
    const mine = entries.filter((e) => e.lang === lang);
    for (const type of contentTypes) {
      const ofType = mine.filter((e) => e.type === type);
      const byYear = new Map<string, EntryView[]>();
      for (const e of ofType) {
        const list = byYear.get(e.year);
        if (list) list.push(e);
        else byYear.set(e.year, [e]);
      }
      const { shown, archived } = splitYears([...byYear].map(([year, list]) => ({ year, entries: list })));
      const archiveUrl = (year: string) => `/${lang}/${type}/archive/${year}/`;
      const title = typeNames[type][lang];
      lists.push({
        lang,
        type,
        url: `/${lang}/${type}/`,
        title,
        translationUrl: `/${other}/${type}/`,
        count: ofType.length,
        years: shown,
        archive: archived.map((y) => ({ year: y.year, url: archiveUrl(y.year), count: y.entries.length })),
      });
      for (const y of archived) {
        lists.push({
          lang,
          type,
          url: archiveUrl(y.year),
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
    const upcomingEvents = mine
      .filter((e) => e.type === "events" && e.date >= content.today)
      .sort((a, b) => a.date.localeCompare(b.date));
    const keys = new Set(entries.map((e) => e.key));
    const kyKeys = new Set(entries.filter((e) => e.lang === "ky").map((e) => e.key));
    langPages.push({
      lang,
      other,
      latestReport: mine.find((e) => e.type === "reports") ?? null,
      upcomingEvents,
      latestNews: mine.filter((e) => e.type === "posts").slice(0, 5),
      sections: contentTypes.map((type) => ({
        type,
        url: `/${lang}/${type}/`,
        title: typeNames[type][lang],
        count: mine.filter((e) => e.type === type).length,
      })),
      kyrgyzCoverage: keys.size === 0 ? 100 : Math.round((kyKeys.size / keys.size) * 100),
    });
  }
  const listUrls = new Set(lists.map((l) => l.url));
  for (const list of lists) {
    if (!list.archiveYear) continue;
    const twin = `/${otherLang(list.lang)}/${list.type}/archive/${list.archiveYear}/`;
    if (listUrls.has(twin)) list.translationUrl = twin;
  }

  const { plan, site } = content;
  const progress = plan && site ? computeProgress(plan, content.entries, { today: content.today, population: site.population }) : null;
  const deadlines = progress ? nextDeadlines(progress, { today: content.today, withinDays: DEADLINE_DAYS }) : [];
  const planPages = progress && plan && site ? LANGS.map((lang) => buildPlanPage(progress, deadlines, plan, site, lang, contentDirName)) : [];
  return {
    today: content.today,
    langs: LANGS,
    entries,
    lists,
    langPages,
    progress,
    planPages,
    progressJson: progress ? `${JSON.stringify(progressJson(progress), null, 2)}\n` : "{}\n",
    progressCsv: progress ? progressCsv(progress) : "",
  };
}

function attachmentView(a: { file: string; title: string }, content: LoadedContent, lang: Lang): AttachmentView {
  const file = a.file.replace(/^\/+/, "");
  const ext = file.split(".").pop()?.toLowerCase() ?? "";
  const isImage = ["jpg", "jpeg", "png", "webp", "gif"].includes(ext);
  const bytes = content.attachments.get(file)?.bytes ?? 0;
  const sizeText = describeFile(bytes, mimeOfFileName(file), lang);
  return { file, title: a.title, url: fileUrl(file), isImage, isPdf: ext === "pdf", bytes, ext, sizeText };
}

