import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { swapDirectory } from "../../../scripts/lib/publish/swap-dir.ts";

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "achyk-swap-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Writes files (relative path → text) under a folder. */
async function tree(dir: string, files: Record<string, string>): Promise<void> {
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
}

/** Reads every file under a folder back as relative path → text. */
async function read(dir: string): Promise<Record<string, string>> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const d of found.filter((x) => x.isFile())) {
    const full = path.join(d.parentPath, d.name);
    files[path.relative(dir, full)] = await readFile(full, "utf8");
  }
  return files;
}

describe("swapDirectory", () => {
  const cases = [
    {
      name: "no previous site: the new one takes its place",
      old: null,
      fresh: { "index.html": "new", "ky/index.html": "жаңы" },
    },
    {
      name: "a previous site is replaced entirely, stale pages included",
      old: { "index.html": "old", "ru/old/index.html": "stale", "files/a.pdf": "%PDF" },
      fresh: { "index.html": "new", "ru/index.html": "новый" },
    },
    {
      name: "an empty new site replaces a full one",
      old: { "index.html": "old" },
      fresh: {},
    },
  ] as const;

  it.each(cases)("$name", async ({ old, fresh }) => {
    const target = path.join(root, "_site");
    const building = path.join(root, "_site.building-1");
    if (old) await tree(target, old);
    await mkdir(building, { recursive: true });
    await tree(building, fresh);

    await swapDirectory(building, target);

    expect(await read(target)).toEqual(fresh);
    // Neither the work folder nor the set-aside old site remain.
    expect(await readdir(root)).toEqual(["_site"]);
  });

  it("when the new folder is missing, it throws and the old site stays byte for byte", async () => {
    const target = path.join(root, "_site");
    const old = { "index.html": "old", "ky/index.html": "эски" };
    await tree(target, old);

    await expect(swapDirectory(path.join(root, "nope"), target)).rejects.toThrow();

    expect(await read(target)).toEqual(old);
    expect(await readdir(root)).toEqual(["_site"]);
  });

  it("when there is neither a new nor an old folder, it throws and creates nothing", async () => {
    await expect(swapDirectory(path.join(root, "nope"), path.join(root, "_site"))).rejects.toThrow();
    expect(await readdir(root)).toEqual([]);
  });

  it("when the target's parent folder is missing, it throws and the new folder stays where it was", async () => {
    const building = path.join(root, "b");
    await tree(building, { "index.html": "new" });
    await expect(swapDirectory(building, path.join(root, "missing", "_site"))).rejects.toThrow();
    expect(await read(building)).toEqual({ "index.html": "new" });
  });

  it("swapping twice keeps only the latest site", async () => {
    const target = path.join(root, "_site");
    for (const version of ["v1", "v2", "v3"]) {
      const building = path.join(root, `build-${version}`);
      await tree(building, { "index.html": version, [`${version}.txt`]: version });
      await swapDirectory(building, target);
    }
    expect(await read(target)).toEqual({ "index.html": "v3", "v3.txt": "v3" });
    expect(await readdir(root)).toEqual(["_site"]);
  });
});
