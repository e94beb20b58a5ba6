/**
 * `npm run members`, the logic: fetch every member's three files with bounded time, size and
 * parallelism, check them, and store the good ones as the member's snapshot. A member that
 * fails keeps its last good snapshot and gets a status that says why and since when: one
 * member never breaks the national site.
 */
import path from "node:path";
import type { Bilingual } from "../shared/lang.ts";
import type { Member } from "../validate/registry.ts";
import { isWebUrl } from "../validate/registry.ts";
import { fetchBounded } from "./fetch-file.ts";
import { checkMemberFiles, FILE_RULES, memberFileUrl, parseMemberFile, type MemberFiles } from "./member-files.ts";
import { readSnapshot, removeSnapshot, snapshotIds, writeSnapshot, type MemberStatus } from "./snapshots.ts";

export interface UpdateOptions {
  contentDir: string;
  /** This run's instant (ISO), for `checked_at` and `last_ok_at`. */
  now: string;
  /** Per file: headers and body together. */
  timeoutMs?: number;
  /** Members fetched at once. */
  parallel?: number;
}

export interface MemberOutcome {
  id: string;
  ok: boolean;
  /** Why the files were not taken (ok: false). */
  error?: Bilingual;
  /** A last good snapshot is kept and still shown (ok: false). */
  kept: boolean;
  /** Entries in the snapshot now shown. */
  entries: number;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_PARALLEL = 8;

/**
 * A member's base address for its files: a web URL as written, a local folder resolved against
 * the content folder (where `_data/registry.yaml` lives).
 * @example memberBase({ url: "../members/ak-terek" } as Member, "/repo/content") // "/repo/members/ak-terek/"
 */
export function memberBase(member: Pick<Member, "url">, contentDir: string): string {
  if (isWebUrl(member.url)) return member.url;
  return `${path.resolve(contentDir, member.url)}/`;
}

/**
 * Fetches and checks one member's three files.
 * @example (await fetchMember(member, "content", 20_000)).ok // true when all three are good
 */
async function fetchMember(
  member: Member,
  contentDir: string,
  timeoutMs: number,
): Promise<{ ok: true; files: MemberFiles; texts: Record<keyof MemberFiles, string> } | { ok: false; error: Bilingual }> {
  const base = memberBase(member, contentDir);
  const texts = {} as Record<keyof MemberFiles, string>;
  const files = {} as Record<keyof MemberFiles, unknown>;
  // site.json first: it is small, and a member that is down fails once instead of three times.
  for (const group of [["site"], ["progress", "entries"]] as const) {
    const results = await Promise.all(
      group.map(async (kind) => {
        const url = memberFileUrl(base, kind);
        const fetched = await fetchBounded(url, { timeoutMs, maxBytes: FILE_RULES[kind].maxBytes });
        if (!fetched.ok) return fetched;
        const checked = parseMemberFile(kind, fetched.text, url);
        if (!checked.ok) return checked;
        texts[kind] = fetched.text;
        files[kind] = checked.value;
        return { ok: true as const };
      }),
    );
    const failed = results.find((r) => !r.ok);
    if (failed && !failed.ok) return failed;
  }
  const checked = checkMemberFiles(member.id, files as MemberFiles, base);
  if (!checked.ok) return checked;
  return { ok: true, files: checked.value, texts };
}

/**
 * Runs `task` over `items` with at most `limit` running at once; results in input order.
 * @example await mapBounded([1, 2, 3], 2, async (n) => n * 2) // [2, 4, 6]
 */
export async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/**
 * Fetches every member, writes snapshots and statuses, removes snapshots of members no longer
 * in the registry. Never throws for a member's fault.
 * @example (await updateMembers(registry.members, { contentDir: "content", now: "2026-11-24T22:23:00Z" })).filter((o) => !o.ok).length
 */
export async function updateMembers(members: readonly Member[], options: UpdateOptions): Promise<MemberOutcome[]> {
  const { contentDir, now, timeoutMs = DEFAULT_TIMEOUT_MS, parallel = DEFAULT_PARALLEL } = options;
  const outcomes = await mapBounded(members, parallel, async (member): Promise<MemberOutcome> => {
    const result = await fetchMember(member, contentDir, timeoutMs);
    const previous = await readSnapshot(contentDir, member.id);
    if (result.ok) {
      const status: MemberStatus = { checked_at: now, last_ok_at: now, error: null, failing_since: null };
      await writeSnapshot(contentDir, member.id, status, result.texts);
      return { id: member.id, ok: true, kept: false, entries: result.files.entries.entries.length };
    }
    const status: MemberStatus = {
      checked_at: now,
      last_ok_at: previous.status?.last_ok_at ?? null,
      error: result.error,
      failing_since: previous.status?.failing_since ?? now,
    };
    await writeSnapshot(contentDir, member.id, status);
    const kept = previous.files !== undefined;
    return { id: member.id, ok: false, error: result.error, kept, entries: previous.files?.entries.entries.length ?? 0 };
  });
  const listed = new Set(members.map((m) => m.id));
  for (const id of await snapshotIds(contentDir)) if (!listed.has(id)) await removeSnapshot(contentDir, id);
  return outcomes;
}
