/**
 * A worker thread's module as one plain JavaScript file. Worker threads do not inherit the
 * TypeScript loader of the main thread (tsx registers it there only; registering it again
 * costs ~0.8 s of CPU per worker), so a worker runs its module bundled by esbuild (~0.2 s to
 * start). A bundle is made once per engine: its name carries the engine's fingerprint, and it
 * is kept in the system's temporary folder. Never in the cache folder: that one is restored from
 * GitHub's cache storage in CI, and nothing restored from there is ever run as code.
 */
import { readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { engineFingerprint } from "./disk-cache.ts";
import { writeAtomically } from "./cache-file.ts";

const made = new Map<string, Promise<string>>();

/**
 * The path of the bundle of `entry` (a TypeScript module), made if missing. Packages named in
 * `external` stay out of it (the worker imports them by a URL it is given).
 * @example new Worker(await workerBundle("/repo/scripts/lib/validate/entry-worker.ts"))
 */
export function workerBundle(entry: string, { external = [] }: { external?: string[] } = {}): Promise<string> {
  const folder = path.join(os.tmpdir(), "achyk");
  const name = path.basename(entry, path.extname(entry));
  const file = path.join(folder, `${name}-${engineFingerprint()}.mjs`);
  let bundle = made.get(file);
  if (!bundle) made.set(file, (bundle = make(entry, file, name, external)));
  return bundle;
}

async function make(entry: string, file: string, name: string, external: string[]): Promise<string> {
  if (await stat(file).then(() => true, () => false)) return file;
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "silent",
    external,
    // Dependencies written as CommonJS (gray-matter) call require(): give the ES module one.
    banner: { js: 'import { createRequire as __achykRequire } from "node:module"; const require = __achykRequire(import.meta.url);' },
  });
  // Written aside and renamed: two builds starting at once never read half a file.
  await writeAtomically(file, result.outputFiles[0]!.contents);
  const folder = path.dirname(file);
  // Bundles of other engines (older code) are of no use any more.
  const older = new RegExp(`^${name}-.*\\.mjs$`);
  for (const old of await readdir(folder)) {
    if (older.test(old) && path.join(folder, old) !== file) await rm(path.join(folder, old), { force: true });
  }
  return file;
}
