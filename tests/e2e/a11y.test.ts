/**
 * Accessibility and reach in Debian's Chromium: axe-core finds no violation on any page kind
 * (page-kinds.ts: every list, entry type and event status, the plan, search with results, an
 * entry without its translation, the root and 404 pages), in both languages; the pages break no
 * Content-Security-Policy rule; the WhatsApp message's copy button copies; printing hides
 * navigation and shows the QR code. The 320 px test lives in phone-width.test.ts.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type RunningSite } from "./browser.ts";
import { openKind, PAGE_KINDS, startPageSites, type PageSites } from "./page-kinds.ts";

let sites: PageSites;
/** The demo site, for the tests of one feature below. */
let server: RunningSite;
let browser: Browser;
let context: BrowserContext;
let axeSource: string;

const kinds = PAGE_KINDS.map((kind) => ({ kind, title: `${kind.lang} ${kind.name}: ${kind.path}` }));

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core (all rules but experimental ones) on the open page. */
async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
}

/** Opens a page of the demo and records Content-Security-Policy violations reported by the browser. */
async function open(url: string, ctx: BrowserContext = context): Promise<{ page: Page; csp: string[] }> {
  const page = await ctx.newPage();
  const csp = recordCsp(page);
  const response = await page.goto(server.url + url, { waitUntil: "load" });
  expect(response?.status(), url).toBe(200);
  return { page, csp };
}

function recordCsp(page: Page): string[] {
  const csp: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  return csp;
}

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  sites = await startPageSites();
  server = sites.servers.demo;
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await sites?.close();
});

describe("every page kind: axe-core finds no violation and no Content-Security-Policy rule is broken", () => {
  /** One tab walks every page, its console listened to throughout. */
  let tab: Page;
  let csp: string[];

  beforeAll(async () => {
    tab = await context.newPage();
    csp = recordCsp(tab);
  });

  it.each(kinds)("$title", async ({ kind }) => {
    csp.length = 0;
    const page = await openKind(tab, sites, kind);
    const violations = await axe(page);
    expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(", ")}`)).toEqual([]);
    // Scripts and styles of the page have run by now (openKind waits for search results too).
    expect(csp).toEqual([]);
  });
});

describe("WhatsApp message: the copy button", () => {
  const cases = [
    { url: "/ru/events/2026-12-17-jyiyn-tash-kopuro/", first: "Мероприятие перенесено. Подробности — по ссылке ниже.", status: "Текст скопирован." },
    { url: "/ky/reports/2026-10/", first: "*Айыл өкмөтүнүн 2026-жылдын октябрь айындагы иши тууралуу отчет*", status: "Текст көчүрүлдү." },
  ] as const;

  it.each(cases)("$url: copies the whole message and says so", async ({ url, first, status }) => {
    const origin = new URL(server.url).origin;
    const ctx = await browser.newContext();
    await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    const { page } = await open(url, ctx);
    const text = await page.locator("#share-text").inputValue();
    expect(text.split("\n")[0]).toBe(first);
    expect(text.endsWith(`${url}`)).toBe(true);
    const button = page.getByRole("button", { name: /Скопировать|көчүрүү/ });
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await page.waitForFunction(() => document.querySelector(".copy-status")?.textContent !== "");
    expect(await page.locator(".copy-status").textContent()).toBe(status);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await ctx.close();
  });

  it("without JavaScript the button is hidden and the message is still there to select", async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await open("/ru/events/2026-12-17-jyiyn-tash-kopuro/", ctx);
    expect(await page.locator("button[data-copy]").isVisible()).toBe(false);
    expect(await page.locator("#share-text").isVisible()).toBe(true);
    expect(await page.locator("#share-text").inputValue()).toContain("Мероприятие перенесено.");
    const links = await page.locator(".share-links a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).host));
    expect(links).toEqual(["wa.me", "t.me", "www.facebook.com"]);
    await ctx.close();
  });
});

describe("Print: a notice for the board", () => {
  const cases = [
    { url: "/ru/reports/2026-10/", qrs: 1 },
    { url: "/ky/events/2026-12-10-uguu-budjet-2027/", qrs: 1 },
    { url: "/ru/surveys/2026-10-12-anketa-budjet-2027/", qrs: 2 },
  ] as const;
  it.each(cases)("$url: navigation hidden, municipality and QR code shown", async ({ url, qrs }) => {
    const { page } = await open(url);
    const screen = await page.locator(".print-qr").isVisible();
    await page.emulateMedia({ media: "print" });
    const shown = await page.evaluate(() => {
      const visible = (el: Element | null): boolean => !!el && (el as HTMLElement).offsetParent !== null && el.getBoundingClientRect().height > 0;
      return {
        header: visible(document.querySelector(".site-header")),
        nav: [...document.querySelectorAll("nav")].some(visible),
        search: [...document.querySelectorAll("form[role=search]")].some(visible),
        share: visible(document.querySelector(".share")),
        footer: visible(document.querySelector(".site-footer")),
        site: visible(document.querySelector(".print-head")) ? document.querySelector(".print-site")?.textContent : null,
        qr: [...document.querySelectorAll(".print-qr svg")].filter((svg) => svg.getBoundingClientRect().width > 100).length,
      };
    });
    expect(screen).toBe(false);
    expect(shown).toEqual({ header: false, nav: false, search: false, share: false, footer: false, site: expect.stringMatching(/Ак-Терек/), qr: qrs });
    await page.close();
  });
});
