import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeStaleBuilds, swapDirectory } from "../../../scripts/lib/publish/swap-dir.ts";

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

describe("removeStaleBuilds", () => {
  it("removes the work folders of builds whose process is gone, keeps running ones and everything else", async () => {
    const site = path.join(root, "_site");
    const names = ["_site", "_site.building-101", "_site.old-102", "_site.building-200", "_site.building-x", "_site2.building-103", "other"];
    for (const name of names) await tree(path.join(root, name), { "index.html": name });
    const removed = await removeStaleBuilds(site, (pid) => pid === 200);
    expect(removed.map((f) => path.basename(f)).sort()).toEqual(["_site.building-101", "_site.old-102"]);
    expect((await readdir(root)).sort()).toEqual(["_site", "_site.building-200", "_site.building-x", "_site2.building-103", "other"]);
  });

  it("never removes the folder of the build that asks, and asks the system by default", async () => {
    const site = path.join(root, "_site");
    await tree(`${site}.building-${process.pid}`, { "a.html": "mine" });
    // A pid far above any the system hands out: no such process.
    await tree(`${site}.building-4194999`, { "a.html": "killed" });
    expect(await removeStaleBuilds(site)).toEqual([`${site}.building-4194999`]);
    expect(await readdir(root)).toEqual([`_site.building-${process.pid}`]);
  });

  it("does nothing when the output's parent folder does not exist", async () => {
    expect(await removeStaleBuilds(path.join(root, "missing", "_site"))).toEqual([]);
  });
});
