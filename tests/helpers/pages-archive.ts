/**
 * The site as GitHub Pages receives it: `actions/upload-pages-artifact` packs the output folder
 * with `tar --dereference --hard-dereference` (a link becomes the file it points to). Tests pack
 * it the same way, without the action's exclusion of dotfiles (a workflow may turn that on), and
 * read every file back, Pagefind's gzip-compressed index included, to look for what must not be there.
 */
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { runCommand } from "./run.ts";

/** Packs `siteDir` as the action does and unpacks it into `into`; returns the archive's entry names. */
export async function packLikePages(siteDir: string, tarFile: string, into: string): Promise<string[]> {
  const packed = await runCommand("tar", ["--dereference", "--hard-dereference", "--directory", siteDir, "-cf", tarFile, "--exclude=.git", "--exclude=.github", "."]);
  if (packed.code !== 0) throw new Error(`tar: ${packed.stderr}`);
  const listed = await runCommand("tar", ["-tvf", tarFile]);
  await mkdir(into, { recursive: true });
  const unpacked = await runCommand("tar", ["-xf", tarFile, "--directory", into]);
  if (unpacked.code !== 0) throw new Error(`tar: ${unpacked.stderr}`);
  return listed.stdout.split("\n").filter(Boolean);
}

/** Every file under a folder as relative path → text (gzip files decompressed first). */
export async function readAllText(dir: string): Promise<Map<string, string>> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  const texts = new Map<string, string>();
  for (const d of found.filter((x) => x.isFile())) {
    const full = path.join(d.parentPath, d.name);
    let bytes: Buffer = await readFile(full);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    texts.set(path.relative(dir, full).split(path.sep).join("/"), bytes.toString("utf8"));
  }
  return texts;
}
