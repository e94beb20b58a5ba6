/**
 * The national search index, as records: every member's `entries.json` (from its snapshot,
 * never from crawling its pages) handed to Pagefind through the same `entryRecord` as a
 * municipal site's entries, so the Kyrgyz handling is the same; plus the filters a national
 * reader needs (oblast, district, member) and the member's name to show with each result.
 * A result's URL is the entry's page on the member's own site.
 *
 * Members check their own text for personal data before they publish, but the national index
 * is the agency's publication: a personal number that reached a member's entries.json (an
 * older engine, a hand-made file) is blanked here too, never republished.
 */
import { formatDay } from "../shared/dates.ts";
import { nationalText, typeNames } from "../shared/dictionary.ts";
import type { Bilingual, Lang } from "../shared/lang.ts";
import { scanPersonalData } from "../guards/privacy.ts";
import { entryRecord, SEARCH_FILTER_LABELS, SEARCH_FILTERS, type SearchRecord } from "../search/search-records.ts";
import type { EntryJson } from "../model/site-data.ts";
import type { Plan } from "../validate/plan.ts";
import type { Member } from "../validate/registry.ts";

/** Filters of the national index, in the order the search page lists them. */
export const NATIONAL_FILTERS = ["oblast", "district", "member", ...SEARCH_FILTERS] as const;
export type NationalFilter = (typeof NATIONAL_FILTERS)[number];

export type NationalSearchRecord = Omit<SearchRecord, "filters"> & { filters: Record<NationalFilter, string[]> };

/** The filter lists' labels on the search page, in its order. */
export const NATIONAL_FILTER_LABELS: Record<NationalFilter, Bilingual> = {
  oblast: nationalText.filterOblast,
  district: nationalText.filterDistrict,
  member: nationalText.filterMember,
  ...SEARCH_FILTER_LABELS,
};

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A member's text with every personal number the privacy guard finds (ПИН, private phone,
 * passport) replaced by "…". Office phones are not spared: they are on the member's own site.
 * @example blankPersonalData("Тел.: 0555 12-34-56, суу") // "Тел.: …, суу"
 */
export function blankPersonalData(text: string): string {
  const values = [...new Set(scanPersonalData(text, { allowed: [] }).map((f) => f.value))].sort((a, b) => b.length - a.length);
  return values.reduce((out, value) => out.split(value).join("…"), text);
}

/**
 * One member entry as a search record.
 * @example memberEntryRecord(member, { type: "reports", lang: "ky", title: "…", … }, plan).filters.member // ["Ак-Терек айыл аймагы"]
 */
export function memberEntryRecord(member: Pick<Member, "name" | "oblast" | "district">, entry: EntryJson, plan: Plan | undefined): NationalSearchRecord {
  const lang: Lang = entry.lang;
  const measure = entry.measure ? plan?.measures.find((m) => m.id === entry.measure) : undefined;
  const record = entryRecord({
    lang,
    type: entry.type,
    url: entry.url,
    title: blankPersonalData(entry.title),
    summary: entry.summary === undefined ? undefined : blankPersonalData(entry.summary),
    dateText: formatDay(entry.date, lang),
    year: entry.date.slice(0, 4),
    html: blankPersonalData(entry.text).split("\n").map((p) => `<p>${escapeHtml(p)}</p>`).join(""),
    measures: measure ? [{ id: measure.id, title: measure.title[lang] }] : entry.measure ? [{ id: entry.measure, title: typeNames[entry.type][lang] }] : [],
    data: {},
    attachments: [],
  });
  return {
    ...record,
    meta: { ...record.meta, member: member.name[lang] },
    filters: {
      oblast: [member.oblast[lang]],
      district: member.district ? [member.district[lang]] : [],
      member: [member.name[lang]],
      ...record.filters,
    },
  };
}

/**
 * Every record of the national index: the entries of every member that has a snapshot.
 * @example nationalSearchRecords([{ member, entries }], plan).length
 */
export function nationalSearchRecords(
  members: readonly { member: Pick<Member, "name" | "oblast" | "district">; entries: readonly EntryJson[] }[],
  plan: Plan | undefined,
): NationalSearchRecord[] {
  return members.flatMap(({ member, entries }) => entries.map((entry) => memberEntryRecord(member, entry, plan)));
}
