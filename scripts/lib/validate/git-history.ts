/**
 * Provenance from git: for every file under a folder, the Bishkek day it first reached the
 * branch that is checked out (main, in the publish workflow) and the day it last changed there.
 *
 * One `git log` for the whole folder (a content folder may hold 20,000 files), walking the
 * first-parent chain only: a file merged from a pull request "reached main" at the merge
 * commit, not when it was written on the side branch.
 */
import { execFile } from "node:child_process";
import { realpath } from "node:fs/promises";
import path from "node:path";
import { bishkekDayOf } from "../shared/dates.ts";

/** History of one file on the checked-out branch; days are `YYYY-MM-DD` in Asia/Bishkek. */
export interface FileHistory {
  /** Day of the oldest commit of the file's current life on the branch (the day it first reached it). */
  firstCommit: string;
  /** Day of the newest commit that changed it. */
  lastCommit: string;
  /** Full SHA of that oldest commit. */
  firstSha: string;
  /** Full SHA of that newest commit. */
  lastSha: string;
}

export interface GitHistoryOptions {
  /** The folder to read, relative to `repoDir` (or absolute), e.g. `"content"`. */
  under: string;
  /** The commit whose first-parent history is read; default `HEAD` (main in the publish workflow). */
  ref?: string;
  /**
   * How paths are keyed: `"repo"` (default) relative to the repository root
   * (`content/ru/reports/2026-10.md`), `"under"` relative to the `under` folder
   * (`ru/reports/2026-10.md`, i.e. an entry's `inputPath` when `under` is the content folder).
   */
  keys?: "repo" | "under";
}

// The whole history of a large content folder: names of 20,000 files, each listed once per commit.
const MAX_BUFFER = 512 * 1024 * 1024;

interface GitResult {
  ok: boolean;
  stdout: string;
}

function git(cwd: string, args: readonly string[]): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      "git",
      args as string[],
      // LC_ALL=C keeps git's own messages stable; GIT_* from a calling hook must not redirect us.
      { cwd, maxBuffer: MAX_BUFFER, encoding: "utf8", env: { ...cleanEnv(), LC_ALL: "C" } },
      (error, stdout) => resolve({ ok: !error, stdout: String(stdout ?? "") }),
    );
  });
}

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === "GIT_DIR" || key === "GIT_WORK_TREE" || key === "GIT_INDEX_FILE") continue;
    env[key] = value;
  }
  return env;
}

/**
 * Parses `git log -m --first-parent --no-renames --name-status -z --format=%x01%H%x09%cI`
 * (newest commit first) into per-file history. A file deleted and added again counts from
 * its latest addition; a file whose newest change is a deletion is left out.
 * @example
 * parseGitLog("\x01" + "b".repeat(40) + "\t2026-11-25T20:30:00+00:00\0\nA\0content/ru/reports/2026-10.md\0")
 *   .get("content/ru/reports/2026-10.md")?.firstCommit // "2026-11-26"
 */
export function parseGitLog(output: string): Map<string, FileHistory> {
  const result = new Map<string, FileHistory>();
  const closed = new Set<string>(); // older records belong to an earlier life of the path, or it is gone
  const dayCache = new Map<string, string>();

  for (const record of output.split("\x01")) {
    if (record === "") continue;
    const headerEnd = record.indexOf("\0");
    const header = headerEnd === -1 ? record : record.slice(0, headerEnd);
    const tab = header.indexOf("\t");
    if (tab === -1) continue;
    const sha = header.slice(0, tab);
    const time = header.slice(tab + 1).trim();
    let day = dayCache.get(time);
    if (day === undefined) {
      day = bishkekDayOf(time);
      dayCache.set(time, day);
    }
    if (headerEnd === -1) continue;

    const fields = record.slice(headerEnd + 1).replace(/^\n/, "").split("\0");
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const status = fields[i]!;
      const path = fields[i + 1]!;
      if (status === "" || path === "" || closed.has(path)) continue;
      const deleted = status.startsWith("D");
      const known = result.get(path);
      if (!known) {
        if (deleted) closed.add(path); // its newest change removed it: not in the tree now
        else result.set(path, { firstCommit: day, lastCommit: day, firstSha: sha, lastSha: sha });
        continue;
      }
      if (deleted) {
        closed.add(path);
        continue;
      }
      known.firstCommit = day;
      known.firstSha = sha;
    }
  }
  return result;
}

