/**
 * What a build worked out, kept on disk by a hash of its inputs, so that the next build of an
 * unchanged site does only what changed: each file's validation, the text of attachments,
 * QR codes, photos. A key is a hash of everything the value depends on; every cache file also
 * carries the engine's fingerprint (its version, its code, its locked dependencies, Node's
 * version), so a value made by other code is never read. A cache file that cannot be read
 * (damaged, cut short, from another engine) is ignored: the build does the work again, and
 * its result is the same as with the cache, byte for byte.
 *
 * The folder is `.cache/achyk/` in the project (gitignored; `ACHYK_CACHE` names another, and
 * `ACHYK_CACHE=off` turns caching off). The publish workflow keeps it between runs.
 */
import { createHash } from "node:crypto";
import { constants, readdirSync, readFileSync } from "node:fs";
import { copyFile, mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { ENGINE_VERSION } from "./engine.ts";
import { decodeCacheFile, encodeCacheFile, writeAtomically } from "./cache-file.ts";

const projectDir = path.resolve(import.meta.dirname, "../../..");

/**
 * The cache folder for an environment: `ACHYK_CACHE` (relative to `cwd`), `null` when it is
 * `off`, else `.cache/achyk/` in the project.
 * @example cacheDirFrom({ ACHYK_CACHE: "off" }) // null
 */
export function cacheDirFrom(env: Readonly<Record<string, string | undefined>> = process.env, cwd = process.cwd()): string | null {
  const value = env.ACHYK_CACHE?.trim();
  if (value === "off" || value === "0" || value === "false") return null;
  return value ? path.resolve(cwd, value) : path.join(projectDir, ".cache", "achyk");
}

/**
 * A short, stable hash of values (strings or bytes), each kept apart from the next.
 * @example hashKey("ky/posts/a.md", new Uint8Array([1, 2])) // "5mJ2…" (43 characters)
 */
export function hashKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) {
    const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
    // The length first: ("ab", "c") and ("a", "bc") never hash alike.
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest("base64url");
}

let fingerprint: string | undefined;

/**
 * This engine, for caches: its version, every file of `scripts/lib/` and `scripts/plugins/`,
 * the lock file of its dependencies and Node's version, hashed. A change to any of them makes
 * every cache file new.
 * @example engineFingerprint().length // 43
 */
export function engineFingerprint(): string {
  fingerprint ??= fingerprintOf(projectDir);
  return fingerprint;
}

/**
 * The fingerprint of the engine in `root` (see {@link engineFingerprint}).
 * @example fingerprintOf("/repo") === fingerprintOf("/repo") // true
 */
export function fingerprintOf(root: string): string {
  const files = ["lib", "plugins"]
    .flatMap((folder) => readdirSync(path.join(root, "scripts", folder), { recursive: true, withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
  const parts: (string | Uint8Array)[] = [ENGINE_VERSION, process.versions.node];
  for (const file of [...files, path.join(root, "package-lock.json")]) {
    parts.push(path.relative(root, file), readFileSync(file));
  }
  return hashKey(...parts);
}

/**
 * One cache file: values by key. Values are anything `v8.serialize` keeps (plain objects,
 * strings, typed arrays). `save()` writes the values read or added by this run only, so the
 * file never keeps what the content no longer has.
 * @example
 * const cache = await DiskCache.open<string>(".cache/achyk", "qr");
 * cache.get(key) ?? cache.set(key, await qrSvg(url)); await cache.save();
 */
export class DiskCache<V> {
  readonly stats = { hits: 0, misses: 0, ignored: false };
  private readonly used = new Map<string, V>();
  private changed = false;

  private constructor(
    /** The cache file, or null: a cache that keeps nothing (caching off). */
    readonly file: string | null,
    private readonly name: string,
    private readonly stored: Map<string, V>,
  ) {}

  /**
   * Reads `<dir>/<name>.bin`; a missing, damaged or foreign file gives an empty cache.
   * `dir` null: caching is off, nothing is read or written.
   */
  static async open<V>(dir: string | null, name: string): Promise<DiskCache<V>> {
    if (!dir) return new DiskCache<V>(null, name, new Map());
    const file = path.join(dir, `${name}.bin`);
    const bytes = await readFile(file).catch(() => null);
    const entries = bytes ? decodeCacheFile<V>(bytes, { engine: engineFingerprint(), name }) : null;
    const cache = new DiskCache<V>(file, name, entries ?? new Map());
    cache.stats.ignored = bytes !== null && entries === null;
    return cache;
  }

  get(key: string): V | undefined {
    const value = this.used.get(key) ?? this.stored.get(key);
    if (value === undefined) {
      this.stats.misses += 1;
      return undefined;
    }
    this.stats.hits += 1;
    this.used.set(key, value);
    return value;
  }

  set(key: string, value: V): V {
    this.used.set(key, value);
    this.changed = true;
    return value;
  }

  /** Writes the values of this run, when any is new or some stored value went unused (atomic: a temporary file renamed). */
  async save(): Promise<void> {
    if (!this.file) return;
    const dropped = [...this.stored.keys()].some((key) => !this.used.has(key));
    if (!this.changed && !dropped) return;
    await writeAtomically(this.file, encodeCacheFile({ engine: engineFingerprint(), name: this.name }, [...this.used]));
  }
}

/**
 * The name of a cache file for one kind of value and one content folder: the nightly build of
 * a site and the tests' small trees never evict each other's values.
 * @example cacheName("entries", "/repo/content") // "entries-3kq9…" (12 characters of hash)
 */
export function cacheName(kind: string, contentDir: string): string {
  return `${kind}-${hashKey(path.resolve(contentDir)).slice(0, 12)}`;
}

/**
 * A folder of generated files (photos in two sizes and formats, the link-preview picture) whose
 * names carry the hash of their inputs, as eleventy-img names them: a tool that finds its output
 * there already skips the work. What a run uses is copied into the output; `prune()` removes
 * what no longer serves.
 * @example
 * const photos = new FolderCache(".cache/achyk/img-3kq9…");
 * await photos.publish(".cache/achyk/img-3kq9…/a1b2-480.webp", "_site/img/a1b2-480.webp");
 * await photos.prune();
 */
export class FolderCache {
  private readonly used = new Set<string>();

  constructor(readonly dir: string) {}

  /** Copies a file of the folder to `target` (a copy-on-write clone where the file system can). */
  async publish(file: string, target: string): Promise<void> {
    this.used.add(path.resolve(file));
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(file, target, constants.COPYFILE_FICLONE);
  }

  /** Removes the files of the folder that this run did not publish. */
  async prune(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    await Promise.all(names.map((name) => path.join(this.dir, name)).filter((file) => !this.used.has(file)).map((file) => rm(file, { force: true })));
  }
}
