/**
 * The git a member repository's upgrade needs, through the `git` program: read trees and
 * blobs, fetch release tags from another repository, and write a commit with plumbing (a
 * temporary index) so that the working tree is touched only when the finished branch is
 * checked out. Paths go through `-z` everywhere: content has Kyrgyz file names.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TreeEntry } from "./upgrade-plan.ts";

export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
  ) {
    super(`git ${args.join(" ")}: ${stderr.trim() || "failed"}`);
  }
}

export interface GitOptions {
  input?: string | Buffer;
  env?: Record<string, string>;
}

/**
 * Runs git in `cwd` and returns its standard output; throws GitError on a non-zero exit.
 * @example git(repo, ["rev-parse", "HEAD"]) // "3b18e5…\n"
 */
export function git(cwd: string, args: readonly string[], { input, env }: GitOptions = {}): string {
  try {
    return execFileSync("git", [...args], {
      cwd,
      input,
      env: { ...process.env, ...env, GIT_TERMINAL_PROMPT: "0" },
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
      stdio: ["pipe", "pipe", "pipe"],
    });
  } catch (error) {
    const e = error as { stderr?: string | Buffer; message: string };
    throw new GitError(args, e.stderr ? String(e.stderr) : e.message);
  }
}

/** Like `git`, but false instead of an error. @example gitOk(repo, ["config", "user.email"]) // false on a fresh runner */
function gitOk(cwd: string, args: readonly string[]): boolean {
  try {
    git(cwd, args);
    return true;
  } catch {
    return false;
  }
}

/** The top folder of the repository `cwd` is in, or null outside one. @example repositoryRoot("/srv/ak-terek/content") // "/srv/ak-terek" */
export function repositoryRoot(cwd: string): string | null {
  try {
    return git(cwd, ["rev-parse", "--show-toplevel"]).trim();
  } catch {
    return null;
  }
}

/**
 * Every tag of a repository (URL or path) with the commit it points to (annotated tags peeled).
 * @example parseLsRemote("abc…\trefs/tags/v0.1.0\ndef…\trefs/tags/v0.1.0^{}\n").get("v0.1.0") // "def…"
 */
export function parseLsRemote(output: string): Map<string, string> {
  const tags = new Map<string, string>();
  const peeled = new Map<string, string>();
  for (const line of output.split("\n")) {
    const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+?)(\^\{\})?$/.exec(line.trim());
    if (!m) continue;
    (m[3] ? peeled : tags).set(m[2]!, m[1]!);
  }
  for (const [tag, oid] of peeled) tags.set(tag, oid);
  return tags;
}

/** Tags of `from` (throws GitError when it cannot be read). @example remoteTags(repo, "https://github.com/achyk-kg/achyk.git").has("v0.2.0") */
export function remoteTags(cwd: string, from: string): Map<string, string> {
  return parseLsRemote(git(cwd, ["ls-remote", "--tags", from]));
}

/** Private refs the upgrade fetches releases into. @example releaseRef("v0.2.0") // "refs/achyk/v0.2.0" */
export function releaseRef(tag: string): string {
  return `refs/achyk/${tag}`;
}

/**
 * Fetches release tags of `from` into `refs/achyk/<tag>`, without the member's own tags changing.
 * @example fetchReleases(repo, "../achyk", ["v0.1.0", "v0.2.0"])
 */
export function fetchReleases(cwd: string, from: string, tags: readonly string[]): void {
  git(cwd, ["fetch", "--quiet", "--no-tags", "--force", from, ...tags.map((t) => `+refs/tags/${t}:${releaseRef(t)}`)]);
}

/**
 * Every file of a commit's tree, submodules and symlinks included, keyed by path.
 * @example parseLsTree("100644 blob 3b18e5…\tREADME.md\0").get("README.md") // { mode: "100644", oid: "3b18e5…" }
 */
export function parseLsTree(output: string): Map<string, TreeEntry> {
  const tree = new Map<string, TreeEntry>();
  for (const record of output.split("\0")) {
    const m = /^(\d{6}) (?:blob|commit) ([0-9a-f]+)\t([\s\S]+)$/.exec(record);
    if (m) tree.set(m[3]!, { mode: m[1]!, oid: m[2]! });
  }
  return tree;
}