/**
 * Reads the history of every committed file under `options.under`, keyed by its path
 * relative to the repository root (`content/ru/reports/2026-10.md`).
 *
 * Returns `null`, never throws, when the history cannot be known: the folder is not in a git
 * work tree, git is not installed, or the clone is shallow (`git rev-parse
 * --is-shallow-repository`: a shallow clone's oldest commit would pass for every file's first).
 * Files never committed are simply absent from the map.
 *
 * @example
 * const history = await readGitHistory(process.cwd(), { under: "content" });
 * history?.get("content/ru/reports/2026-10.md")?.firstCommit // "2026-11-24"
 */
export async function readGitHistory(
  repoDir: string,
  options: GitHistoryOptions,
): Promise<Map<string, FileHistory> | null> {
  try {
    const probe = await git(repoDir, ["rev-parse", "--is-inside-work-tree", "--is-shallow-repository", "--show-toplevel"]);
    if (!probe.ok) return null;
    const [inside, shallow, toplevel] = probe.stdout.trim().split("\n");
    if (inside !== "true" || shallow !== "false" || !toplevel) return null;

    const ref = options.ref ?? "HEAD";
    const head = await git(repoDir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    if (!head.ok) return new Map(); // a repository without commits yet: nothing is committed

    const log = await git(repoDir, [
      "-c",
      "core.quotepath=off",
      "log",
      "-m",
      "--first-parent",
      "--no-renames",
      "--name-status",
      "-z",
      "--format=%x01%H%x09%cI",
      ref,
      "--",
      options.under,
    ]);
    if (!log.ok) return null;
    const history = parseGitLog(log.stdout);
    if (options.keys !== "under") return history;

    // Both sides through realpath: /tmp may be a symlink, and git reports the resolved root.
    const folder = await realpath(path.resolve(repoDir, options.under)).catch(() => null);
    if (folder === null) return new Map();
    const prefix = path.relative(await realpath(toplevel), folder).split(path.sep).join("/");
    if (prefix === "") return history;
    const rekeyed = new Map<string, FileHistory>();
    for (const [file, entry] of history) {
      if (file.startsWith(`${prefix}/`)) rekeyed.set(file.slice(prefix.length + 1), entry);
    }
    return rekeyed;
  } catch {
    return null;
  }
}

/**
 * Entries with their git days: `firstCommit`/`lastCommit` from `history` (keyed like the
 * entries' `inputPath`, i.e. read with `keys: "under"` on the content folder). Without history
 * (`null`) the entries come back unchanged, so `publish` and `date` alone decide; an entry whose
 * file was never committed gets `null` (its first day on main is still to come).
 * @example
 * withGitHistory([{ inputPath: "ru/reports/2026-10.md" }], new Map([["ru/reports/2026-10.md",
 *   { firstCommit: "2026-11-24", lastCommit: "2026-11-26", firstSha: "…", lastSha: "…" }]]))
 * // [{ inputPath: "ru/reports/2026-10.md", firstCommit: "2026-11-24", lastCommit: "2026-11-26" }]
 */
export function withGitHistory<T extends { inputPath: string; firstCommit?: string | null; lastCommit?: string | null }>(
  entries: readonly T[],
  history: ReadonlyMap<string, FileHistory> | null,
): T[] {
  if (history === null) return [...entries];
  return entries.map((entry) => {
    const found = history.get(entry.inputPath);
    return { ...entry, firstCommit: found?.firstCommit ?? null, lastCommit: found?.lastCommit ?? null };
  });
}

/**
 * Every commit reachable from `sha` (the commit and its ancestors), or null when git cannot say
 * (no repository, shallow clone, or the commit is not in this history, e.g. a template copy).
 * Used for a site's `history_import` commit: files that first arrived in it or before it were
 * imported from an older site, so their first-commit day says nothing about when they were published.
 * @example (await commitsUpTo(".", "abc1234"))?.has(fileHistory.firstSha)
 */
export async function commitsUpTo(repoDir: string, sha: string): Promise<Set<string> | null> {
  const list = await git(repoDir, ["rev-list", sha, "--"]);
  if (!list.ok) return null;
  return new Set(list.stdout.split("\n").filter(Boolean));
}
