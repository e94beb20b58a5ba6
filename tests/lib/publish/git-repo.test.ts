import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  commitTree,
  git,
  parseLsRemote,
  parseLsTree,
  readFileAt,
  readTree,
  resolve,
  uncommittedChanges,
  writeBlob,
  writeTreeWith,
} from "../../../scripts/lib/publish/git-repo.ts";

const A = "a".repeat(40);
const B = "b".repeat(40);
const C = "c".repeat(40);

describe("parseLsRemote", () => {
  it("maps each tag to its commit, peeling annotated tags", () => {
    const out = `${A}\trefs/tags/v0.1.0\n${B}\trefs/tags/v0.2.0\n${C}\trefs/tags/v0.2.0^{}\n`;
    expect([...parseLsRemote(out)]).toEqual([
      ["v0.1.0", A],
      ["v0.2.0", C],
    ]);
  });
});

describe("parseLsTree", () => {
  it("reads -z output with Kyrgyz file names, modes and submodules", () => {
    const out = [`100644 blob ${A}\tcontent/ky/posts/жаңылык.md`, `100755 blob ${B}\t.ci/run`, `160000 commit ${C}\tvendor/lib`, ""].join("\0");
    expect(parseLsTree(out)).toEqual(
      new Map([
        ["content/ky/posts/жаңылык.md", { mode: "100644", oid: A }],
        [".ci/run", { mode: "100755", oid: B }],
        ["vendor/lib", { mode: "160000", oid: C }],
      ]),
    );
  });
});

describe("a commit written on a temporary index", () => {
  let repo: string;
  const env = { GIT_AUTHOR_NAME: "T", GIT_AUTHOR_EMAIL: "t@example.kg", GIT_COMMITTER_NAME: "T", GIT_COMMITTER_EMAIL: "t@example.kg" };
  beforeAll(async () => {
    repo = await mkdtemp(path.join(tmpdir(), "achyk-git-repo-"));
    git(repo, ["init", "-q", "-b", "main"]);
    await mkdir(path.join(repo, "content/ky/posts"), { recursive: true });
    await writeFile(path.join(repo, "content/ky/posts/жаңылык.md"), "old\n");
    await writeFile(path.join(repo, "gone.txt"), "bye\n");
    git(repo, ["add", "-A"]);
    git(repo, ["commit", "-q", "-m", "one"], { env });
  });
  afterAll(() => rm(repo, { recursive: true, force: true }));

  it("sets and removes files without touching the index or the working tree", async () => {
    const parent = resolve(repo, "HEAD")!;
    const blob = writeBlob(repo, "new\n");
    const tree = writeTreeWith(
      repo,
      parent,
      new Map([
        ["content/ky/posts/жаңылык.md", { mode: "100644", oid: blob }],
        ["added/файл.txt", { mode: "100755", oid: blob }],
        ["gone.txt", null],
      ]),
    );
    const commit = commitTree(repo, tree, parent, "two\n");
    expect([...readTree(repo, commit).keys()].sort()).toEqual(["added/файл.txt", "content/ky/posts/жаңылык.md"]);
    expect(readTree(repo, commit).get("added/файл.txt")?.mode).toBe("100755");
    expect(readFileAt(repo, commit, "content/ky/posts/жаңылык.md")).toBe("new\n");
    expect(git(repo, ["show", "-s", "--format=%P%n%B", commit])).toBe(`${parent}\ntwo\n\n`);
    // The member's checkout is exactly as it was.
    expect(resolve(repo, "HEAD")).toBe(parent);
    expect(uncommittedChanges(repo)).toEqual([]);
    expect(await readFile(path.join(repo, "content/ky/posts/жаңылык.md"), "utf8")).toBe("old\n");
  });

  it("reports uncommitted changes to tracked files, ignoring untracked ones", async () => {
    await writeFile(path.join(repo, "untracked.txt"), "x");
    expect(uncommittedChanges(repo)).toEqual([]);
    await writeFile(path.join(repo, "gone.txt"), "changed\n");
    expect(uncommittedChanges(repo)).toEqual(["gone.txt"]);
    git(repo, ["checkout", "--", "gone.txt"]);
  });
});
