/**
 * A 320 px phone, with each font a resident's phone may have: no page kind scrolls sideways,
 * in either language. Fonts are chosen per browser (fonts.ts), not left to the machine: with
 * Android's Noto the header search form was 334 px wide while the tests, drawing with the
 * machine's DejaVu, saw nothing. Tables may scroll inside their own frame (.table-wrap); the
 * page itself never does.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser.ts";
import { FONT_SETS, fontConfigFile, renderedFamilies } from "./fonts.ts";
import { openKind, PAGE_KINDS, startPageSites, type PageSites } from "./page-kinds.ts";

let sites: PageSites;

beforeAll(async () => {
  sites = await startPageSites();
});

afterAll(async () => {
  await sites?.close();
});

const cases = PAGE_KINDS.map((kind) => ({ kind, title: `${kind.lang} ${kind.name}: ${kind.path}` }));

describe.each(FONT_SETS)("320 px phone drawing with $family: nothing scrolls sideways", (set) => {
  let browser: Browser;
  let phone: BrowserContext;
  /** One tab walks every page: three times faster than a tab per page. */
  let tab: Page;

  beforeAll(async () => {
    browser = await launchBrowser({ fontconfig: await fontConfigFile(set) });
    phone = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    tab = await phone.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it(`the text is drawn with ${set.family}, not a font the machine happens to have`, async () => {
    const page = await openKind(tab, sites, PAGE_KINDS.find((k) => k.name === "home")!);
    expect((await renderedFamilies(page, "main h1"))[0]).toBe(set.family);
    expect((await renderedFamilies(page, ".site-footer p"))[0]).toBe(set.family);
  });

  it.each(cases)("$title", async ({ kind }) => {
    const page = await openKind(tab, sites, kind);
    const { scrollWidth, clientWidth, wide } = await page.evaluate(() => {
      const { scrollWidth, clientWidth } = document.documentElement;
      // The elements that stick out, to name them when this fails.
      const wide = scrollWidth === clientWidth ? [] : [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > clientWidth + 1 && !el.closest(".table-wrap, .visually-hidden, .skip"))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join("")} (${Math.round(el.getBoundingClientRect().right)} px)`);
      return { scrollWidth, clientWidth, wide };
    });
    expect(clientWidth).toBe(320);
    expect({ scrollWidth, wide }).toEqual({ scrollWidth: 320, wide: [] });
    // Table cells keep whole words: a table too wide scrolls in its frame rather than shrinking
    // to a column of letters. (A survey chart's answers may break to fit the screen: see site.css.) A
    // line may break after a hyphen: "Таш-Көпүрө" is two words here.
    const brokenWords = await page.evaluate(() =>
      [...document.querySelectorAll("main th, main td")].filter((cell) => !cell.matches(".survey-chart__table tbody th")).flatMap((cell) => {
        const broken: string[] = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of (node.textContent ?? "").matchAll(/[^\s-]+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1) broken.push(match[0]);
          }
        }
        return broken;
      }),
    );
    expect(brokenWords.slice(0, 5)).toEqual([]);
  });

  it("the wide table of the held-out post scrolls inside its frame, which a keyboard can reach", async () => {
    const page = await openKind(tab, sites, PAGE_KINDS.find((k) => k.name.startsWith("post with long words"))!);
    const frame = page.locator(".table-wrap").first();
    expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await frame.getAttribute("tabindex")).toBe("0");
  });
});
