/**
 * What is in the content folder, every file accounted for. Each file is an entry (`.md` in a
 * language folder), a data file, a template, the staff guide, an attachment in `files/`, or a
 * problem, so nothing is silently skipped and nothing unchecked is published:
 * - a symbolic link, anywhere: the Pages upload follows it (`files/passwd.txt → /etc/passwd`);
 * - a hidden file or folder (name starting with a dot) among attachments or entries: it would
 *   skip the checks, and be published all the same;
 * - a file in an entry folder that is not `.md` (`2026-09` with no extension, `jangylyk.MD`,
 *   `note.txt`): a report that never appears, and no word about it.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { contentMessages } from "./messages.ts";
import type { Problem } from "./problems.ts";

/** Top-level folders that hold no entries. */
const NOT_ENTRIES = new Set(["_data", "_templates", "node_modules"]);
/** Empty files that only keep a folder in git; never published, never reported. */
const PLACEHOLDERS = new Set([".gitkeep", ".keep"]);
/** Characters a file name must not hold: they break a line of CI output or a link. */
const CONTROL = /[\u0000-\u001f\u007f]/u;

export type PathKind = "file" | "symlink" | "folder" | "other";

/** What one path of the content folder is, and what is wrong with it. */
export type PathRole =
  | { role: "entry" | "attachment" | "skip" }
  | { role: "problem"; problem: Problem };

export interface ContentTree {
  /** Entry files (`ky/reports/2026-10.md`), sorted. */
  entryFiles: string[];
  /** Attachments, relative to `files/` (`minutes/a.pdf`), sorted. */
  attachments: string[];
  problems: Problem[];
}

/**
 * The role of one path (relative to the content folder, `/`-separated) of the given kind.
 * @example classifyContentPath("ky/reports/2026-09", "file") // { role: "problem", problem: { file: "ky/reports/2026-09", … } }
 * @example classifyContentPath("files/minutes/a.pdf", "file") // { role: "attachment" }
 */
export function classifyContentPath(rel: string, kind: PathKind): PathRole {
  const parts = rel.split("/");
  const name = parts.at(-1)!;
  const top = parts[0]!;
  const problem = (message: Problem["message"]): PathRole => ({ role: "problem", problem: { severity: "error", file: rel, line: 1, message } });
  if (kind === "symlink") return problem(contentMessages.symlink(rel));
  // Outside entries and attachments: the guide, data and templates, dot folders of tools.
  if (parts.length === 1 || top.startsWith(".") || NOT_ENTRIES.has(top)) return { role: "skip" };
  // A hidden folder is reported once, by its own name; what is inside it, not again.
  if (parts.slice(0, -1).some((part) => part.startsWith("."))) return { role: "skip" };
  if (kind === "folder") return name.startsWith(".") ? problem(contentMessages.hidden(rel, top === "files")) : { role: "skip" };
  if (kind === "other") return problem(contentMessages.notAFile(rel));
  if (CONTROL.test(rel)) return problem(contentMessages.controlInName(rel));
  if (PLACEHOLDERS.has(name)) return { role: "skip" };
  if (name.startsWith(".")) return problem(contentMessages.hidden(rel, top === "files"));
  if (top === "files") return { role: "attachment" };
  if (name.toLowerCase() === "readme.md") return { role: "skip" };
  if (name.endsWith(".md")) return { role: "entry" };
  return problem(contentMessages.notAnEntry(rel, path.posix.extname(name)));
}

/**
 * Walks the content folder (never following links) and sorts every path by its role.
 * @example (await readContentTree("content")).entryFiles[0] // "ky/acts/2025-03-27-toktom-24-3.md"
 */
export async function readContentTree(contentDir: string): Promise<ContentTree> {
  const found = await readdir(contentDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const tree: ContentTree = { entryFiles: [], attachments: [], problems: [] };
  for (const dirent of found) {
    const rel = path.relative(contentDir, path.join(dirent.parentPath, dirent.name)).split(path.sep).join("/");
    const kind: PathKind = dirent.isSymbolicLink() ? "symlink" : dirent.isDirectory() ? "folder" : dirent.isFile() ? "file" : "other";
    const role = classifyContentPath(rel, kind);
    if (role.role === "entry") tree.entryFiles.push(rel);
    else if (role.role === "attachment") tree.attachments.push(rel.slice("files/".length));
    else if (role.role === "problem") tree.problems.push(role.problem);
  }
  tree.entryFiles.sort();
  tree.attachments.sort();
  return tree;
}
