import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareTrees } from "../../scripts/cli/same-site.ts";
import { runScript } from "../helpers/run.ts";

describe("compareTrees: which files of two outputs differ", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "achyk-compare-"));
    const files: Record<string, Record<string, string>> = {
      a: { "index.html": "same", "ky/page.html": "one", "only-a.txt": "x", "ky/deep/x.css": "c" },
      b: { "index.html": "same", "ky/page.html": "two", "only-b.txt": "y", "ky/deep/x.css": "c" },
    };
    for (const [side, tree] of Object.entries(files)) {
      for (const [file, text] of Object.entries(tree)) {
        await mkdir(path.dirname(path.join(dir, side, file)), { recursive: true });
        await writeFile(path.join(dir, side, file), text);
      }
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("counts identical files and names changed, removed and added ones", async () => {
    expect(await compareTrees(path.join(dir, "a"), path.join(dir, "b"))).toEqual({
      onlyA: ["only-a.txt"],
      onlyB: ["only-b.txt"],
      differ: ["ky/page.html"],
      same: 2,
    });
  });

  it("finds nothing between a tree and itself", async () => {
    expect(await compareTrees(path.join(dir, "a"), path.join(dir, "a"))).toEqual({ onlyA: [], onlyB: [], differ: [], same: 4 });
  });
});

describe("npm run same-site", () => {
  it("builds one content folder with HEAD's engine and this tree's, and reports what differs", async () => {
    const run = await runScript("scripts/cli/same-site.ts", ["HEAD"], { env: { CONTENT_DIR: "tests/fixtures/small" } });
    const summary = /^HEAD → working tree, content tests\/fixtures\/small, today 2026-11-25: (\d+) files identical, (\d+) different\.$/m.exec(run.stdout);
    expect(summary, run.stdout + run.stderr).not.toBeNull();
    expect(Number(summary![1])).toBeGreaterThan(20);
    const listed = run.stdout.split("\n").filter((line) => /^(changed|removed|added) /.test(line));
    expect(listed).toHaveLength(Number(summary![2]));
    // Exit 0 exactly when the two outputs are the same (in CI, on a clean clone, they are).
    expect(run.code).toBe(listed.length ? 1 : 0);
    // Both builds say they were built at the same instant (SOURCE_DATE_EPOCH), so the open data matches too.
    expect(listed).not.toContain("changed  data/site.json");
  });
});
