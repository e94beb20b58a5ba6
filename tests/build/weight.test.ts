/**
 * Weight and reading without JavaScript, on a real build of the demo: the pages residents use
 * most stay under 50 KB of HTML + CSS gzip-compressed (images and the search bundle aside),
 * and their main content is in the HTML itself, not put there by a script.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Entry } from "../../scripts/lib/validate/entry.ts";
import { loadContent } from "../../scripts/lib/validate/load.ts";
import { buildSite, projectDir, type BuiltSite } from "../e2e/browser.ts";

const TODAY = "2026-11-25";
const LIMIT = 50 * 1024;
const LANGS = ["ky", "ru"] as const;

/** Each page, and what its raw HTML must hold inside <main> (no script runs here). */
const PAGES = [
  { name: "home", url: "/LANG/", holds: ['href="/LANG/reports/2026-10/"', 'href="/LANG/events.ics"'] },
  { name: "list", url: "/LANG/reports/", holds: ['href="/LANG/reports/2026-10/"', 'href="/LANG/reports/2025-01/"'] },
  { name: "report", url: "/LANG/reports/2026-10/", holds: ["TITLE", "FIRST_LINE", 'id="share-text"'] },
  { name: "meeting", url: "/LANG/meetings/2025-08-14-jyiyn-tash-kopuro/", holds: ["TITLE", "FIRST_LINE", "<picture>"] },
  { name: "progress", url: "/LANG/plan/", holds: ['id="measure-1.5"', 'href="/LANG/reports/2026-10/"'] },
  { name: "search", url: "/LANG/search/", holds: ['action="/LANG/search/"', "<noscript>", 'href="/LANG/reports/"'] },
] as const;
const cases = LANGS.flatMap((lang) => PAGES.map((p) => ({ ...p, lang, url: p.url.replace("LANG", lang), holds: p.holds.map((h) => h.replace("LANG", lang)) })));

let site: BuiltSite;
let entries: Entry[];
const measured: string[] = [];

const gz = (text: string): number => gzipSync(text, { level: 9 }).length;
const read = (url: string): Promise<string> =>
  readFile(path.join(site.dir, url.replace(/^\//, ""), url.endsWith("/") ? "index.html" : ""), "utf8");

/** First plain-text line of an entry's Markdown body, as it appears in the HTML. */
function firstLine(entry: Entry): string {
  const line = entry.body.split("\n").find((l) => /^[^#\-*>|!\[\d\s]/.test(l.trim())) ?? "";
  return line.replace(/\*\*|__|\[|\]\([^)]*\)/g, "").trim().slice(0, 40);
}

beforeAll(async () => {
  site = await buildSite({ today: TODAY });
  entries = (await loadContent({ contentDir: path.join(projectDir, "content"), today: TODAY })).entries;
});

afterAll(async () => {
  if (measured.length) console.log(`HTML + CSS, gzip -9:\n${measured.join("\n")}`);
  await site?.remove();
});

describe("under 50 KB of HTML + CSS, gzip-compressed", () => {
  it.each(cases)("$url ($name)", async ({ url }) => {
    const html = await read(url);
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(sheets).toContain("/assets/site.css");
    const css = await Promise.all(sheets.map((href) => read(href)));
    const htmlBytes = gz(html);
    const cssBytes = css.reduce((sum, text) => sum + gz(text), 0);
    measured.push(`${url.padEnd(48)} ${(htmlBytes / 1024).toFixed(1).padStart(5)} KB HTML + ${(cssBytes / 1024).toFixed(1)} KB CSS = ${((htmlBytes + cssBytes) / 1024).toFixed(1)} KB`);
    expect(htmlBytes + cssBytes).toBeLessThan(LIMIT);
  });
});

describe("readable without JavaScript: the main content is in the HTML", () => {
  it.each(cases)("$url ($name)", async ({ url, holds }) => {
    const html = await read(url);
    const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? "";
    expect(main).toMatch(/<h1[\s>]/);
    const entry = entries.find((e) => e.url === url);
    const escape = (t: string): string => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
    for (const text of holds) {
      // Markup snippets as they are; an entry's own text as the template escapes it.
      const expected = text === "TITLE" ? escape(entry?.data.title ?? "") : text === "FIRST_LINE" ? escape(entry ? firstLine(entry) : "") : text;
      expect(expected, text).toBeTruthy();
      expect(main, text).toContain(expected);
    }
  });
});
