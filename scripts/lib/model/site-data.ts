/**
 * The site's identity and its entries as versioned open data (`NATIONAL.md`): `/data/site.json`
 * and `/data/entries.json`. Each file is produced from, and checked against, one zod schema;
 * the JSON Schema published beside it (`/data/schema/`) is generated from the same schema, so
 * producer, reader and documentation cannot drift apart. A reader accepts fields it does not
 * know (additions keep the version); a change that would break a reader bumps the version.
 */
import { z } from "zod";
import { LANGS, type Bilingual } from "../shared/lang.ts";
import { repoUrl } from "../shared/github.ts";
import { plainTextExcerpt } from "../shared/markdown.ts";
import { periodById, periodOf } from "../shared/periods.ts";
import { absoluteUrl } from "../shared/urls.ts";
import type { Plan } from "../validate/plan.ts";
import { contentTypes } from "../validate/schema.ts";
import { siteId } from "../validate/site-identity.ts";
import type { Site } from "../validate/site.ts";
import { measuresServed, type EntryView } from "./entry-view.ts";

export const SITE_SCHEMA = "achyk-site/1";
export const ENTRIES_SCHEMA = "achyk-entries/1";

const bilingual = z.object({ ky: z.string().min(1), ru: z.string().min(1) });
/** Only web addresses: a reader may put them in links (never `javascript:`). */
const webUrl = z.string().regex(/^https?:\/\/[^\s"'<>]+$/);
const day = z.iso.date();

export const siteJsonSchema = z
  .object({
    schema: z.literal(SITE_SCHEMA),
    /** The classifier code when the site has one, else `<owner>/<name>` of its repository. */
    id: z.string().min(1),
    code: z.string().regex(/^\d+$/).nullable(),
    name: bilingual,
    kind: z.enum(["aiyl-aimak", "city", "national"]),
    oblast: bilingual.nullable(),
    district: bilingual.nullable(),
    population: z.number().int().positive().nullable(),
    base_url: webUrl,
    /** The repository's web address on GitHub. */
    repository: webUrl,
    engine_version: z.string().min(1),
    /** When the build ran: an ISO 8601 instant in UTC. */
    built_at: z.iso.datetime(),
    /** The day (Asia/Bishkek) the build took as today: what is live, due, missing. */
    today: day,
  })
  .meta({ title: "Achyk site", description: "Who an Achyk site is: /data/site.json" });

export type SiteJson = z.output<typeof siteJsonSchema>;

const entryJsonSchema = z.object({
  type: z.enum(contentTypes),
  slug: z.string().min(1),
  lang: z.enum(LANGS),
  /** The entry's page, absolute. */
  url: webUrl,
  title: z.string().min(1),
  date: day,
  summary: z.string().min(1).optional(),
  /** The plan measure the entry counts for, and its period there. */
  measure: z.string().min(1).optional(),
  period: z.string().min(1).optional(),
  /** The start of the entry's text, plain, at most ENTRY_TEXT_CHARS characters. */
  text: z.string(),
});

export type EntryJson = z.output<typeof entryJsonSchema>;

export const entriesJsonSchema = z
  .object({
    schema: z.literal(ENTRIES_SCHEMA),
    /** The site's id, as in its site.json. */
    site: z.string().min(1),
    today: day,
    entries: z.array(entryJsonSchema),
  })
  .meta({ title: "Achyk entries", description: "Every live entry of an Achyk site: /data/entries.json" });

export type EntriesJson = z.output<typeof entriesJsonSchema>;

/**
 * @example siteJson(site, { today: "2026-11-25", builtAt: "2026-11-25T00:10:00Z", engineVersion: "0.1.0" }).id // "achyk-kg/ak-terek"
 */
export function siteJson(site: Site, build: { today: string; builtAt: string; engineVersion: string }): SiteJson {
  const none = <T>(value: T | undefined): T | null => value ?? null;
  return {
    schema: SITE_SCHEMA,
    id: siteId(site),
    code: none(site.code),
    name: { ky: site.name.ky, ru: site.name.ru },
    kind: site.kind,
    oblast: none(site.oblast as Bilingual | undefined),
    district: none(site.district as Bilingual | undefined),
    population: none(site.population),
    base_url: site.base_url,
    repository: repoUrl(site.repository),
    engine_version: build.engineVersion,
    built_at: build.builtAt,
    today: build.today,
  };
}

/**
 * One entry of `entries.json`: its page, texts, and the measure and period it counts for
 * (a report's `period`; else the period of the measure's rhythm that holds its date).
 * @example entryJson(reportView, "https://achyk-kg.github.io/", plan).period // "2026-10"
 */
function entryJson(view: EntryView, baseUrl: string, plan: Plan | undefined): EntryJson {
  const [measure] = measuresServed(view.entry, plan);
  const reported = (view.data as { period?: unknown }).period;
  const period = !measure
    ? undefined
    : typeof reported === "string" && measure.rhythm === "monthly-25"
      ? (periodById(measure.rhythm, reported)?.id ?? undefined)
      : (periodOf(measure.rhythm, view.date) ?? undefined);
  return {
    type: view.type,
    slug: view.entry.slug,
    lang: view.lang,
    url: absoluteUrl(view.url, baseUrl),
    title: view.title,
    date: view.date,
    ...(view.summary ? { summary: view.summary } : {}),
    ...(measure ? { measure: measure.id } : {}),
    ...(period ? { period } : {}),
    // Worked out with the file (validate/entry-work.ts: threads, cache); `npm run check` makes none.
    text: view.entry.excerpt ?? plainTextExcerpt(view.entry.body),
  };
}

/**
 * Every live entry (the site model's views, newest first), in each language it has.
 * @example entriesJson(model.entries, site, plan, "2026-11-25").entries[0]?.url // "https://achyk-kg.github.io/ky/reports/2026-10/"
 */
export function entriesJson(views: readonly EntryView[], site: Site, plan: Plan | undefined, today: string): EntriesJson {
  return { schema: ENTRIES_SCHEMA, site: siteId(site), today, entries: views.map((view) => entryJson(view, site.base_url, plan)) };
}
