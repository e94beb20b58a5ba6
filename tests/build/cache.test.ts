/**
 * The cache by content, through real builds of the demo (`content/`: entries, PDFs, photos):
 * a cold build (with a worker thread), a warm one, one without cache and one over a damaged
 * cache write the same site, byte for byte.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareTrees } from "../../scripts/cli/same-site.ts";
import { runScript, type RunResult } from "../helpers/run.ts";

const TODAY = "2026-11-25";

let tmp: string;
let cacheDir: string;
const builds: Record<"cold" | "warm" | "off" | "damaged", RunResult> = {} as never;
const out = (name: string) => path.join(tmp, name);
// One build instant for all four (site.json's built_at), so only the cache could make them differ.
const SOURCE_DATE_EPOCH = "1795560420";
const build = (name: string, env: Record<string, string>) =>
  runScript("scripts/cli/build.ts", [], { env: { CONTENT_DIR: "content", SITE_TODAY: TODAY, SOURCE_DATE_EPOCH, ACHYK_OUTPUT: out(name), ...env } });

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "achyk-cache-build-"));
  cacheDir = path.join(tmp, "cache");
  builds.cold = await build("cold", { ACHYK_CACHE: cacheDir, ACHYK_THREADS: "1" });
  builds.warm = await build("warm", { ACHYK_CACHE: cacheDir });
  builds.off = await build("off", { ACHYK_CACHE: "off" });
  // Damage every cache file (cut in half) and remove half of the photos made before.
  for (const entry of await readdir(cacheDir, { withFileTypes: true })) {
    const full = path.join(cacheDir, entry.name);
    if (entry.isFile()) {
      const bytes = await readFile(full);
      await writeFile(full, bytes.subarray(0, bytes.length >> 1));
    } else {
      const photos = await readdir(full);
      for (const photo of photos.filter((_, i) => i % 2 === 0)) await rm(path.join(full, photo));
    }
  }
  builds.damaged = await build("damaged", { ACHYK_CACHE: cacheDir });
}, 300_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("builds with the cache by content", () => {
  it.each(["cold", "warm", "off", "damaged"] as const)("the %s build succeeds", (name) => {
    expect(builds[name].code, builds[name].stderr).toBe(0);
  });

  it.each(["warm", "off", "damaged"] as const)("the %s build writes the cold build's site, byte for byte", async (name) => {
    const diff = await compareTrees(out("cold"), out(name));
    expect({ onlyCold: diff.onlyA, onlyOther: diff.onlyB, differ: diff.differ }).toEqual({ onlyCold: [], onlyOther: [], differ: [] });
    expect(diff.same).toBeGreaterThan(400);
  });

  it("keeps each kind of work in the cache folder (entries, attachments, QR codes, photos, the preview picture, the index) and no code", async () => {
    const names = (await readdir(cacheDir)).map((name) => name.replace(/-[A-Za-z0-9_-]{12}(\.bin)?$/, "$1")).sort();
    expect(names).toEqual(["attachments.bin", "browser-bundles.bin", "entries.bin", "img", "og", "pagefind.bin", "qr.bin"]);
  });

  it("runs no Pagefind when nothing changed, and runs it again over a damaged cache", () => {
    expect(builds.cold.stdout).not.toMatch(/from the cache/);
    expect(builds.warm.stdout).toMatch(/Search index: \d+ records .*unchanged: from the cache/);
    expect(builds.damaged.stdout).not.toMatch(/from the cache/);
  });
});
