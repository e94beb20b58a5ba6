import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cacheDirFrom, cacheName, DiskCache, engineFingerprint, fingerprintOf, hashKey } from "../../../scripts/lib/shared/disk-cache.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");

describe("hashKey", () => {
  it("gives the same key for the same values, another for others", () => {
    expect(hashKey("a", new Uint8Array([1, 2]))).toBe(hashKey("a", new Uint8Array([1, 2])));
    expect(hashKey("a", new Uint8Array([1, 2]))).not.toBe(hashKey("a", new Uint8Array([1, 3])));
  });

  it("keeps values apart: (ab, c) and (a, bc) differ", () => {
    expect(hashKey("ab", "c")).not.toBe(hashKey("a", "bc"));
  });

  it("reads a string and its UTF-8 bytes alike", () => {
    expect(hashKey("Жыйын")).toBe(hashKey(new TextEncoder().encode("Жыйын")));
  });
});

describe("cacheDirFrom", () => {
  const cases = [
    { env: {}, out: path.join(ROOT, ".cache", "achyk") },
    { env: { ACHYK_CACHE: "off" }, out: null },
    { env: { ACHYK_CACHE: "0" }, out: null },
    { env: { ACHYK_CACHE: "/tmp/x" }, out: "/tmp/x" },
    { env: { ACHYK_CACHE: "cache-here" }, out: "/work/cache-here" },
  ] as const;
  it.each(cases)("$env → $out", ({ env, out }) => {
    expect(cacheDirFrom(env, "/work")).toBe(out);
  });
});

describe("cacheName", () => {
  it("differs per content folder and per kind, the same for the same folder written two ways", () => {
    expect(cacheName("entries", "/a/content")).not.toBe(cacheName("entries", "/b/content"));
    expect(cacheName("entries", "/a/content")).not.toBe(cacheName("qr", "/a/content"));
    expect(cacheName("entries", "/a/content/")).toBe(cacheName("entries", "/a/content"));
  });
});

describe("DiskCache", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "achyk-cache-"));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("gives the next run what this run saved", async () => {
    const first = await DiskCache.open<{ text: string }>(dir, "t");
    expect(first.get("k")).toBeUndefined();
    first.set("k", { text: "Жыйын" });
    await first.save();
    const second = await DiskCache.open<{ text: string }>(dir, "t");
    expect(second.get("k")).toEqual({ text: "Жыйын" });
    expect(second.stats).toEqual({ hits: 1, misses: 0, ignored: false });
  });

  it("keeps only the values this run read or added: what the content no longer has is dropped", async () => {
    const first = await DiskCache.open<number>(dir, "t");
    first.set("old", 1);
    first.set("kept", 2);
    await first.save();
    const second = await DiskCache.open<number>(dir, "t");
    second.get("kept");
    second.set("new", 3);
    await second.save();
    const third = await DiskCache.open<number>(dir, "t");
    expect([third.get("old"), third.get("kept"), third.get("new")]).toEqual([undefined, 2, 3]);
  });

  it("writes nothing when nothing changed, and leaves no temporary file", async () => {
    const first = await DiskCache.open<number>(dir, "t");
    first.set("k", 1);
    await first.save();
    const before = await readFile(path.join(dir, "t.bin"));
    const second = await DiskCache.open<number>(dir, "t");
    second.get("k");
    await second.save();
    expect((await readFile(path.join(dir, "t.bin"))).equals(before)).toBe(true);
    expect(await readdir(dir)).toEqual(["t.bin"]);
  });

  const damaged = [
    { name: "random bytes", bytes: () => Buffer.from("not a cache at all \u0000\u0001\u0002") },
    { name: "an empty file", bytes: () => Buffer.alloc(0) },
    { name: "a file cut short", bytes: (good: Buffer) => good.subarray(0, Math.floor(good.length / 2)) },
    { name: "a cache of another engine", bytes: () => v8.serialize({ format: "achyk-cache/1", engine: "other", name: "t", entries: [["k", 7]] }) },
    { name: "a cache of another name", bytes: () => v8.serialize({ format: "achyk-cache/1", engine: engineFingerprint(), name: "u", entries: [["k", 7]] }) },
    { name: "an older format", bytes: () => v8.serialize({ format: "achyk-cache/0", engine: engineFingerprint(), name: "t", entries: [["k", 7]] }) },
    { name: "something else serialized", bytes: () => v8.serialize([1, 2, 3]) },
  ];
  it.each(damaged)("ignores $name: an empty cache, and the next save repairs it", async ({ bytes }) => {
    const good = await DiskCache.open<number>(dir, "t");
    good.set("k", 1);
    await good.save();
    await writeFile(path.join(dir, "t.bin"), bytes(await readFile(path.join(dir, "t.bin"))));
    const cache = await DiskCache.open<number>(dir, "t");
    expect(cache.get("k")).toBeUndefined();
    expect(cache.stats.ignored).toBe(true);
    cache.set("k", 2);
    await cache.save();
    expect((await DiskCache.open<number>(dir, "t")).get("k")).toBe(2);
  });

  it("reads and writes nothing when caching is off", async () => {
    const cache = await DiskCache.open<number>(null, "t");
    cache.set("k", 1);
    await cache.save();
    expect(cache.file).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("engine fingerprint", () => {
  it("is this project's, stable within a run", () => {
    expect(engineFingerprint()).toBe(engineFingerprint());
    expect(engineFingerprint()).toBe(fingerprintOf(ROOT));
  });

  it("changes with any file of scripts/lib or scripts/plugins, a new file there, or the lock file; not with other files", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "achyk-engine-"));
    try {
      await mkdir(path.join(root, "scripts/lib/validate"), { recursive: true });
      await mkdir(path.join(root, "scripts/plugins"), { recursive: true });
      await writeFile(path.join(root, "scripts/lib/validate/a.ts"), "export const a = 1;\n");
      await writeFile(path.join(root, "package-lock.json"), "{}\n");
      const seen = new Set([fingerprintOf(root)]);
      const changes = [
        () => writeFile(path.join(root, "scripts/lib/validate/a.ts"), "export const a = 2;\n"),
        () => writeFile(path.join(root, "scripts/lib/validate/b.ts"), "export const b = 1;\n"),
        () => writeFile(path.join(root, "package-lock.json"), '{"lockfileVersion":3}\n'),
        () => writeFile(path.join(root, "scripts/plugins/search.ts"), "export {};\n"),
      ];
      for (const change of changes) {
        await change();
        seen.add(fingerprintOf(root));
      }
      expect(seen.size).toBe(5);
      await writeFile(path.join(root, "README.md"), "text\n");
      expect(seen.has(fingerprintOf(root))).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
