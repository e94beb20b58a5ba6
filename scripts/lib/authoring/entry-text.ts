/**
 * The text of an entry file from its values, written the way `npm run new` writes a template
 * and a careful person fills it in: keys in the template's order, text in double quotes, days
 * and numbers bare, lists one item a line. Used where a program writes an entry for staff (a
 * submitted issue form), so the file reads like one they wrote themselves.
 */
import { parseDocument } from "yaml";
import { entryTemplate } from "./entry-template.ts";
import type { ContentType } from "../validate/schema.ts";

/** A front-matter value as a form produces it. */
export type EntryValue = string | number | boolean | readonly string[] | readonly Record<string, unknown>[];

/** Keys whose text must stay text: quoted like the template quotes `period: "2026-10"`. */
const QUOTED_SHAPES = new Set(["period", "time"]);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The keys of a type's template, in its order (`title, date, period, reach, summary` for reports).
 * @example templateKeyOrder("events").slice(0, 3) // ["title", "date", "publish"]
 */
function templateKeyOrder(type: ContentType): string[] {
  const text = entryTemplate(type, { lang: "ky", date: "2026-01-01", period: "2026-01" });
  const yaml = text.split("\n---\n")[0]!.replace(/^---\n/, "");
  const doc = parseDocument(yaml).toJS() as Record<string, unknown>;
  return Object.keys(doc);
}

/**
 * Keys in the order a careful person writes them: title and date, `publish` right after the
 * date, then the template's own keys, any other key, `summary`, and the attachments last.
 * @example orderKeys("reports", ["summary", "period", "title", "date", "attachments", "publish"]) // ["title", "date", "publish", "period", "summary", "attachments"]
 */
function orderKeys(type: ContentType, keys: readonly string[]): string[] {
  const template = templateKeyOrder(type).filter((k) => k !== "publish" && k !== "summary");
  const head = ["title", "date", "publish"];
  const tail = ["summary", "attachments"];
  const rank = (key: string): number => {
    const h = head.indexOf(key);
    if (h >= 0) return h;
    const t = template.indexOf(key);
    if (t >= 0) return 10 + t;
    const e = tail.indexOf(key);
    return e >= 0 ? 1000 + e : 500;
  };
  return keys.map((key, i) => ({ key, i })).sort((a, b) => rank(a.key) - rank(b.key) || a.i - b.i).map(({ key }) => key);
}

/** A YAML scalar as the template writes it. JSON strings are valid YAML double-quoted strings. */
function scalar(key: string, value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = String(value);
  if (!QUOTED_SHAPES.has(key) && DAY.test(text) && (key === "date" || key === "publish")) return text;
  return JSON.stringify(text);
}

/** A list value, one item a line; items that are maps (attachments, survey results) as nested blocks. */
function listLines(key: string, items: readonly unknown[], indent: string): string[] {
  const lines: string[] = [];
  for (const item of items) {
    if (item !== null && typeof item === "object" && !Array.isArray(item)) {
      let first = true;
      for (const [k, v] of Object.entries(item)) {
        const prefix = first ? `${indent}- ` : `${indent}  `;
        first = false;
        if (Array.isArray(v)) lines.push(`${prefix}${k}:`, ...listLines(k, v, `${indent}    `));
        else lines.push(`${prefix}${k}: ${k === "file" || k === "count" ? String(v) : scalar(k, v)}`);
      }
    } else {
      // Enumerated values (`presented_to: [council]`) stay bare, as the guide writes them; text is quoted.
      lines.push(`${indent}- ${/^[a-z_]+$/.test(String(item)) && key === "presented_to" ? String(item) : scalar(key, item)}`);
    }
  }
  return lines;
}

/** Enumerated values written bare, like the template's `kind: gathering`. */
const BARE_KEYS = new Set(["kind", "status", "event", "format"]);

export interface EntryText {
  text: string;
  /** The file line of each key, and the first line of the body: to point at a form field from a file line. */
  lines: Record<string, number>;
  bodyLine: number;
}

/**
 * The entry file: front matter, a blank line, the body.
 * @example renderEntry("reports", { title: "Отчёт", date: "2026-11-20", period: "2026-10" }, "Текст").text
 * // '---\ntitle: "Отчёт"\ndate: 2026-11-20\nperiod: "2026-10"\n---\n\nТекст\n'
 */
export function renderEntry(type: ContentType, data: Readonly<Record<string, EntryValue | undefined>>, body: string): EntryText {
  const out = ["---"];
  const lines: Record<string, number> = {};
  for (const key of orderKeys(type, Object.keys(data).filter((k) => data[k] !== undefined))) {
    const value = data[key]!;
    lines[key] = out.length + 1;
    if (Array.isArray(value)) out.push(`${key}:`, ...listLines(key, value, "  "));
    else if (BARE_KEYS.has(key)) out.push(`${key}: ${String(value)}`);
    else out.push(`${key}: ${scalar(key, value)}`);
  }
  out.push("---");
  const text = body.trim();
  const bodyLine = out.length + 2;
  return { text: `${out.join("\n")}\n${text ? `\n${text}\n` : ""}`, lines, bodyLine };
}
