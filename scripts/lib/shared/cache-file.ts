/**
 * The format of a cache file (`disk-cache.ts`): `v8.serialize` of a header (format, engine
 * fingerprint, name) and the entries. Apart from the cache so that a worker thread can write
 * one (the search index's) without loading the engine's fingerprint machinery.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import v8 from "node:v8";

const FORMAT = "achyk-cache/1";

interface CacheFile {
  format: string;
  engine: string;
  name: string;
  entries: [string, unknown][];
}

/** Which cache file: its name, and the engine (fingerprint) that made it. */
export interface CacheFileId {
  engine: string;
  name: string;
}

/**
 * @example encodeCacheFile({ engine, name: "qr-…" }, [["key", "<svg…"]]) // Buffer
 */
export function encodeCacheFile(id: CacheFileId, entries: [string, unknown][]): Buffer {
  return v8.serialize({ format: FORMAT, engine: id.engine, name: id.name, entries } satisfies CacheFile);
}

/**
 * The entries of a cache file's bytes, or null when they are no cache file of this engine and name.
 * @example decodeCacheFile(bytes, { engine, name: "qr-…" })?.get("key") // "<svg…"
 */
export function decodeCacheFile<V>(bytes: Uint8Array, id: CacheFileId): Map<string, V> | null {
  let data: CacheFile;
  try {
    data = v8.deserialize(bytes) as CacheFile;
  } catch {
    return null;
  }
  if (!data || data.format !== FORMAT || data.engine !== id.engine || data.name !== id.name || !Array.isArray(data.entries)) return null;
  return new Map(data.entries.filter((e): e is [string, V] => Array.isArray(e) && typeof e[0] === "string"));
}

/**
 * Writes a file atomically: into a temporary file renamed over it, so a reader never sees half.
 * @example await writeAtomically(".cache/achyk/qr-….bin", bytes)
 */
export async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
