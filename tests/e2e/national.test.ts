/**
 * The national demo (examples/national, built for real, SITE_TODAY 2026-11-25) in Debian's
 * Chromium: axe-core finds no violation on the national pages in both languages, nothing
 * scrolls sideways on a 320 px phone, no page breaks its Content-Security-Policy; and the one
 * national search finds a Kyrgyz word on a member's page, inflected, leading to the member's
 * own page, with the member's filters; typed with Kyrgyz letters, without them and in Latin.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, launchBrowser, projectDir, serveSite, type BuiltSite, type RunningSite } from "./browser.ts";

const PAGES = ["/ky/plan/", "/ru/plan/", "/ky/", "/ru/", "/ky/search/", "/ru/search/", "/ky/about/", "/ru/about/"] as const;
/** A post of the demo municipality (a member of the national demo) and a word on its page. */
const POST = "https://achyk-kg.github.io/ky/posts/2026-04-21-kopuro-birinchi-baskych/";
const POST_FILE = "content/ky/posts/2026-04-21-kopuro-birinchi-baskych.md";

let site: BuiltSite;
let server: RunningSite;
let browser: Browser;
let context: BrowserContext;
let axeSource: string;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

async function open(url: string, ctx: BrowserContext = context): Promise<{ page: Page; csp: string[] }> {
  const page = await ctx.newPage();
  const csp: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  const response = await page.goto(server.url + url, { waitUntil: "load" });
  expect(response?.status(), url).toBe(200);
  return { page, csp };
}

interface Found {
  hrefs: string[];
  members: string[];
}

async function search(query: string, params: Record<string, string> = {}): Promise<Found> {
  const { page } = await open(`/ky/search/?${new URLSearchParams({ q: query, ...params })}`);
  await page.waitForSelector('#search-status[data-state="done"]', { timeout: 30_000 });
  const found = await page.evaluate(() => {
    const items = Array.from(document.querySelectorAll("#search-results li"));
    return {
      hrefs: items.map((li) => li.querySelector("h2 a")?.getAttribute("href") ?? ""),
      members: items.map((li) => li.querySelector(".member")?.textContent ?? ""),
    };
  });
  // Every result the page can show, not only the first ten.
  while (await page.locator("#search-more").isVisible()) {
    await page.locator("#search-more").click();
    await page.waitForTimeout(100);
    const more = await page.evaluate(() => Array.from(document.querySelectorAll("#search-results li h2 a")).map((a) => a.getAttribute("href") ?? ""));
    found.hrefs = more;
  }
  await page.close();
  return found;
}

beforeAll(async () => {
  axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  site = await buildSite({ contentDir: "examples/national" });
  server = await serveSite(site.dir);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
});

describe("axe-core: zero violations on the national pages", () => {
  it.each(PAGES)("%s", async (url) => {
    const { page } = await open(url);
    const violations = await axe(page);
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`)).toEqual([]);
    await page.close();
  });
});

describe("320 px wide phone: no horizontal scroll (wide tables scroll in their own box)", () => {
  it.each(PAGES)("%s", async (url) => {
    const phone = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const { page } = await open(url, phone);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    await phone.close();
  });
});

describe("Content-Security-Policy: the national pages break none of its rules", () => {
  it.each(PAGES)("%s", async (url) => {
    const { page, csp } = await open(url);
    await page.waitForLoadState("networkidle");
    expect(csp).toEqual([]);
    await page.close();
  });
});

describe("the plan page without JavaScript", () => {
  it("holds every member, linked to its own plan page, and the stale and unavailable ones marked", async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await open("/ky/plan/", ctx);
    const rows = await page.locator("table.members tbody th[scope=row]").allTextContents();
    expect(rows).toHaveLength(6);
    expect(await page.locator('table.members a[href="https://achyk-kg.github.io/ky/plan/"]').count()).toBe(1);
    expect(rows.filter((r) => /Маалымат эскирген \(акыркы жолу: 2026-жылдын 20-ноябры\)/.test(r))).toHaveLength(1);
    expect(rows.filter((r) => /Маалымат жок\./.test(r))).toHaveLength(1);
    await ctx.close();
  });
});

describe("one search over every member's entries", () => {
  it("finds a Kyrgyz word on a member's page, inflected, and leads to that page on the member's site", async () => {
    expect(await readFile(path.join(projectDir, POST_FILE), "utf8")).toMatch(/тирөөчтөрү/);
    const found = await search("тирөөчтөрдүн");
    expect(found.hrefs).toContain(POST);
    expect(found.members[found.hrefs.indexOf(POST)]).toBe("Ак-Терек айыл аймагы");
  });

  it("the member filter keeps one member's entries", async () => {
    const all = await search("көпүрө");
    const hosts = new Set(all.hrefs.map((h) => new URL(h).host + new URL(h).pathname.split("/").slice(0, 2).join("/")));
    expect(hosts.size).toBeGreaterThan(1);
    const one = await search("көпүрө", { member: "Ак-Терек айыл аймагы" });
    expect(one.hrefs.length).toBeGreaterThan(0);
    expect(one.hrefs.every((h) => h.startsWith("https://achyk-kg.github.io/ky/"))).toBe(true);
  });

  it("lists oblasts, districts and members to filter by", async () => {
    const { page } = await open("/ky/search/?q=суу");
    await page.waitForSelector('#search-status[data-state="done"]', { timeout: 30_000 });
    const options = async (name: string) => page.locator(`select[name=${name}] option`).allTextContents();
    expect((await options("oblast")).join(" ")).toContain("Жалал-Абад облусу");
    expect((await options("district")).join(" ")).toContain("Сузак району");
    expect((await options("member")).join(" ")).toContain("Ак-Терек айыл аймагы");
    await page.close();
  });

  // Typed without Kyrgyz letters: the records fold ө/ү/ң in the shared record code and the query
  // reads Latin as Cyrillic (issue 14), so the national index finds these as a municipal one does.
  const unfolded = [
    { query: "тироочтордун", typed: "without ө, ү, ң" },
    { query: "tiroochtordun", typed: "in Latin letters" },
  ] as const;
  it.each(unfolded)("finds it typed $typed ($query)", async ({ query }) => {
    const found = await search(query);
    expect(found.hrefs).toContain(POST);
  });
});