/** @example readTree(repo, "HEAD").get("package.json") */
export function readTree(cwd: string, treeish: string, paths: readonly string[] = []): Map<string, TreeEntry> {
  return parseLsTree(git(cwd, ["ls-tree", "-r", "-z", "--full-tree", treeish, ...(paths.length ? ["--", ...paths] : [])]));
}

/** A file's text in a commit, or null when the commit has no such file. @example readFileAt(repo, "refs/achyk/v0.2.0", "CHANGELOG.md") */
export function readFileAt(cwd: string, treeish: string, file: string): string | null {
  const entry = readTree(cwd, treeish, [file]).get(file);
  return entry ? readBlob(cwd, entry.oid) : null;
}

/** @example readBlob(repo, "3b18e5…") // "# Achyk\n…" */
export function readBlob(cwd: string, oid: string): string {
  return git(cwd, ["cat-file", "blob", oid]);
}

/** Stores a text as a git object and returns its id. @example writeBlob(repo, "a: 1\n") // "7a4e7f…" */
export function writeBlob(cwd: string, text: string): string {
  return git(cwd, ["hash-object", "-w", "--stdin"], { input: text }).trim();
}

/** Whether a commit (of an older release, say) is in this repository. @example hasObject(repo, "3b18e5…") // true */
export function hasObject(cwd: string, oid: string): boolean {
  return gitOk(cwd, ["cat-file", "-e", `${oid}^{commit}`]);
}

/**
 * The tree of `parent` with files set (an entry) or removed (null), built in a temporary
 * index: neither the member's index nor its working tree is touched.
 * @example writeTreeWith(repo, "HEAD", new Map([["scripts/old.ts", null]])) // the tree's id
 */
export function writeTreeWith(cwd: string, parent: string, files: ReadonlyMap<string, TreeEntry | null>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "achyk-index-"));
  const env = { GIT_INDEX_FILE: path.join(dir, "index") };
  try {
    git(cwd, ["read-tree", parent], { env });
    const lines = [...files].map(([file, entry]) => (entry ? `${entry.mode} ${entry.oid}\t${file}` : `0 ${"0".repeat(40)}\t${file}`));
    if (lines.length) git(cwd, ["update-index", "-z", "--index-info"], { env, input: lines.map((l) => `${l}\0`).join("") });
    return git(cwd, ["write-tree"], { env }).trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A commit of `tree` on top of `parent`, by whoever git is configured for (else the upgrade itself).
 * @example commitTree(repo, tree, parent, "Upgrade Achyk to v0.2.0 (from v0.1.0)\n") // the commit's id
 */
export function commitTree(cwd: string, tree: string, parent: string, message: string): string {
  return git(cwd, ["commit-tree", tree, "-p", parent, "-F", "-"], { input: message, env: fallbackIdentity(cwd) }).trim();
}

// A fresh CI runner has no user.name: commit as the upgrade rather than fail.
function fallbackIdentity(cwd: string): Record<string, string> {
  if (gitOk(cwd, ["config", "user.email"]) && gitOk(cwd, ["config", "user.name"])) return {};
  const who = { name: "Achyk upgrade", email: "achyk-upgrade@users.noreply.github.com" };
  return {
    GIT_AUTHOR_NAME: process.env.GIT_AUTHOR_NAME ?? who.name,
    GIT_AUTHOR_EMAIL: process.env.GIT_AUTHOR_EMAIL ?? who.email,
    GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME ?? who.name,
    GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL ?? who.email,
  };
}

/** The commit a ref points to, or null. @example resolve(repo, "refs/heads/achyk-upgrade/v0.2.0") // null before the first run */
export function resolve(cwd: string, ref: string): string | null {
  try {
    return git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim();
  } catch {
    return null;
  }
}

/** The checked-out branch, or null on a detached HEAD. @example currentBranch(repo) // "main" */
export function currentBranch(cwd: string): string | null {
  try {
    return git(cwd, ["symbolic-ref", "--quiet", "--short", "HEAD"]).trim();
  } catch {
    return null;
  }
}

/** Tracked files changed but not committed (untracked files do not count). @example uncommittedChanges(repo) // ["content/_data/plan.yaml"] */
export function uncommittedChanges(cwd: string): string[] {
  return git(cwd, ["status", "--porcelain", "-z", "--untracked-files=no"])
    .split("\0")
    .filter(Boolean)
    .map((line) => line.slice(3));
}
