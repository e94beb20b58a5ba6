/**
 * Stage 5 of the flow, the pure part: what goes into the Pagefind index. One record per live
 * entry (in its own language) and one per PDF attachment with a text layer, leading to the
 * entry's page. Records are built from the site model the build already has, so indexing does
 * not read the generated HTML back. Also holds the words of the search page, in ky and ru.
 *
 * A Kyrgyz record's text is followed, after {@link FOLD_MARK}, by the о/у/н spelling of its
 * words with ө/ү/ң (search/kyrgyz-fold.ts), so "копуро" finds "көпүрө" and ranks it by how
 * often it occurs; the page shows excerpts of the text before the mark only (search-query.ts).
 * Its `titleFold` metadata does the same for the title, which Pagefind ranks higher.
 */
import { searchText, typeNames } from "../shared/dictionary.ts";
import { FOLD_MARK, foldedWords } from "./kyrgyz-fold.ts";
import { entryFacts } from "../model/facts.ts";
import type { AttachmentView, EntryView } from "../model/entry-view.ts";
import type { Bilingual, Lang } from "../shared/lang.ts";

/** The shape Pagefind's `addCustomRecord` takes (pagefind's `CustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  language: Lang;
  meta: Record<string, string>;
  filters: Record<SearchFilter, string[]>;
}

/** Filter names in the index; their values are what residents see in the filter lists. */
export const SEARCH_FILTERS = ["type", "year", "measure"] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The filter lists' labels on the search page (a national site's lists add their own). */
export const SEARCH_FILTER_LABELS: Record<SearchFilter, Bilingual> = {
  type: searchText.filterType,
  year: searchText.filterYear,
  measure: searchText.filterMeasure,
};

/** The part of an entry the index needs (a subset of the site model's EntryView). */
export type SearchableEntry = Pick<EntryView, "lang" | "type" | "url" | "title" | "summary" | "dateText" | "year" | "html"> & {
  measures: readonly Pick<EntryView["measures"][number], "id" | "title">[];
  data: Readonly<Record<string, unknown>>;
  attachments: readonly Pick<AttachmentView, "file" | "title" | "url" | "isPdf">[];
};

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

const BLOCK_TAGS = /<\/?(?:p|div|h[1-6]|li|ul|ol|tr|td|th|table|thead|tbody|blockquote|pre|br|hr|dd|dt|dl|figure|figcaption|section)\b[^>]*>/gi;

/**
 * Plain text of rendered Markdown: tags dropped (block tags become line breaks, so words of
 * two paragraphs or table cells never run together), entities decoded, spaces collapsed.
 *
 * @example
 * htmlToText("<h2>Суу</h2><p>Таза&nbsp;суу &amp; <em>түтүк</em></p>") // "Суу\nТаза суу & түтүк"
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(BLOCK_TAGS, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n[\s]*/g, "\n")
    .trim();
}

/**
 * A plan measure as a filter value: its number and title, e.g. "1.5. Ай сайын…".
 * @example measureFilterValue({ id: "2.1", title: "Элдик жыйындар" }) // "2.1. Элдик жыйындар"
 */
export function measureFilterValue(measure: { id: string; title: string }): string {
  return `${measure.id}. ${measure.title}`;
}

/**
 * The filters of an entry: its section's name, its year and the plan measures it counts for,
 * all in the entry's language (each language has its own index).
 *
 * @example
 * searchFilters({ lang: "ru", type: "reports", year: "2026", measures: [{ id: "1.5", title: "Отчёт" }] })
 * // { type: ["Ежемесячные отчёты"], year: ["2026"], measure: ["1.5. Отчёт"] }
 */
export function searchFilters(entry: Pick<SearchableEntry, "lang" | "type" | "year" | "measures">): Record<SearchFilter, string[]> {
  return {
    type: [typeNames[entry.type][entry.lang]],
    year: [entry.year],
    measure: entry.measures.map(measureFilterValue),
  };
}

function baseMeta(entry: SearchableEntry): Record<string, string> {
  return { title: entry.title, date: entry.dateText, type: typeNames[entry.type].one[entry.lang] };
}

