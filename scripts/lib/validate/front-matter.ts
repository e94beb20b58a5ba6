/**
 * Splits an entry file into front matter and body, keeping the line of every key,
 * so that each error can point staff to the exact line in GitHub's editor.
 */
import matter from "gray-matter";
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { messages } from "./messages.ts";
import type { Bilingual } from "../shared/lang.ts";

export interface ParsedYaml {
  /** Plain data (YAML 1.2 core: dates stay strings, `18:00` stays a string). */
  data: Record<string, unknown>;
  /** The line of a key path, e.g. `lineOf(["attachments", 0, "file"])`; 1 when unknown. */
  lineOf(path: readonly PropertyKey[]): number;
}

export interface ParsedFile extends ParsedYaml {
  body: string;
  /** File line where the body starts (1-based). */
  bodyLine: number;
}

export interface ParseProblem {
  line: number;
  message: Bilingual;
}

// gray-matter parses YAML 1.1 with js-yaml by default (`18:00` becomes 1080); we only let it split.
const SPLIT_ONLY = { engines: { yaml: () => ({}) } };

/**
 * @example parseEntryFile("---\ntitle: Отчёт\ndate: 2026-11-25\n---\nТекст").data.title // "Отчёт"
 */
export function parseEntryFile(source: string): ParsedFile | ParseProblem {
  // Files saved on Windows (or pasted through some editors) arrive with CRLF: read them as LF.
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!/^---[ \t]*\r?\n/.test(text)) return { line: 1, message: messages.noFrontMatter() };
  // gray-matter closes at the next line starting with `---`; without one, the whole text would be
  // read as fields and the first line of prose reported as an unknown field.
  if (!/\n---/.test(text.slice(3))) return { line: 1, message: messages.unclosedFrontMatter() };
  const split = matter(text, SPLIT_ONLY);
  // `split.matter` starts with the newline after the opening `---`, so YAML line N is file line N.
  const yaml = parseYamlMap(split.matter);
  if (isParseProblem(yaml)) return yaml;
  // Front matter lines are 2..n+1 (after the opening `---`), the closing `---` is next, then the body.
  return { ...yaml, body: split.content, bodyLine: split.matter.split("\n").length + 2 };
}

/**
 * Parses a YAML mapping (front matter or a `_data/*.yaml` file) keeping each key's line.
 * `notMap` is what to say when the text is a list or a lone value instead of keys.
 * @example (parseYamlMap("a: 1\nb: 2") as ParsedYaml).lineOf(["b"]) // 2
 */
export function parseYamlMap(text: string, notMap: Bilingual = messages.frontMatterNotMap()): ParsedYaml | ParseProblem {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = counter.linePos(error.pos[0]).line;
    const reason = error.code === "DUPLICATE_KEY" ? messages.duplicateKey() : error.message.split("\n")[0]!;
    return { line, message: messages.yamlSyntax(reason) };
  }
  let data: unknown;
  try {
    // `yaml` refuses to expand more than 100 aliases (a "billion laughs" file): that is this file's error.
    data = doc.toJS();
  } catch (error) {
    const alias = /alias/i.test((error as Error).message);
    return { line: alias ? firstAliasLine(text) : 1, message: alias ? messages.yamlAliases() : messages.yamlSyntax((error as Error).message) };
  }
  if (data !== null && (typeof data !== "object" || Array.isArray(data))) return { line: 1, message: notMap };
  return { data: (data ?? {}) as Record<string, unknown>, lineOf: (path) => lineOfPath(doc, counter, path) };
}

/** The line of the first `*alias` in a YAML text, 1 when there is none. */
function firstAliasLine(text: string): number {
  const index = text.search(/(?:^|[\s[{,:-])\*[^\s,\]}]/m);
  return index < 0 ? 1 : text.slice(0, index + 1).split("\n").length;
}

function lineOfPath(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  // Prefer the key's own line (`attendance: -1` → that line), else the value node's.
  let node: unknown = doc.contents;
  let line = 1;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (keyNode.range) line = counter.linePos(keyNode.range[0]).line;
      node = pair.value;
    } else if (node && typeof node === "object" && "items" in node && typeof segment === "number") {
      const item = (node as { items: unknown[] }).items[segment] as Node | undefined;
      if (!item) break;
      if (item.range) line = counter.linePos(item.range[0]).line;
      node = item;
    } else break;
  }
  return line;
}

export function isParseProblem<T extends object>(value: T | ParseProblem): value is ParseProblem {
  return "message" in value;
}

/**
 * The value at a key path of parsed YAML data, or undefined when the path leads nowhere.
 * @example valueAt({ attachments: [{ file: "a.pdf" }] }, ["attachments", 0, "file"]) // "a.pdf"
 */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
