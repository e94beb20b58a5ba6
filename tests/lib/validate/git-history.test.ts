import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseGitLog, readGitHistory, withGitHistory, type FileHistory } from "../../../scripts/lib/validate/git-history.ts";

const roots: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "achyk-git-"));
  roots.push(dir);
  return dir;
}

/** Runs git with no user or system config, so a developer's signing or hooks cannot interfere. */
function git(cwd: string, args: string[], when?: string): string {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_AUTHOR_NAME: "Staff",
    GIT_AUTHOR_EMAIL: "staff@example.org",
    GIT_COMMITTER_NAME: "Staff",
    GIT_COMMITTER_EMAIL: "staff@example.org",
  };
  if (when) {
    env.GIT_AUTHOR_DATE = when;
    env.GIT_COMMITTER_DATE = when;
  }
  return execFileSync("git", args, { cwd, env, encoding: "utf8" });
}

function write(repo: string, path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

function commit(repo: string, when: string, message: string): string {
  git(repo, ["add", "-A"]);
  git(repo, ["commit", "-q", "-m", message], when);
  return git(repo, ["rev-parse", "HEAD"]).trim();
}

const REPORT_RU = "content/ru/reports/2026-10.md";
const REPORT_KY = "content/ky/reports/2026-10.md";
const POST = "content/ru/posts/жыйын 1.md"; // Cyrillic and a space: must come back unquoted
const MERGED = "content/ru/reports/2026-11.md";
const READDED = "content/ru/posts/old.md";
const GONE = "content/ru/posts/gone.md";

let repo = "";
const sha: Record<string, string> = {};

beforeAll(() => {
  repo = tempDir();
  git(repo, ["init", "-q", "-b", "main"]);

  // 20:30 UTC on 25 November is already 02:30 on 26 November in Bishkek.
  write(repo, REPORT_RU, "v1");
  write(repo, REPORT_KY, "v1");
  write(repo, READDED, "first life");
  write(repo, GONE, "short life");
  write(repo, "README.md", "outside the content folder");
  sha.first = commit(repo, "2026-11-25T20:30:00+00:00", "first");

  // 17:59:59 UTC = 23:59:59 Bishkek: still 1 December.
  write(repo, REPORT_RU, "v2");
  sha.edit = commit(repo, "2026-12-01T17:59:59+00:00", "edit");

  // 18:00:00 UTC = 00:00 Bishkek: already 2 December.
  write(repo, POST, "post");
  unlinkSync(join(repo, READDED));
  unlinkSync(join(repo, GONE));
  sha.post = commit(repo, "2026-12-01T18:00:00+00:00", "post, two deletions");

  write(repo, READDED, "second life");
  sha.readd = commit(repo, "2026-12-02T03:00:00+00:00", "re-add");

  // Written on a branch on 3 December, merged into main on 10 December: it reached main on the 10th.
  git(repo, ["checkout", "-q", "-b", "staff"]);
  write(repo, MERGED, "november");
  sha.branch = commit(repo, "2026-12-03T04:00:00+00:00", "branch work");
  git(repo, ["checkout", "-q", "main"]);
  git(repo, ["merge", "-q", "--no-ff", "-m", "merge staff", "staff"], "2026-12-10T05:00:00+00:00");
  sha.merge = git(repo, ["rev-parse", "HEAD"]).trim();

  write(repo, "content/ru/posts/draft.md", "never committed");
});

afterAll(() => {
  for (const dir of roots) rmSync(dir, { recursive: true, force: true });
});

describe("readGitHistory on a repository", () => {
  let history: Map<string, FileHistory> | null = null;
  beforeAll(async () => {
    history = await readGitHistory(repo, { under: "content" });
  });

  const cases = [
    { path: REPORT_RU, first: "2026-11-26", last: "2026-12-01", firstSha: "first", lastSha: "edit" },
    { path: REPORT_KY, first: "2026-11-26", last: "2026-11-26", firstSha: "first", lastSha: "first" },
    { path: POST, first: "2026-12-02", last: "2026-12-02", firstSha: "post", lastSha: "post" },
    { path: READDED, first: "2026-12-02", last: "2026-12-02", firstSha: "readd", lastSha: "readd" },
    { path: MERGED, first: "2026-12-10", last: "2026-12-10", firstSha: "merge", lastSha: "merge" },
  ] as const;

  it.each(cases)("$path: first $first, last $last", ({ path, first, last, firstSha, lastSha }) => {
    expect(history?.get(path)).toEqual({
      firstCommit: first,
      lastCommit: last,
      firstSha: sha[firstSha],
      lastSha: sha[lastSha],
    });
  });

  const absent = [
    { path: "content/ru/posts/draft.md", why: "never committed" },
    { path: GONE, why: "deleted" },
    { path: "README.md", why: "outside the folder" },
  ] as const;
  it.each(absent)("$path is absent ($why)", ({ path }) => {
    expect(history).not.toBeNull();
    expect(history?.has(path)).toBe(false);
  });

  it("lists exactly the committed files of the folder", () => {
    expect([...(history?.keys() ?? [])].sort()).toEqual(cases.map((c) => c.path).sort());
  });

  it("keys paths by the repository root when called from a subfolder", async () => {
    const fromSub = await readGitHistory(join(repo, "content", "ru"), { under: "." });
    expect(fromSub?.get(REPORT_RU)?.firstCommit).toBe("2026-11-26");
    expect(fromSub?.has(REPORT_KY)).toBe(false);
  });

  const keyed = [
    { repoDir: ".", under: "content", key: "ru/reports/2026-10.md", size: 5 },
    { repoDir: "content", under: ".", key: "ru/reports/2026-10.md", size: 5 },
    { repoDir: "content", under: "ru/reports", key: "2026-10.md", size: 2 },
    { repoDir: ".", under: ".", key: REPORT_RU, size: 6 }, // the whole repository, README.md too
  ] as const;
  it.each(keyed)("keys: under, from $repoDir with under $under, gives $key", async ({ repoDir, under, key, size }) => {
    const rekeyed = await readGitHistory(join(repo, repoDir), { under, keys: "under" });
    expect(rekeyed?.get(key)?.firstCommit).toBe("2026-11-26");
    expect(rekeyed?.size).toBe(size);
  });

  it("reads the history of another ref when asked", async () => {
    const before = await readGitHistory(repo, { under: "content", ref: sha.edit });
    expect(before?.get(REPORT_RU)?.lastCommit).toBe("2026-12-01");
    expect(before?.has(POST)).toBe(false);
  });
});

describe("readGitHistory without usable history", () => {
  const cases = [
    {
      name: "a plain folder",
      make: () => {
        const dir = tempDir();
        write(dir, REPORT_RU, "v1");
        return dir;
      },
    },
    { name: "a folder that does not exist", make: () => join(tempDir(), "missing") },
    {
      name: "a shallow clone",
      make: () => {
        const dir = join(tempDir(), "shallow");
        git(tmpdir(), ["clone", "-q", "--depth", "1", `file://${repo}`, dir]);
        return dir;
      },
    },
  ] as const;

  it.each(cases)("$name gives null", async ({ make }) => {
    expect(await readGitHistory(make(), { under: "content" })).toBeNull();
  });

  it("a repository with no commits gives an empty map", async () => {
    const dir = tempDir();
    git(dir, ["init", "-q", "-b", "main"]);
    write(dir, REPORT_RU, "v1");
    const history = await readGitHistory(dir, { under: "content" });
    expect(history).toBeInstanceOf(Map);
    expect(history?.size).toBe(0);
  });

  it("a full clone of the same repository does give history", async () => {
    const dir = join(tempDir(), "full");
    git(tmpdir(), ["clone", "-q", `file://${repo}`, dir]);
    expect((await readGitHistory(dir, { under: "content" }))?.get(REPORT_RU)?.firstCommit).toBe("2026-11-26");
  });
});

describe("parseGitLog", () => {
  const a = "a".repeat(40);
  const b = "b".repeat(40);
  const cases = [
    {
      name: "newest first: first is the oldest record",
      log: `\x01${b}\t2026-12-01T10:00:00+06:00\0\nM\0x.md\0\x01${a}\t2026-11-20T10:00:00+06:00\0\nA\0x.md\0`,
      expected: { "x.md": { firstCommit: "2026-11-20", lastCommit: "2026-12-01", firstSha: a, lastSha: b } },
    },
    {
      name: "a deletion as newest change removes the file",
      log: `\x01${b}\t2026-12-01T10:00:00+06:00\0\nD\0x.md\0\x01${a}\t2026-11-20T10:00:00+06:00\0\nA\0x.md\0`,
      expected: {},
    },
    {
      name: "a commit with several files",
      log: `\x01${a}\t2026-11-20T19:00:00+00:00\0\nA\0x.md\0A\0y z.md\0`,
      expected: {
        "x.md": { firstCommit: "2026-11-21", lastCommit: "2026-11-21", firstSha: a, lastSha: a },
        "y z.md": { firstCommit: "2026-11-21", lastCommit: "2026-11-21", firstSha: a, lastSha: a },
      },
    },
    { name: "empty output", log: "", expected: {} },
  ] as const;
  it.each(cases)("$name", ({ log, expected }) => {
    expect(Object.fromEntries(parseGitLog(log))).toEqual(expected);
  });

  it("refuses a commit time it cannot read (readGitHistory then says the history is unknown)", () => {
    expect(() => parseGitLog(`\x01${a}\tnot a time\0\nA\0x.md\0`)).toThrow(RangeError);
  });
});

describe("withGitHistory", () => {
  const history = new Map<string, FileHistory>([
    ["ru/reports/2026-10.md", { firstCommit: "2026-11-24", lastCommit: "2026-11-26", firstSha: "a".repeat(40), lastSha: "b".repeat(40) }],
  ]);
  const cases = [
    { name: "a committed file", history, inputPath: "ru/reports/2026-10.md", first: "2026-11-24", last: "2026-11-26" },
    { name: "a file never committed", history, inputPath: "ru/reports/2026-11.md", first: null, last: null },
    { name: "no history at all", history: null, inputPath: "ru/reports/2026-10.md", first: undefined, last: undefined },
  ] as const;
  it.each(cases)("$name", ({ history: h, inputPath, first, last }) => {
    const entry: { inputPath: string; title: string; firstCommit?: string | null; lastCommit?: string | null } = { inputPath, title: "x" };
    const [out] = withGitHistory([entry], h);
    expect(out?.firstCommit).toBe(first);
    expect(out?.lastCommit).toBe(last);
    expect(out?.title).toBe("x");
    expect(entry).toEqual({ inputPath, title: "x" }); // the input is not changed
  });
});
