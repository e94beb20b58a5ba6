/**
 * Copies the attachments to publish into the output's `files/` folder: only those a live entry
 * links to (see validate/file-references.ts), each checked again to be a regular file inside
 * `content/files/`, never a link. Files the output holds but should not (an entry went back to
 * draft while `npm start` runs) are removed.
 */
import { copyFile, lstat, mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Makes `outDir` hold exactly `files` (paths under `filesDir`). Returns the files copied.
 * Throws when a file is not a regular file inside `filesDir` (validation refuses those first).
 * @example await syncPublishedFiles("content/files", new Set(["minutes/a.pdf"]), "_site/files") // ["minutes/a.pdf"]
 */
export async function syncPublishedFiles(filesDir: string, files: ReadonlySet<string>, outDir: string): Promise<string[]> {
  const root = path.resolve(filesDir);
  const copied: string[] = [];
  // Folders found not to be links, with every folder above them (the walk stops at one).
  const checked = new Set<string>();
  for (const file of [...files].sort()) {
    const source = path.resolve(root, file);
    const rel = path.relative(root, source);
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error(`not inside ${filesDir}: ${file}`);
    // Every folder on the way too: a linked folder would lead out of content/files/.
    for (let dir = path.dirname(source); dir !== root && dir.startsWith(root) && !checked.has(dir); dir = path.dirname(dir)) {
      if ((await lstat(dir)).isSymbolicLink()) throw new Error(`a link, not a folder: ${path.relative(root, dir)}`);
      checked.add(dir);
    }
    const info = await lstat(source);
    if (!info.isFile()) throw new Error(`not a regular file: files/${file}`);
    const target = path.join(outDir, file);
    const existing = await stat(target).catch(() => null);
    if (existing && existing.size === info.size && existing.mtimeMs >= info.mtimeMs) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(source, target);
    copied.push(file);
  }
  const present = await readdir(outDir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const dirent of present) {
    if (dirent.isDirectory()) continue;
    const rel = path.relative(outDir, path.join(dirent.parentPath, dirent.name)).split(path.sep).join("/");
    if (!files.has(rel)) await rm(path.join(outDir, rel), { force: true });
  }
  return copied;
}
