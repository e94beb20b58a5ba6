/**
 * Feeds and discovery on a real build of the demo (SITE_TODAY 2026-11-25, so the November
 * 2026 report is still scheduled): the Atom feeds parse as XML (Chromium's strict parser)
 * and hold live entries only, the calendars parse back with ical.js, and the sitemap lists
 * both languages with their alternates; every page carries Open Graph and Twitter link-preview
 * tags with the municipality's 1200×630 picture.
 */
import { access, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import ICAL from "ical.js";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, launchBrowser, type BuiltSite } from "../e2e/browser.ts";

const TODAY = "2026-11-25";
const BASE = "https://achyk-kg.github.io/";
const LANGS = ["ky", "ru"] as const;

let site: BuiltSite;
let browser: Browser;
let page: Page;

const read = (rel: string): Promise<string> => readFile(path.join(site.dir, rel), "utf8");
/** The built file behind an absolute URL of the site (`…/x/` → `x/index.html`). */
const fileOf = (url: string): string => {
  const rel = decodeURIComponent(new URL(url).pathname).replace(/^\//, "");
  return path.join(site.dir, rel.endsWith("/") || rel === "" ? `${rel}index.html` : rel);
};
const exists = (file: string): Promise<boolean> => access(file).then(() => true, () => false);

interface ParsedXml {
  error: string | null;
  root: string;
  ns: string;
}

/** Parses XML with the browser's strict XML parser; `error` holds its message if not well-formed. */
async function parseXml(xml: string): Promise<ParsedXml> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const error = doc.querySelector("parsererror");
    return { error: error ? (error.textContent ?? "parse error") : null, root: doc.documentElement.localName, ns: doc.documentElement.namespaceURI ?? "" };
  }, xml);
}

interface AtomEntry {
  title: string;
  link: string;
  id: string;
  updated: string;
  published: string;
  content: string;
}

async function atom(xml: string): Promise<{ title: string; self: string; updated: string; entries: AtomEntry[] }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const NS = "http://www.w3.org/2005/Atom";
    const child = (el: Element, name: string): Element | undefined => [...el.children].find((c) => c.namespaceURI === NS && c.localName === name);
    const feed = doc.documentElement;
    return {
      title: child(feed, "title")?.textContent ?? "",
      self: [...feed.children].find((c) => c.localName === "link" && c.getAttribute("rel") === "self")?.getAttribute("href") ?? "",
      updated: child(feed, "updated")?.textContent ?? "",
      entries: [...doc.getElementsByTagNameNS(NS, "entry")].map((e) => ({
        title: child(e, "title")?.textContent ?? "",
        link: child(e, "link")?.getAttribute("href") ?? "",
        id: child(e, "id")?.textContent ?? "",
        updated: child(e, "updated")?.textContent ?? "",
        published: child(e, "published")?.textContent ?? "",
        content: child(e, "content")?.textContent ?? "",
      })),
    };
  }, xml);
}

beforeAll(async () => {
  site = await buildSite({ today: TODAY });
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.remove();
});

