/** The cache by content: a load that reads it finds exactly what a load without it finds. */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateCorpus } from "../../../scripts/cli/bench-corpus.ts";
import { loadContent, type LoadedContent, type LoadOptions } from "../../../scripts/lib/validate/load.ts";

const TODAY = "2026-11-25";
const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const POST = "ky/posts/2026-11-10-suu.md";

/** Everything a load found, without object identity. */
const summary = (content: LoadedContent) => ({
  entries: content.entries.map((e) => ({ ...e })),
  problems: content.problems,
  pdfText: [...content.pdfText],
  attachments: [...content.attachments],
});

describe("loadContent with the cache by content", () => {
  let dir: string;
  let cacheDir: string;
  const load = (options: Partial<LoadOptions> = {}) => loadContent({ contentDir: dir, today: TODAY, gitHistory: false, cacheDir, ...options });

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "achyk-content-"));
    cacheDir = await mkdtemp(path.join(tmpdir(), "achyk-cache-"));
    await cp(path.join(FIXTURES, "small"), dir, { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  });

  it.each(["small", "invalid"])("%s: a warm load finds what a cold one and one without cache find", async (fixture) => {
    await rm(dir, { recursive: true, force: true });
    await cp(path.join(FIXTURES, fixture), dir, { recursive: true });
    const none = await load({ cacheDir: null });
    const cold = await load();
    const warm = await load();
    expect(cold.stats?.cached).toBe(0);
    expect(warm.stats?.cached).toBe(warm.stats?.files);
    expect(warm.stats?.worked).toBe(0);
    expect(summary(cold)).toEqual(summary(none));
    expect(summary(warm)).toEqual(summary(none));
  });

  it("keeps each file's work in one file of the cache folder, and the attachments' text in another", async () => {
    await load();
    const names = (await readdir(cacheDir)).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^attachments-.*\.bin$/);
    expect(names[1]).toMatch(/^entries-.*\.bin$/);
  });

  it("works again only the file that changed, and finds what a load without cache finds", async () => {
    await load();
    await writeFile(path.join(dir, POST), `${await readFile(path.join(dir, POST), "utf8")}\nТел.: 0555 12-34-56\n`);
    const warm = await load();
    expect(warm.stats).toMatchObject({ worked: 1, cached: warm.stats!.files - 1 });
    expect(summary(warm)).toEqual(summary(await load({ cacheDir: null })));
    expect(warm.problems.some((p) => p.file === POST && p.key === "phone")).toBe(true);
  });

  it("works every file again when the office contacts change: what is personal data depends on them", async () => {
    await load();
    const site = path.join(dir, "_data/site.yaml");
    await writeFile(site, (await readFile(site, "utf8")).replace('phone: "+996 3722 5 12 34"', 'phone: "+996 3722 5 99 99"'));
    const warm = await load();
    expect(warm.stats?.cached).toBe(0);
    expect(summary(warm)).toEqual(summary(await load({ cacheDir: null })));
  });

  it("places cached entries on the day of the load: a scheduled report goes live without being worked again", async () => {
    const before = await load();
    const later = await load({ today: "2027-01-01" });
    expect(later.stats?.worked).toBe(0);
    expect(before.entries.find((e) => e.inputPath === "ky/reports/2026-11.md")?.state).toBe("scheduled");
    expect(later.entries.find((e) => e.inputPath === "ky/reports/2026-11.md")?.state).toBe("live");
    expect(summary(later)).toEqual(summary(await load({ today: "2027-01-01", cacheDir: null })));
  });

  it("renders bodies missing from a cache that `check` made, for a build", async () => {
    const checked = await load({ html: false });
    expect(checked.entries.every((e) => e.html === undefined)).toBe(true);
    const built = await load();
    expect(built.stats?.worked).toBe(built.stats?.files);
    expect(built.entries.every((e) => typeof e.html === "string")).toBe(true);
    expect(summary(built)).toEqual(summary(await load({ cacheDir: null })));
  });

  it("ignores a damaged cache file and finds the same", async () => {
    await load();
    for (const name of await readdir(cacheDir)) {
      const file = path.join(cacheDir, name);
      const bytes = await readFile(file);
      await writeFile(file, bytes.subarray(0, bytes.length >> 1));
    }
    const damaged = await load();
    expect(damaged.stats?.cached).toBe(0);
    expect(summary(damaged)).toEqual(summary(await load({ cacheDir: null })));
    // …and the next load has a good cache again.
    expect((await load()).stats?.worked).toBe(0);
  });

  it("finds the same with worker threads as on the main thread", async () => {
    for (const file of generateCorpus({ size: 300, today: TODAY, seed: 5 })) {
      await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
      await writeFile(path.join(dir, file.path), file.text);
    }
    const threads = await load({ cacheDir: null, threads: 1 });
    expect(threads.stats?.threads).toBe(1);
    expect(summary(threads)).toEqual(summary(await load({ cacheDir: null, threads: 0 })));
  });
});
