/**
 * Everything one entry file gives on its own, before any other file is looked at: its text
 * (decoded, cleaned), the entry its front matter describes, every problem of the file alone,
 * what the privacy and text guards find, the links of its body, and the body rendered for its
 * page. It depends on the file's path and bytes, the office contacts and nothing else (not on
 * the day of the build), so it is the unit of the cache by content and of worker threads: pure,
 * and made of plain data that a thread can hand to another and `v8.serialize` can keep.
 */
import { parseEntry, type EntryBase } from "./entry-file.ts";
import { guardEntrySource } from "./entry-guards.ts";
import { scanBody, type BodyItem } from "./links.ts";
import { contentMessages } from "./messages.ts";
import type { Problem } from "./problems.ts";
import { sourceText } from "./source-text.ts";
import { plainTextExcerpt, renderMarkdown } from "../shared/markdown.ts";

export interface EntryWork {
  /** Problems of reading and parsing the file: encoding, control characters, front matter, schema. */
  problems: Problem[];
  /** What the guards found: personal data, text garbled by old fonts, lists of residents' names. */
  guarded: Problem[];
  /** The entry, when the file is a valid one. */
  entry?: EntryBase;
  /**
   * Lines of the keys that checks across files point at, by dotted path (`date`, `publish`,
   * `period`, `attachments.0.file`): those checks run after this work, without the file's parse.
   */
  lines: Record<string, number>;
  /** Links, images and raw HTML of the body, for the link checks. */
  items: BodyItem[];
  /** The body rendered for the entry's page (when asked for). */
  html?: string;
  /** The start of the body as plain text, for `entries.json` (with `html`). */
  excerpt?: string;
}

export interface WorkOptions {
  /** Contacts `site.yaml` publishes on purpose (office phones): never personal data. */
  office: readonly string[];
  /** Render the body for its page too (a build); `npm run check` shows no page. */
  html: boolean;
}

/**
 * @example workEntryFile("ky/posts/a.md", bytes, { office: [], html: true }).entry?.url // "/ky/posts/a/"
 */
export function workEntryFile(rel: string, bytes: Uint8Array, options: WorkOptions): EntryWork {
  const read = sourceText(rel, bytes);
  const none = (problems: Problem[]): EntryWork => ({ problems, guarded: [], lines: {}, items: [] });
  if (read.text === null) return none(read.problems);
  try {
    const parsed = parseEntry(rel, read.text);
    if (!parsed.entry) return none([...read.problems, ...parsed.problems]);
    const entry = parsed.entry;
    const work: EntryWork = {
      problems: [...read.problems, ...parsed.problems],
      guarded: guardEntrySource(entry, read.text, options.office),
      entry,
      lines: keyLines(entry, parsed.lineOf!),
      items: scanBody(entry.body),
    };
    if (options.html) {
      work.html = renderMarkdown(entry.body);
      work.excerpt = plainTextExcerpt(entry.body);
    }
    return work;
  } catch (error) {
    // One file that breaks a parser is that file's error; the run's other problems stay.
    return none([...read.problems, { severity: "error", file: rel, line: 1, message: contentMessages.unreadable(String((error as Error).message ?? error).slice(0, 200)) }]);
  }
}

/** The keys whose lines the checks across files need (see {@link EntryWork.lines}). */
function keyLines(entry: EntryBase, lineOf: (path: readonly PropertyKey[]) => number): Record<string, number> {
  const paths: (readonly PropertyKey[])[] = [["date"], ["publish"], ["period"]];
  (entry.data.attachments ?? []).forEach((_, i) => paths.push(["attachments", i, "file"]));
  return Object.fromEntries(paths.map((p) => [p.join("."), lineOf(p)]));
}

/**
 * The line of a key path of a worked file, 1 when the path is not one of {@link EntryWork.lines}.
 * @example lineAt(work, ["period"]) // 4
 */
export function lineAt(work: Pick<EntryWork, "lines">, path: readonly PropertyKey[]): number {
  return work.lines[path.join(".")] ?? 1;
}
