/**
 * The three files a member publishes (`/data/site.json`, `progress.json`, `entries.json`) as
 * the national site reads them: size limits, the version each must carry, and a check against
 * the same zod schemas that produced them. A file that fails says, in Kyrgyz and Russian,
 * which file, which field, and what to do. Pure: fetching and files on disk live elsewhere.
 */
import type { z } from "zod";
import { entriesJsonSchema, ENTRIES_SCHEMA, siteJsonSchema, SITE_SCHEMA, type EntriesJson, type SiteJson } from "../model/site-data.ts";
import { progressJsonSchema, PROGRESS_SCHEMA, type ProgressJson } from "../progress/open-data.ts";
import type { Bilingual } from "../shared/lang.ts";
import { describeExpected } from "../validate/messages.ts";
import { memberMessages } from "../validate/national-messages.ts";

export const MEMBER_FILES = ["site", "progress", "entries"] as const;
export type MemberFileKind = (typeof MEMBER_FILES)[number];

export interface MemberFiles {
  site: SiteJson;
  progress: ProgressJson;
  entries: EntriesJson;
}

interface FileRule {
  /** The file under the member's `data/` folder. */
  name: string;
  version: string;
  schema: z.ZodType;
  /** Largest accepted size: far above what Achyk writes, so only a broken or hostile file hits it. */
  maxBytes: number;
}

export const FILE_RULES: Record<MemberFileKind, FileRule> = {
  site: { name: "site.json", version: SITE_SCHEMA, schema: siteJsonSchema, maxBytes: 64 * 1024 },
  // 12 measures × ~80 periods with their entry URLs: ~100 KB for a busy municipality.
  progress: { name: "progress.json", version: PROGRESS_SCHEMA, schema: progressJsonSchema, maxBytes: 4 * 1024 * 1024 },
  // About 1 KB per entry and language: 16 MB is a city with 8,000 entries in both languages.
  entries: { name: "entries.json", version: ENTRIES_SCHEMA, schema: entriesJsonSchema, maxBytes: 16 * 1024 * 1024 },
};

/**
 * A member file's address under its site: `<base>data/<name>` (a folder: `<folder>/data/<name>`).
 * @example memberFileUrl("https://ak-terek.github.io/", "site") // "https://ak-terek.github.io/data/site.json"
 */
export function memberFileUrl(base: string, kind: MemberFileKind): string {
  return `${base.replace(/\/?$/, "/")}data/${FILE_RULES[kind].name}`;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: Bilingual };

/** Where a zod issue points, as a dotted path: `measures.3.periods.0.status`. */
function issueWhere(issue: z.core.$ZodIssue): string {
  return issue.path.length ? issue.path.map(String).join(".") : "—";
}

/**
 * Parses and checks one member file's text. `where` names it in messages (its URL or path).
 * @example parseMemberFile("site", '{"schema":"achyk-site/2"}', "https://a.kg/data/site.json").ok // false (wrong version)
 */
export function parseMemberFile<K extends MemberFileKind>(kind: K, text: string, where: string): Checked<MemberFiles[K]> {
  const rule = FILE_RULES[kind];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0]!.slice(0, 120) : String(error);
    return { ok: false, error: memberMessages.notJson(where, reason) };
  }
  const version = json !== null && typeof json === "object" ? (json as { schema?: unknown }).schema : undefined;
  if (version !== rule.version) {
    return { ok: false, error: memberMessages.wrongVersion(where, rule.version, typeof version === "string" ? version.slice(0, 60) : String(version)) };
  }
  const result = rule.schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { ok: false, error: memberMessages.invalid(where, issueWhere(issue), describeExpected(issue)) };
  }
  return { ok: true, value: result.data as MemberFiles[K] };
}

/**
 * The three files belong together and to the member the registry names: one id throughout,
 * and entry pages on the member's own site (a search result must lead there, nowhere else).
 * @example checkMemberFiles("achyk-kg/ak-terek", files, "https://achyk-kg.github.io/") // { ok: true, value: files }
 */
export function checkMemberFiles(id: string, files: MemberFiles, base: string): Checked<MemberFiles> {
  const where = memberFileUrl(base, "site");
  if (files.site.id !== id) return { ok: false, error: memberMessages.otherSite(where, id, files.site.id) };
  for (const kind of ["progress", "entries"] as const) {
    if (files[kind].site !== id) return { ok: false, error: memberMessages.otherSite(memberFileUrl(base, kind), id, files[kind].site) };
  }
  const outside = files.entries.entries.findIndex((e) => !e.url.startsWith(files.site.base_url));
  if (outside >= 0) {
    const url = files.entries.entries[outside]!.url;
    return { ok: false, error: memberMessages.outsideSite(memberFileUrl(base, "entries"), `entries.${outside}.url`, url.slice(0, 100), files.site.base_url) };
  }
  return { ok: true, value: files };
}
