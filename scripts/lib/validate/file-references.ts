/**
 * Which entries link to which attachment, through their `attachments` list or a link in their
 * text. Only files a live entry links to are published: the attachments of a draft or of a
 * scheduled entry stay in the repository until the entry goes public, and a file no entry
 * links to is reported, never published.
 */
import path from "node:path";
import type { Entry } from "./entry.ts";
import { linkedFiles } from "./links.ts";
import { fileMessages } from "./messages.ts";
import type { Problem } from "./problems.ts";

/**
 * `attachments[].file` as a path under `content/files/` (a leading slash and `./` allowed).
 * @example attachmentPath("/minutes/./a.pdf") // "minutes/a.pdf"
 */
export function attachmentPath(file: string): string {
  return path.posix.normalize(file.replace(/^\/+/, ""));
}

/**
 * Each attachment path and the entries (any state) that link to it.
 * @example fileReferences(entries).get("minutes/2026-08-14-protokol.pdf")?.map((e) => e.inputPath) // ["ky/meetings/…", "ru/meetings/…"]
 */
export function fileReferences(entries: readonly Entry[]): Map<string, Entry[]> {
  const refs = new Map<string, Entry[]>();
  const add = (file: string, entry: Entry) => {
    const list = refs.get(file);
    if (!list) refs.set(file, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of entries) {
    for (const a of entry.data.attachments ?? []) add(attachmentPath(a.file), entry);
    for (const file of linkedFiles(entry)) add(file, entry);
  }
  return refs;
}

/**
 * The attachments to publish: those a live entry links to.
 * @example publishedFiles(content.entries, content.attachments.keys()) // Set { "minutes/2026-08-14-protokol.pdf", … }
 */
export function publishedFiles(entries: readonly Entry[], files: Iterable<string>): Set<string> {
  const refs = fileReferences(entries);
  return new Set([...files].filter((file) => refs.get(file)?.some((e) => e.state === "live")));
}

/**
 * A warning for each attachment no entry links to (it is not published). Files that already
 * have an error are left out: one message per file.
 * @example unreferencedFiles(["old/a.pdf"], refs, new Set()) // [{ severity: "warning", file: "files/old/a.pdf", … }]
 */
export function unreferencedFiles(files: Iterable<string>, refs: ReadonlyMap<string, readonly Entry[]>, withErrors: ReadonlySet<string>): Problem[] {
  return [...files]
    .filter((file) => !refs.has(file) && !withErrors.has(`files/${file}`))
    .map((file) => ({ severity: "warning", file: `files/${file}`, line: 1, message: fileMessages.unreferenced(file) }));
}