/** Options of {@link entryRecord}, {@link attachmentRecord} and {@link searchRecords}. */
export interface RecordOptions {
  /**
   * Add the folded words to Kyrgyz records (default true). False gives the records as Pagefind
   * would index the text alone: the "before" of the measurement in tests/e2e/search.test.ts.
   */
  fold?: boolean;
}

/** A Kyrgyz record with its folded words, when folding changes any. */
function withFold(record: SearchRecord, { fold = true }: RecordOptions): SearchRecord {
  if (!fold || record.language !== "ky") return record;
  const words = foldedWords(record.content);
  if (words === "") return record;
  const titleFold = foldedWords(record.meta.title ?? "");
  return {
    ...record,
    content: `${record.content}\n${FOLD_MARK}\n${words}`,
    meta: titleFold === "" ? record.meta : { ...record.meta, titleFold },
  };
}

/**
 * The record of an entry's page: what its `<main>` says — title, summary, facts, agenda and
 * decisions, body, attachment titles — as plain text. Left out on purpose, because they
 * repeat on every entry and would make all of them match: the type badge and the date
 * ("2025-жылдын 20-февралы" puts "жылдын" on every Kyrgyz page) — they are the `type` and
 * `year` filters and the `date` meta instead — and the plan measure's long title (the
 * `measure` filter).
 *
 * @example
 * entryRecord(reportView).content.startsWith(reportView.title) // true
 */
export function entryRecord(entry: SearchableEntry, options: RecordOptions = {}): SearchRecord {
  const { lang, data } = entry;
  const lists = ["agenda", "decisions"].flatMap((key) => {
    const value = data[key];
    return Array.isArray(value) ? value.map(String) : [];
  });
  const parts = [
    entry.title,
    entry.summary ?? "",
    ...entryFacts(entry.type, data, lang).map((f) => `${f.label}: ${f.value}`),
    ...lists,
    htmlToText(entry.html),
    ...entry.attachments.map((a) => a.title),
  ];
  const record: SearchRecord = {
    url: entry.url,
    content: parts.filter((p) => p.trim() !== "").join("\n"),
    language: lang,
    meta: baseMeta(entry),
    filters: searchFilters(entry),
  };
  return withFold(record, options);
}

/**
 * The record of the text inside one PDF attachment. It leads to the entry's page (where the
 * attachment is linked), in the entry's language, with the entry's filters, so a word found
 * only in the PDF still finds the entry and the type filter still applies.
 *
 * @example
 * attachmentRecord(meetingView, meetingView.attachments[0], "Водонапорная башня…").meta.title
 * // "Сход граждан: водопровод — Протокол схода (PDF)"
 */
export function attachmentRecord(
  entry: SearchableEntry,
  attachment: { title: string; url: string },
  text: string,
  options: RecordOptions = {},
): SearchRecord {
  const record: SearchRecord = {
    url: entry.url,
    content: text,
    language: entry.lang,
    meta: { ...baseMeta(entry), title: `${entry.title} — ${attachment.title}`, attachment: attachment.title, attachmentUrl: attachment.url },
    filters: searchFilters(entry),
  };
  return withFold(record, options);
}

/**
 * Every record of the index: per entry, its page and then its PDF attachments that have text.
 * `pdfText` maps an attachment's `file` to its text, or `null` for a scan; a PDF missing
 * from the map is skipped too.
 *
 * @example
 * searchRecords(model.entries, new Map([["minutes/a.pdf", "…"], ["minutes/b-scan.pdf", null]])).length
 */
export function searchRecords(
  entries: readonly SearchableEntry[],
  pdfText: ReadonlyMap<string, string | null>,
  options: RecordOptions = {},
): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const entry of entries) {
    records.push(entryRecord(entry, options));
    for (const attachment of entry.attachments) {
      const text = attachment.isPdf ? pdfText.get(attachment.file) : undefined;
      if (text) records.push(attachmentRecord(entry, attachment, text, options));
    }
  }
  return records;
}
