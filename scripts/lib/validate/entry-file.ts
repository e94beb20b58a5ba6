/** Validates one entry file: its place in the tree, its front matter against its type's schema. */
import { entryUrl, stateOf, type Entry } from "./entry.ts";
import { isParseProblem, parseEntryFile, valueAt } from "./front-matter.ts";
import { issueMessage, messages } from "./messages.ts";
import type { Problem } from "./problems.ts";
import { allowedKeysAt, contentTypes, isContentType, schemas, type ContentType, type FrontMatter } from "./schema.ts";
import { SLUG_RE, slugify } from "../shared/slug.ts";
import { isLang, type Lang } from "../shared/lang.ts";

export interface EntryLocation {
  lang: Lang;
  type: ContentType;
  slug: string;
}

/**
 * Where a file sits says what it is: `ru/reports/2026-10.md` → ru, reports, 2026-10.
 * @example locateEntry("ru/reports/2026-10.md") // { location: { lang: "ru", type: "reports", slug: "2026-10" } }
 */
export function locateEntry(relativePath: string): { location?: EntryLocation; problem?: Problem } {
  const parts = relativePath.split("/");
  const problem = (message: Problem["message"]): { problem: Problem } => ({
    problem: { severity: "error", file: relativePath, line: 1, message },
  });
  if (parts.length !== 3) return problem(messages.misplacedFile());
  const [lang, type, fileName] = parts as [string, string, string];
  if (!isLang(lang)) return problem(messages.unknownLanguage(lang));
  if (!isContentType(type)) return problem(messages.unknownType(type, contentTypes));
  const slug = fileName.replace(/\.md$/, "");
  if (!SLUG_RE.test(slug)) return problem(messages.badSlug(fileName, slugify(slug) || "zapis"));
  return { location: { lang, type, slug } };
}

/** An entry as its file alone says it: everything but its place in time (see {@link placeInTime}). */
export type EntryBase = Omit<Entry, "state" | "firstCommit" | "history" | "html">;

export interface ParsedEntry {
  entry?: EntryBase;
  /** Problems of the file alone; none depends on the day of the build. */
  problems: Problem[];
  lineOf?: (path: readonly PropertyKey[]) => number;
}

/**
 * Parses and validates one entry, whatever day it is: every problem of the file at once.
 * @example parseEntry("ru/posts/x.md", "---\ntitle: A\ndate: 2026-11-25\n---\n").entry?.publish // "2026-11-25"
 */
export function parseEntry(relativePath: string, source: string): ParsedEntry {
  const located = locateEntry(relativePath);
  if (!located.location) return { problems: [located.problem!] };
  const { lang, type, slug } = located.location;

  const parsed = parseEntryFile(source);
  if (isParseProblem(parsed)) {
    return { problems: [{ severity: "error", file: relativePath, line: parsed.line, message: parsed.message }] };
  }

  const result = schemas[type].safeParse(parsed.data);
  if (!result.success) {
    const problems: Problem[] = [];
    for (const issue of result.error.issues) {
      const unknownKeys = issue.code === "unrecognized_keys" ? issue.keys : null;
      for (const name of unknownKeys ?? [String(issue.path.at(-1) ?? "")]) {
        const path = unknownKeys ? [...issue.path, name] : issue.path;
        const found = valueAt(parsed.data, path);
        const parent = path.slice(0, -1);
        // A missing key is reported where it belongs: the front matter's start, or the list item that lacks it.
        const missing = found === undefined && !unknownKeys;
        const line = missing ? (parent.length > 0 ? parsed.lineOf(parent) : 1) : parsed.lineOf(path);
        // Staff see the full path of a nested value (`presented_to.1`), the plain name of a key to add or remove.
        const label = unknownKeys || (missing && parent.length > 0) ? name : path.map(String).join(".");
        problems.push({
          severity: "error",
          file: relativePath,
          line,
          key: unknownKeys ? name : path.map(String).join("."),
          message: issueMessage(issue, label, found, allowedKeysAt(type, parent), missing ? parent.map(String).join(".") : ""),
        });
      }
    }
    return { problems: problems.sort((a, b) => a.line - b.line), lineOf: parsed.lineOf };
  }

  const data = result.data as FrontMatter[typeof type];
  const entry: EntryBase = {
    lang,
    type,
    slug,
    key: `${type}/${slug}`,
    inputPath: relativePath,
    url: entryUrl(lang, type, slug),
    data,
    date: data.date,
    publish: data.publish ?? data.date,
    body: parsed.body,
    bodyLine: parsed.bodyLine,
  };
  return { entry, problems: [], lineOf: parsed.lineOf };
}

/**
 * An entry placed in time: live, scheduled or draft on `today`, with the note that a scheduled
 * entry waits for its day (at the line of `publish`, or of `date` when there is none).
 * @example placeInTime(base, "2026-11-25", () => 3).entry.state // "live"
 */
export function placeInTime(base: EntryBase, today: string, lineOf: (path: readonly PropertyKey[]) => number): { entry: Entry; problems: Problem[] } {
  const entry: Entry = { ...base, state: stateOf(base.data, base.publish, today) };
  if (entry.state !== "scheduled") return { entry, problems: [] };
  const line = lineOf([base.data.publish ? "publish" : "date"]);
  return { entry, problems: [{ severity: "info", file: base.inputPath, line, message: messages.scheduled(base.publish) }] };
}

/**
 * Parses and validates one entry and places it in time. Returns every problem of the file at once.
 * @example validateEntry("ru/posts/x.md", "---\ntitle: A\ndate: 2026-11-25\n---\n", "2026-11-25").entry?.state // "live"
 */
export function validateEntry(
  relativePath: string,
  source: string,
  today: string,
): { entry?: Entry; problems: Problem[]; lineOf?: (path: readonly PropertyKey[]) => number } {
  const parsed = parseEntry(relativePath, source);
  if (!parsed.entry) return { problems: parsed.problems, ...(parsed.lineOf ? { lineOf: parsed.lineOf } : {}) };
  const placed = placeInTime(parsed.entry, today, parsed.lineOf!);
  return { entry: placed.entry, problems: [...parsed.problems, ...placed.problems], lineOf: parsed.lineOf };
}
