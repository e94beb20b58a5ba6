/**
 * The national site's copy of each member's files: `_data/members/<id>/` holds the last good
 * `site.json`, `progress.json` and `entries.json`, and `status.json` says when the member was
 * last checked, when its files were last good, and, while it fails, why and since when.
 * `npm run members` writes them, the build reads them: the build needs no network, and the
 * national workflow commits them, so git keeps the nation's history.
 */
import { mkdir, readFile, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { writeAtomically } from "../shared/cache-file.ts";
import type { Bilingual } from "../shared/lang.ts";
import { memberMessages } from "../validate/national-messages.ts";
import { FILE_RULES, MEMBER_FILES, parseMemberFile, type MemberFiles } from "./member-files.ts";

/** Where snapshots live, relative to the content folder. */
const MEMBERS_DIR = "_data/members";

const memberStatusSchema = z.object({
  /** The last run of `npm run members` that asked (ISO instant). */
  checked_at: z.iso.datetime(),
  /** The last run that found all three files valid; null: never. */
  last_ok_at: z.iso.datetime().nullable(),
  /** Why the last run did not take the files; null when it did. */
  error: z.object({ ky: z.string(), ru: z.string() }).nullable(),
  /** The first run of the current failing streak; null while the member is fine. */
  failing_since: z.iso.datetime().nullable(),
});

export type MemberStatus = z.output<typeof memberStatusSchema>;

export interface Snapshot {
  /** The last good files; undefined when there are none (or they cannot be read). */
  files?: MemberFiles;
  status?: MemberStatus;
  /** Why stored files could not be read (a hand-edited or truncated file). */
  problem?: Bilingual;
}

/**
 * A member's snapshot folder. `owner/name` ids become two folder levels.
 * @example snapshotDir("content", "achyk-kg/ak-terek") // "content/_data/members/achyk-kg/ak-terek"
 */
export function snapshotDir(contentDir: string, id: string): string {
  return path.join(contentDir, MEMBERS_DIR, ...id.split("/"));
}

async function readOptional(file: string): Promise<string | null> {
  return readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
}

/**
 * Reads and re-checks a member's snapshot: the files must still pass the schemas, so a broken
 * snapshot shows as "no data" instead of breaking the build.
 * @example (await readSnapshot("content", "achyk-kg/ak-terek")).files?.site.today // "2026-11-25"
 */
export async function readSnapshot(contentDir: string, id: string): Promise<Snapshot> {
  const dir = snapshotDir(contentDir, id);
  const snapshot: Snapshot = {};
  const statusText = await readOptional(path.join(dir, "status.json"));
  if (statusText !== null) {
    const parsed = memberStatusSchema.safeParse(safeJson(statusText));
    if (parsed.success) snapshot.status = parsed.data;
  }
  const texts = await Promise.all(MEMBER_FILES.map((kind) => readOptional(path.join(dir, FILE_RULES[kind].name))));
  if (texts.every((t) => t === null)) return snapshot;
  const files: Partial<MemberFiles> = {};
  for (const [i, kind] of MEMBER_FILES.entries()) {
    const rel = path.posix.join(MEMBERS_DIR, id, FILE_RULES[kind].name);
    const text = texts[i];
    if (text === null || text === undefined) return { ...snapshot, problem: memberMessages.snapshotBroken(rel, "ENOENT") };
    const checked = parseMemberFile(kind, text, rel);
    if (!checked.ok) return { ...snapshot, problem: checked.error };
    (files as Record<string, unknown>)[kind] = checked.value;
  }
  return { ...snapshot, files: files as MemberFiles };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Stores what a run of `npm run members` found: the texts of three good files exactly as the
 * member published them (when it succeeded), and the status.
 * @example await writeSnapshot("content", "achyk-kg/ak-terek", { checked_at, last_ok_at: checked_at, error: null, failing_since: null }, texts)
 */
export async function writeSnapshot(contentDir: string, id: string, status: MemberStatus, texts?: Record<keyof MemberFiles, string>): Promise<void> {
  const dir = snapshotDir(contentDir, id);
  await mkdir(dir, { recursive: true });
  // Each file whole or not at all: a run killed halfway leaves the last good file.
  if (texts) for (const kind of MEMBER_FILES) await writeAtomically(path.join(dir, FILE_RULES[kind].name), Buffer.from(texts[kind], "utf8"));
  await writeAtomically(path.join(dir, "status.json"), Buffer.from(`${JSON.stringify(status, null, 2)}\n`, "utf8"));
}

/**
 * The ids that have a snapshot folder (one holding `status.json`).
 * @example await snapshotIds("content") // ["41707215000000", "achyk-kg/ak-terek"]
 */
export async function snapshotIds(contentDir: string): Promise<string[]> {
  const root = path.join(contentDir, MEMBERS_DIR);
  const found = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return found
    .filter((d) => d.isFile() && d.name === "status.json")
    .map((d) => path.relative(root, d.parentPath).split(path.sep).join("/"))
    .sort();
}

/**
 * Removes the snapshot of a member that left the registry (git keeps its history).
 * @example await removeSnapshot("content", "achyk-kg/left")
 */
export async function removeSnapshot(contentDir: string, id: string): Promise<void> {
  await rm(snapshotDir(contentDir, id), { recursive: true, force: true });
  // An `owner/` folder left empty goes too.
  if (id.includes("/")) {
    const parent = path.dirname(snapshotDir(contentDir, id));
    if ((await readdir(parent).catch(() => ["?"])).length === 0) await rm(parent, { recursive: true, force: true });
  }
}
