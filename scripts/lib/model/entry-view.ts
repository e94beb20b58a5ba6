/**
 * One live entry as its page shows it: texts, facts, lists, attachments, share block, staff
 * links and provenance, computed here so that `entry.njk` only displays.
 */
import { formatDay } from "../shared/dates.ts";
import { fieldNames, phrase, t } from "../shared/dictionary.ts";
import { describeFile, mimeOfFileName } from "../shared/format.ts";
import { editFileUrl, fileHistoryUrl, type Repository } from "../shared/github.ts";
import { otherLang, type Lang } from "../shared/lang.ts";
import { renderMarkdown } from "../shared/markdown.ts";
import { absoluteUrl, eventCalendarUrl, fileUrl, pageLanguages, type PageLanguages } from "../shared/urls.ts";
import type { Entry } from "../validate/entry.ts";
import type { Measure, Plan } from "../validate/plan.ts";
import type { ContentType } from "../validate/schema.ts";
import { attachmentPath } from "../validate/file-references.ts";
import { entryFacts, type Fact } from "./facts.ts";
import { entryShare, isPrintable, type EntryShare } from "./share.ts";
import { surveyChartHtml } from "./survey-chart.ts";

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
  /** Language switch, hreflang links, and the "no translation" notice. */
  languages: PageLanguages;
  /** The structured fields, labelled, in reading order. */
  facts: Fact[];
  /** Numbered lists of the entry (a meeting's agenda and decisions), with their headings. */
  lists: { key: string; title: string; items: string[] }[];
  /** An event that will not take place as announced: the notice under its title. */
  statusNotice: { status: "postponed" | "cancelled"; text: string } | null;
  /** A questionnaire's online form. */
  formUrl: string | null;
  measures: { id: string; title: string; url: string }[];
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
  /** When the file reached the site and last changed, as one sentence (or that it is unknown). */
  provenance: string;
  /** Staff links: this file in GitHub's editor, and its change history. */
  editUrl: string | null;
  historyUrl: string | null;
  entry: Entry;
}

/** What an entry's page needs to know of the rest of the site. */
export interface EntryContext {
  plan: Plan | undefined;
  site: { name: Record<Lang, string>; base_url: string; repository: Repository } | undefined;
  /** The content folder as the repository names it (`content`), for GitHub links. */
  contentDirName: string;
  /** Whether the same entry is live in the other language. */
  hasTranslation: boolean;
}

/** Which plan measures an entry counts for, from the plan's own `counts` rules. */
export function measuresServed(entry: Entry, plan: Plan | undefined): Measure[] {
  if (!plan) return [];
  return plan.measures.filter(
    (m) => m.counts.type === entry.type && (m.counts.kind === undefined || (entry.data as { kind?: string }).kind === m.counts.kind),
  );
}

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
  // Validation rendered it already, with the rest of the file's own work (and may have kept it in the cache).
  if (entry.html !== undefined) return entry.html;
  let html = htmlCache.get(entry);
  if (html === undefined) htmlCache.set(entry, (html = renderMarkdown(entry.body)));
  return html;
}

/** Lists an entry may carry, in the order its page shows them. */
const LIST_KEYS = ["agenda", "decisions"] as const;

/**
 * @example entryView(entry, { plan, site, contentDirName: "content", hasTranslation: true }, sizes).languages.translationUrl // "/ru/reports/2026-10/"
 */
export function entryView(entry: Entry, context: EntryContext, attachmentBytes: (file: string) => number): EntryView {
  const { lang, data } = entry;
  const { site } = context;
  const pageUrl = absoluteUrl(entry.url, site?.base_url ?? "http://localhost/");
  const other = otherLang(lang);
  const languages = pageLanguages(lang, entry.url, context.hasTranslation ? `/${other}/${entry.key}/` : null, {
    fallbackUrl: `/${other}/${entry.type}/`,
    noticeWhenMissing: true,
  });
  const record = data as Readonly<Record<string, unknown>>;
  const results = "results" in data ? data.results : undefined;
  const status = entry.type === "events" ? record.status : undefined;
  const formUrl = entry.type === "surveys" && typeof record.form_url === "string" ? record.form_url : null;
  const filePath = `${context.contentDirName}/${entry.inputPath}`;
  return {
    lang,
    type: entry.type,
    key: entry.key,
    url: entry.url,
    inputPath: entry.inputPath,
    title: data.title,
    summary: data.summary,
    date: entry.date,
    dateText: formatDay(entry.date, lang),
    year: entry.date.slice(0, 4),
    html: htmlOf(entry),
    data,
    languages,
    facts: entryFacts(entry.type, record, lang),
    lists: LIST_KEYS.flatMap((key) => {
      const items = record[key];
      return Array.isArray(items) && items.length ? [{ key, title: fieldNames[key]![lang], items: items.map(String) }] : [];
    }),
    statusNotice: status === "postponed" || status === "cancelled" ? { status, text: t(`eventNotice_${status}`, lang) } : null,
    formUrl,
    measures: measuresServed(entry, context.plan).map((m) => ({ id: m.id, title: m.title[lang], url: `/${lang}/plan/#measure-${m.id}` })),
    attachments: (data.attachments ?? []).map((a) => attachmentView(a, attachmentBytes, lang)),
    absoluteUrl: pageUrl,
    share: shareOf(entry, pageUrl, site?.name[lang] ?? ""),
    printable: isPrintable(entry),
    resultsHtml: results?.length ? surveyChartHtml(results, lang) : null,
    calendarUrl: entry.type === "events" ? eventCalendarUrl(entry.url) : null,
    provenance: provenanceText(entry.history, lang),
    editUrl: site ? editFileUrl(site.repository, filePath) : null,
    historyUrl: site ? fileHistoryUrl(site.repository, filePath) : null,
    entry,
  };
}

/**
 * @example provenanceText({ first: "2026-11-20", last: "2026-11-22", imported: false, sha: "…" }, "ru")
 * // "Впервые опубликовано на сайте: 20 ноября 2026. Последнее изменение: 22 ноября 2026."
 */
export function provenanceText(history: Entry["history"], lang: Lang): string {
  if (!history) return t("historyUnknown", lang);
  const first = formatDay(history.first, lang);
  const last = formatDay(history.last, lang);
  if (history.imported) {
    return `${phrase("historyImported", lang, { day: history.first })}${history.last !== history.first ? ` ${t("historyLast", lang)}: ${last}.` : ""}`;
  }
  return `${t("historyFirst", lang)}: ${first}. ${t("historyLast", lang)}: ${last}.`;
}

function attachmentView(a: { file: string; title: string }, bytesOf: (file: string) => number, lang: Lang): AttachmentView {
  const file = attachmentPath(a.file);
  const ext = file.split(".").pop()?.toLowerCase() ?? "";
  const isImage = ["jpg", "jpeg", "png", "webp", "gif"].includes(ext);
  const bytes = bytesOf(file);
  return { file, title: a.title, url: fileUrl(file), isImage, isPdf: ext === "pdf", bytes, ext, sizeText: describeFile(bytes, mimeOfFileName(file), lang) };
}