describe("Atom feeds", () => {
  it.each(LANGS)("%s: well-formed Atom", async (lang) => {
    const parsed = await parseXml(await read(`${lang}/feed.xml`));
    expect(parsed).toEqual({ error: null, root: "feed", ns: "http://www.w3.org/2005/Atom" });
  });

  it.each(LANGS)("%s: live entries only, newest 50 at most, each a built page of the language", async (lang) => {
    const feed = await atom(await read(`${lang}/feed.xml`));
    expect(feed.self).toBe(`${BASE}${lang}/feed.xml`);
    expect(feed.entries.length).toBeGreaterThan(10);
    expect(feed.entries.length).toBeLessThanOrEqual(50);
    for (const e of feed.entries) {
      expect(e.link.startsWith(`${BASE}${lang}/`), e.link).toBe(true);
      expect(await exists(fileOf(e.link)), e.link).toBe(true);
      expect(e.published <= `${TODAY}T23:59:59Z`, `${e.link} published ${e.published}`).toBe(true);
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(e.content, e.link).not.toMatch(/(?:href|src)="\/(?!\/)/); // links made absolute
    }
    // The November 2026 report is scheduled for 2026-12-25: not in the feed.
    expect(feed.entries.map((e) => e.link)).not.toContain(`${BASE}${lang}/reports/2026-11/`);
    expect(feed.entries.map((e) => e.link)).toContain(`${BASE}${lang}/reports/2026-10/`);
    const published = feed.entries.map((e) => e.published);
    expect(published).toEqual([...published].sort().reverse());
    expect(feed.updated >= (published[0] ?? "")).toBe(true);
  });

  it("the two feeds have different titles, and every page links its language's feed", async () => {
    const [ky, ru] = await Promise.all(LANGS.map(async (lang) => (await atom(await read(`${lang}/feed.xml`))).title));
    expect(ky).not.toBe(ru);
    for (const lang of LANGS) {
      for (const rel of [`${lang}/index.html`, `${lang}/reports/2026-10/index.html`, `${lang}/plan/index.html`]) {
        expect(await read(rel)).toContain(`<link rel="alternate" type="application/atom+xml" href="/${lang}/feed.xml"`);
      }
    }
  });
});

describe("Calendars", () => {
  function events(ics: string): ICAL.Event[] {
    return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  }

  it.each(LANGS)("%s/events.ics: upcoming live events with their status, times in Asia/Bishkek", async (lang) => {
    const parsed = events(await read(`${lang}/events.ics`));
    expect(parsed.length).toBeGreaterThan(0);
    for (const e of parsed) {
      expect(e.startDate.zone?.tzid).toBe("Asia/Bishkek");
      expect(e.startDate.toString().slice(0, 10) >= TODAY).toBe(true);
      expect(await exists(fileOf(e.component.getFirstPropertyValue("url") as string))).toBe(true);
    }
    const statuses = new Set(parsed.map((e) => e.component.getFirstPropertyValue("status")));
    // The demo has a planned, a postponed and a cancelled upcoming event.
    expect(statuses).toEqual(new Set(["CONFIRMED", "TENTATIVE", "CANCELLED"]));
  });

  it.each(LANGS)("%s: every event page has its own .ics, linked from the page", async (lang) => {
    const slugs = (await readdir(path.join(site.dir, lang, "events"), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(slugs.length).toBeGreaterThan(2);
    for (const slug of slugs) {
      const [one] = events(await read(`${lang}/events/${slug}/event.ics`));
      expect(one?.component.getFirstPropertyValue("url")).toBe(`${BASE}${lang}/events/${slug}/`);
      expect(await read(`${lang}/events/${slug}/index.html`)).toContain(`href="/${lang}/events/${slug}/event.ics"`);
    }
    expect(await read(`${lang}/index.html`)).toContain(`href="/${lang}/events.ics"`);
  });
});

describe("Sitemap and robots.txt", () => {
  it("sitemap.xml is well-formed and lists both languages with hreflang alternates", async () => {
    const xml = await read("sitemap.xml");
    expect(await parseXml(xml)).toEqual({ error: null, root: "urlset", ns: "http://www.sitemaps.org/schemas/sitemap/0.9" });
    const urls = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return [...doc.getElementsByTagName("url")].map((u) => ({
        loc: u.getElementsByTagName("loc")[0]?.textContent ?? "",
        alternates: Object.fromEntries(
          [...u.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")].map((l) => [l.getAttribute("hreflang") ?? "", l.getAttribute("href") ?? ""]),
        ),
      }));
    }, xml);
    const locs = urls.map((u) => u.loc);
    for (const lang of LANGS) {
      expect(locs).toContain(`${BASE}${lang}/`);
      expect(locs).toContain(`${BASE}${lang}/plan/`);
      expect(locs).toContain(`${BASE}${lang}/reports/2026-10/`);
      expect(locs).not.toContain(`${BASE}${lang}/reports/2026-11/`);
    }
    for (const u of urls) expect(await exists(fileOf(u.loc)), u.loc).toBe(true);
    const report = urls.find((u) => u.loc === `${BASE}ru/reports/2026-10/`);
    expect(report?.alternates).toEqual({ ky: `${BASE}ky/reports/2026-10/`, ru: `${BASE}ru/reports/2026-10/`, "x-default": `${BASE}ky/reports/2026-10/` });
    // The Russian-only March 2026 report has no alternates.
    expect(urls.find((u) => u.loc === `${BASE}ru/reports/2026-03/`)?.alternates).toEqual({});
  });

  it("robots.txt names the sitemap by its absolute URL", async () => {
    expect(await read("robots.txt")).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${BASE}sitemap.xml\n`);
  });
});

describe("Link previews: Open Graph and Twitter tags on every page", () => {
  const meta = (html: string, key: string): string | undefined =>
    new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, "\\$&")}" content="([^"]*)">`).exec(html)?.[1];

  it("every HTML page but the root 404 has title, description, locale, absolute URL and image", async () => {
    const pages = (await readdir(site.dir, { recursive: true }))
      .filter((f) => f.endsWith(".html") && !f.startsWith("pagefind") && f !== "404.html")
      .sort();
    expect(pages.length).toBeGreaterThan(200);
    for (const rel of pages) {
      const html = await read(rel);
      const lang = rel.startsWith("ru/") ? "ru" : "ky";
      const url = `${BASE}${rel.replace(/(^|\/)index\.html$/, "$1")}`;
      expect(meta(html, "og:title"), rel).toBeTruthy();
      expect(meta(html, "og:description"), rel).toBeTruthy();
      expect(meta(html, "og:locale"), rel).toBe(lang === "ky" ? "ky_KG" : "ru_RU");
      expect(meta(html, "og:url"), rel).toBe(url);
      expect(meta(html, "og:image"), rel).toBe(`${BASE}assets/og-image.png`);
      expect(meta(html, "twitter:card"), rel).toBe("summary_large_image");
      const isEntry = /^(ky|ru)\/[a-z]+\/[^/]+\/index\.html$/.test(rel) && !rel.includes("/plan/") && !rel.includes("/about/") && !rel.includes("/search/");
      expect(meta(html, "og:type"), rel).toBe(isEntry ? "article" : "website");
    }
  });

  it("the picture is a 1200×630 PNG", async () => {
    const png = await readFile(path.join(site.dir, "assets/og-image.png"));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(100 * 1024);
  });
});
