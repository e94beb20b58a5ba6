/**
 * Search, proven in Debian's Chromium against real builds: the demo site (SITE_TODAY
 * 2026-11-25, so the November 2026 report is still scheduled) and a fixture with one Kyrgyz
 * page per word of the pair tables, for the before/after measurements. "Before" is Pagefind out
 * of the box: the same fixture indexed without the hidden `fold` field, searched with the query
 * as typed.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import * as pagefind from "pagefind";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kyrgyzQueryVariants } from "../../scripts/lib/search/kyrgyz-query.ts";
import { extractPdfText } from "../../scripts/lib/validate/pdf-text.ts";
import { searchRecords } from "../../scripts/lib/search/search-records.ts";
import { loadContent } from "../../scripts/lib/validate/load.ts";
import { buildSiteModel } from "../../scripts/lib/model/site-model.ts";
import type { KyrgyzPair } from "../lib/search/kyrgyz-pairs.ts";
import {
  kyrgyzFoldKnownFalsePositives,
  kyrgyzFoldTraps,
  kyrgyzFoldedPairs,
  kyrgyzLatinPairs,
  kyrgyzNegativePairs,
  kyrgyzPositivePairs,
} from "../lib/search/kyrgyz-pairs.ts";
import { buildSite, launchBrowser, projectDir, serveSite, type BuiltSite, type RunningSite } from "./browser.ts";

const TODAY = "2026-11-25";
const SCHEDULED = { ky: "content/ky/reports/2026-11.md", ru: "content/ru/reports/2026-11.md" } as const;
const PDF_ONLY_ENTRY = "meetings/2025-02-20-jyiyn-suu-tutugu";

let demo: BuiltSite;
let fixture: BuiltSite;
let fixtureContent: string;
let demoServer: RunningSite;
let fixtureServer: RunningSite;
/** The fixture's pages with an index built without the `fold` field: Pagefind out of the box. */
let beforeDir: string;
let beforeServer: RunningSite;
let browser: Browser;
let context: BrowserContext;
/** Kyrgyz fixture: the page that holds each target word. */
const pageOfWord = new Map<string, string>();

const ALL_PAIRS = [
  ...kyrgyzPositivePairs,
  ...kyrgyzNegativePairs,
  ...kyrgyzFoldedPairs,
  ...kyrgyzLatinPairs,
  ...kyrgyzFoldTraps,
  ...kyrgyzFoldKnownFalsePositives,
];

/** Writes the fixture: its _data plus one Kyrgyz post per distinct target word. */
async function writeKyrgyzFixture(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "achyk-search-ky-"));
  await cp(path.join(projectDir, "tests/fixtures/search-ky"), dir, { recursive: true });
  await mkdir(path.join(dir, "ky/posts"), { recursive: true });
  const words = [...new Set(ALL_PAIRS.map((p) => p.target))];
  for (const [i, word] of words.entries()) {
    const slug = `w${String(i + 1).padStart(3, "0")}`;
    // A Latin title so that no query can match it; the word is the page's only Kyrgyz text.
    await writeFile(path.join(dir, "ky/posts", `${slug}.md`), `---\ntitle: "${slug.toUpperCase()}"\ndate: 2025-01-10\n---\n\n${word}\n`);
    pageOfWord.set(word, `/ky/posts/${slug}/`);
  }
  return dir;
}

interface Shown {
  status: string;
  count: number;
  hrefs: string[];
  titles: string[];
  badges: string[];
}

async function shown(page: Page, state = "done"): Promise<Shown> {
  await page.waitForSelector(`#search-status[data-state="${state}"]`, { timeout: 20_000 });
  return page.evaluate(() => {
    const status = document.getElementById("search-status")!;
    const items = Array.from(document.querySelectorAll("#search-results li"));
    return {
      status: status.textContent ?? "",
      count: Number(status.dataset.count ?? "0"),
      hrefs: items.map((li) => li.querySelector("h2 a")?.getAttribute("href") ?? ""),
      titles: items.map((li) => li.querySelector("h2 a")?.textContent ?? ""),
      badges: items.map((li) => li.querySelector(".badge")?.textContent ?? ""),
    };
  });
}

/**
 * The fixture site as it would be without folding: the same pages, and an index of the same
 * records (search-records.ts, from the real content and site model) minus their `fold` field.
 */
async function writeBeforeSite(siteDir: string, contentDir: string): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "achyk-search-before-")), "site");
  await cp(siteDir, dir, { recursive: true });
  await rm(path.join(dir, "pagefind"), { recursive: true, force: true });
  const content = await loadContent({ contentDir, today: TODAY, gitHistory: false });
  const records = searchRecords(buildSiteModel(content, contentDir).entries, new Map(), { fold: false });
  const { index } = await pagefind.createIndex({});
  try {
    for (const record of records) await index!.addCustomRecord(record);
    await index!.writeFiles({ outputPath: path.join(dir, "pagefind") });
  } finally {
    await pagefind.close();
  }
  return dir;
}

async function searchFor(page: Page, base: string, lang: "ky" | "ru", query: string): Promise<Shown> {
  await page.goto(`${base}/${lang}/search/?q=${encodeURIComponent(query)}`);
  return shown(page, query === "" ? "idle" : "done");
}

/**
 * URLs found for each query in the page's own index, with the page's Pagefind options:
 * `plain` is one Pagefind search of the query as typed (content matches, i.e. score > 0,
 * Pagefind's own truncation fallback included); `page` is what the search page does
 * (searchMerged from the browser bundle: Kyrgyz variants, merged, truncated matches
 * dropped). Also returns the bundle's variants.
 */
async function pagefindUrls(page: Page, queries: readonly string[], mode: "plain" | "page"): Promise<{ variants: string[][]; urls: string[][] }> {
  // A string body: vitest would rewrite a dynamic import() written in this file.
  const run = new Function(
    "args",
    `return (async ({ queries, mode }) => {
      const pf = await import("/pagefind/pagefind.js");
      const sq = await import("/assets/search-query.js");
      await pf.options(sq.PAGEFIND_OPTIONS);
      await pf.init();
      const variants = [];
      const urls = [];
      for (const query of queries) {
        const results = mode === "plain"
          ? ((await pf.search(query))?.results ?? []).filter((r) => r.score > 0)
          : await sq.searchMerged(pf, query, "ky");
        variants.push(sq.kyrgyzQueryVariants(query));
        urls.push(await Promise.all(results.map(async (r) => (await r.data()).url)));
      }
      return { variants, urls };
    })(args)`,
  ) as (args: { queries: readonly string[]; mode: string }) => Promise<{ variants: string[][]; urls: string[][] }>;
  return page.evaluate(run, { queries, mode });
}

beforeAll(async () => {
  fixtureContent = await writeKyrgyzFixture();
  [demo, fixture, browser] = await Promise.all([
    buildSite({ today: TODAY }),
    buildSite({ today: TODAY, contentDir: fixtureContent }),
    launchBrowser(),
  ]);
  console.log(`demo build ${demo.seconds.toFixed(1)} s, fixture build ${fixture.seconds.toFixed(1)} s (in parallel)`);
  demoServer = await serveSite(demo.dir);
  fixtureServer = await serveSite(fixture.dir);
  beforeDir = await writeBeforeSite(fixture.dir, fixtureContent);
  beforeServer = await serveSite(beforeDir);
  context = await browser.newContext();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await demoServer?.close();
  await fixtureServer?.close();
  await beforeServer?.close();
  if (beforeDir) await rm(path.dirname(beforeDir), { recursive: true, force: true });
  await demo?.remove();
  await fixture?.remove();
  if (fixtureContent) await rm(fixtureContent, { recursive: true, force: true });
});

describe("search in a real browser", () => {
  it("a Russian word form finds its report", async () => {
    const page = await context.newPage();
    // "отчетов" (genitive plural) is written nowhere: the titles say "Отчет", "отчёт".
    const result = await searchFor(page, demoServer.url, "ru", "отчетов");
    expect(result.hrefs.some((href) => /^\/ru\/reports\/\d{4}-\d{2}\/$/.test(href))).toBe(true);
    expect(result.hrefs.every((href) => href.startsWith("/ru/"))).toBe(true);
    await page.close();
  });

  it("a Kyrgyz inflected word finds its Kyrgyz page", async () => {
    const page = await context.newPage();
    // "көпүрөлөрдүн" ("of the bridges") is written nowhere in the demo; "көпүрөнү", "көпүрөдөн" are.
    const query = "көпүрөлөрдүн";
    const result = await searchFor(page, demoServer.url, "ky", query);
    expect(result.hrefs).toContain("/ky/meetings/2025-08-14-jyiyn-tash-kopuro/");
    expect(result.hrefs.every((href) => href.startsWith("/ky/"))).toBe(true);
    expect(result.status).toContain("табылды");
    await page.close();
  });

  it("a Kyrgyz word typed without Kyrgyz letters or in Latin letters finds its page, and the excerpt keeps ө, ү, ң", async () => {
    const page = await context.newPage();
    // The demo's bridge meeting says "көпүрө"; nowhere does it say "копуро" or "kopuro".
    for (const query of ["копуро", "kopuro", "Таш-Копуро"]) {
      const result = await searchFor(page, demoServer.url, "ky", query);
      expect(result.hrefs, query).toContain("/ky/meetings/2025-08-14-jyiyn-tash-kopuro/");
      const excerpt = await page
        .locator("#search-results li", { has: page.locator('a[href="/ky/meetings/2025-08-14-jyiyn-tash-kopuro/"]') })
        .locator(".excerpt")
        .innerHTML();
      expect(excerpt, query).toMatch(/<mark>[^<]*[Кк]өпүрө/);
      expect(excerpt, query).not.toMatch(/копуро/i);
    }
    await page.close();
  });

  it("a word found only inside a PDF attachment finds its entry", async () => {
    const page = await context.newPage();
    const cases = [
      { lang: "ru", query: "водонапорной", word: "водонапорн" },
      { lang: "ky", query: "мунарасын", word: "мунара" },
    ] as const;
    for (const { lang, query, word } of cases) {
      const source = await readFile(path.join(projectDir, "content", lang, `${PDF_ONLY_ENTRY}.md`), "utf8");
      expect(source.toLowerCase()).not.toContain(word); // only the PDF has it
      const result = await searchFor(page, demoServer.url, lang, query);
      expect(result.hrefs).toContain(`/${lang}/${PDF_ONLY_ENTRY}/`);
      expect(await page.locator("#search-results li", { hasText: lang === "ru" ? "Найдено в приложении" : "Тиркемеде табылды" }).count()).toBeGreaterThan(0);
    }
    await page.close();
  });

  it("filtering by type narrows results", async () => {
    const page = await context.newPage();
    const all = await searchFor(page, demoServer.url, "ru", "водопровод");
    const type = "Протоколы сходов и слушаний";
    await page.selectOption('select[name="type"]', type);
    await page.waitForFunction(() => location.search.includes("type=") && document.getElementById("search-status")?.dataset.state === "done");
    const filtered = await shown(page);
    expect(filtered.count).toBeGreaterThan(0);
    expect(filtered.count).toBeLessThan(all.count);
    expect(new Set(filtered.badges)).toEqual(new Set(["Протокол"]));
    // The filter is part of the shareable link, and the link restores it.
    const link = page.url();
    const again = await context.newPage();
    await again.goto(link);
    expect((await shown(again)).count).toBe(filtered.count);
    expect(await again.inputValue('select[name="type"]')).toBe(type);
    await again.close();
    await page.close();
  });

  it("a scheduled report's words find nothing", async () => {
    const page = await context.newPage();
    const scheduled = { ky: await readFile(path.join(projectDir, SCHEDULED.ky), "utf8"), ru: await readFile(path.join(projectDir, SCHEDULED.ru), "utf8") };
    expect(/^date: (\S+)/m.exec(scheduled.ky)?.[1]! > TODAY).toBe(true); // still scheduled on TODAY

    // Kyrgyz words of the scheduled report that no live text starts with, even once stemmed
    // (the Kyrgyz index has no stemmer: a query matches word prefixes).
    const otherTexts: string[] = [];
    for (const file of await readdir(path.join(projectDir, "content"), { recursive: true })) {
      const full = path.join(projectDir, "content", file);
      if (file.endsWith(".md") && !Object.values(SCHEDULED).some((s) => full.endsWith(s))) otherTexts.push(await readFile(full, "utf8"));
      if (file.endsWith(".pdf")) otherTexts.push((await extractPdfText(await readFile(full))) ?? "");
    }
    const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];
    const otherWords = [...new Set(otherTexts.flatMap(wordsOf))];
    const unique = [...new Set(wordsOf(scheduled.ky))]
      .filter((w) => w.length >= 6)
      .filter((w) => kyrgyzQueryVariants(w).every((v) => !otherWords.some((o) => o.startsWith(v.toLowerCase()))));
    expect(unique.length).toBeGreaterThan(0);
    for (const word of unique.slice(0, 3)) {
      const result = await searchFor(page, demoServer.url, "ky", word);
      expect(result.count, word).toBe(0);
      expect(result.status).toContain("эч нерсе табылган жок");
    }
    // Its title words may be found elsewhere, but never on the scheduled page.
    for (const lang of ["ky", "ru"] as const) {
      const title = /^title: "(.+)"$/m.exec(scheduled[lang])?.[1] ?? "";
      const result = await searchFor(page, demoServer.url, lang, title);
      expect(result.hrefs).not.toContain(`/${lang}/reports/2026-11/`);
    }
    await page.close();
  });

  it("no console errors on the search page", async () => {
    const page = await context.newPage();
    const problems: string[] = [];
    // The site has no favicon yet: Chromium's automatic /favicon.ico request is not the search page's.
    const isFavicon = (url: string) => new URL(url).pathname === "/favicon.ico";
    page.on("console", (m) => {
      if (m.type() === "error" && !isFavicon(m.location().url || "http://x/")) problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
    page.on("response", (r) => {
      if (r.status() >= 400 && !isFavicon(r.url())) problems.push(`${r.status()}: ${r.url()}`);
    });
    await searchFor(page, demoServer.url, "ky", "көпүрөнүн");
    await page.selectOption('select[name="year"]', "2025");
    await page.waitForFunction(() => location.search.includes("year=") && document.getElementById("search-status")?.dataset.state === "done");
    await searchFor(page, demoServer.url, "ru", "бюджет");
    const listed = await page.locator("#search-results li").count();
    expect(await page.isVisible("#search-more")).toBe(true); // more than one screen of results
    await page.click("#search-more");
    await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length > n, listed);
    await searchFor(page, demoServer.url, "ru", "");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the result link opens the page", async () => {
    const page = await context.newPage();
    const result = await searchFor(page, demoServer.url, "ru", "водопровод");
    expect(result.hrefs.length).toBeGreaterThan(0);
    await page.click("#search-results li:first-child h2 a");
    await page.waitForURL(`${demoServer.url}${result.hrefs[0]}`);
    const h1 = (await page.textContent("h1"))?.trim() ?? "";
    expect(h1).not.toBe("");
    expect(result.titles[0]!.startsWith(h1)).toBe(true);
    await page.close();
  });

  it("without JavaScript the search page says so and lists the sections", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    for (const [lang, words] of [["ky", "JavaScript менен иштейт"], ["ru", "работает с JavaScript"]] as const) {
      await page.goto(`${demoServer.url}/${lang}/search/?q=суу`);
      expect(await page.innerText("main")).toContain(words); // Playwright's getByText skips <noscript>
      const sections = await page.$$eval(".sections a", (links) => links.map((a) => a.getAttribute("href")));
      expect(sections).toContain(`/${lang}/reports/`);
      expect(sections).toContain(`/${lang}/meetings/`);
      expect(await page.isVisible(".search-filters")).toBe(false);
      expect(await page.isVisible("#search-more")).toBe(false);
    }
    await noJs.close();
  });

  it("opening the search page loads no Pagefind until the form is touched; a ?q= link searches at once", async () => {
    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    const pagefindRequests = () => demoServer.requests.filter((r) => r.path.startsWith("/pagefind/")).length;
    demoServer.requests.length = 0;
    await page.goto(`${demoServer.url}/ky/search/`, { waitUntil: "networkidle" });
    expect(pagefindRequests()).toBe(0);
    expect(await page.locator("#search-status").getAttribute("data-state")).toBe("idle");
    await page.focus("#q");
    // Pagefind fetches its index from a worker: the server sees it, the page's timeline does not.
    await expect.poll(() => demoServer.requests.some((r) => r.path === "/pagefind/pagefind-entry.json"), { timeout: 10_000 }).toBe(true);
    // The link of a search still runs it on load, with no touch.
    const result = await searchFor(page, demoServer.url, "ky", "көпүрөнү");
    expect(result.count).toBeGreaterThan(0);
    await fresh.close();
  });

  it("the filter lists in the page's HTML are Pagefind's own filters, with the same counts", async () => {
    const page = await context.newPage();
    for (const lang of ["ky", "ru"] as const) {
      await page.goto(`${demoServer.url}/${lang}/search/`);
      const inHtml = await page.$$eval("select[data-filter]", (selects) =>
        Object.fromEntries(
          selects.map((s) => [
            (s as HTMLSelectElement).dataset.filter!,
            [...(s as HTMLSelectElement).options].filter((o) => o.value !== "").map((o) => `${o.value} (${/\((\d+)\)$/.exec(o.text)?.[1]})`),
          ]),
        ),
      );
      const fromPagefind = await page.evaluate(
        new Function(`return (async () => {
          const pf = await import("/pagefind/pagefind.js");
          const filters = await pf.filters();
          return Object.fromEntries(Object.entries(filters).map(([name, counts]) => [name, Object.entries(counts).map(([value, n]) => value + " (" + n + ")")]));
        })()`) as () => Promise<Record<string, string[]>>,
      );
      expect(Object.keys(inHtml).sort()).toEqual(Object.keys(fromPagefind).sort());
      for (const name of Object.keys(inHtml)) expect([...inHtml[name]!].sort(), `${lang} ${name}`).toEqual([...fromPagefind[name]!].sort());
      expect(inHtml.type!.length).toBeGreaterThan(5);
    }
    await page.close();
  });

  it("a first query downloads little: bytes under /pagefind/ are measured", async () => {
    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    const rows: string[] = [];
    for (const [lang, query] of [["ru", "отчетов"], ["ky", "көпүрөлөрдүн"]] as const) {
      demoServer.requests.length = 0;
      await searchFor(page, demoServer.url, lang, query);
      const pagefind = demoServer.requests.filter((r) => r.path.startsWith("/pagefind/"));
      const bytes = pagefind.reduce((sum, r) => sum + r.bytes, 0);
      const all = demoServer.requests.reduce((sum, r) => sum + r.bytes, 0);
      rows.push(`${lang} "${query}": ${(bytes / 1024).toFixed(0)} KB under /pagefind/ in ${pagefind.length} files, ${(all / 1024).toFixed(0)} KB with the page (uncompressed)`);
      expect(bytes).toBeLessThan(300 * 1024);
    }
    console.log(`First query downloads:\n  ${rows.join("\n  ")}`);
    await fresh.close();
  });

  it("Kyrgyz inflected queries find their other word forms more often than plain Pagefind", async () => {
    const page = await context.newPage();
    const plainPage = await context.newPage();
    await page.goto(`${fixtureServer.url}/ky/search/`);
    await plainPage.goto(`${beforeServer.url}/ky/search/`);
    const queries = kyrgyzPositivePairs.map((p) => p.query);
    const before = await pagefindUrls(plainPage, queries, "plain");
    const after = await pagefindUrls(page, queries, "page");
    // The browser bundle is the same stemmer as the TypeScript source.
    expect(after.variants).toEqual(queries.map((q) => kyrgyzQueryVariants(q)));

    const found = (urls: string[][]) => kyrgyzPositivePairs.map((p, i) => urls[i]!.includes(pageOfWord.get(p.target)!));
    const foundBefore = found(before.urls);
    const foundAfter = found(after.urls);
    const share = (hits: boolean[]) => hits.filter(Boolean).length / hits.length;

    const negatives = kyrgyzNegativePairs.map((p) => p.query);
    const negAfter = await pagefindUrls(page, negatives, "page");
    const falseHits = kyrgyzNegativePairs.filter((p, i) => negAfter.urls[i]!.includes(pageOfWord.get(p.target)!));

    const misses = kyrgyzPositivePairs.filter((_, i) => !foundAfter[i]).map((p) => `${p.query} → ${p.target}`);
    console.log(
      [
        `Kyrgyz pairs (${kyrgyzPositivePairs.length}), found in a real Pagefind index:`,
        `  before (plain Pagefind): ${(share(foundBefore) * 100).toFixed(0)}% (${foundBefore.filter(Boolean).length})`,
        `  after (query variants):  ${(share(foundAfter) * 100).toFixed(0)}% (${foundAfter.filter(Boolean).length})`,
        `  still missed: ${misses.join(", ") || "none"}`,
        `  negative pairs reached after (false hits): ${falseHits.length} of ${kyrgyzNegativePairs.length}${falseHits.length ? `: ${falseHits.map((p) => `${p.query} → ${p.target}`).join(", ")}` : ""}`,
      ].join("\n"),
    );
    expect(share(foundAfter)).toBeGreaterThan(share(foundBefore));
    // Whatever the plain query found is still found.
    foundBefore.forEach((hit, i) => {
      if (hit) expect(foundAfter[i], kyrgyzPositivePairs[i]!.query).toBe(true);
    });
    expect(falseHits).toEqual([]);
    await page.close();
    await plainPage.close();
  });

  it("Kyrgyz typed with о/у/н or in Latin letters finds the pages the Kyrgyz spelling finds; the traps stay unmatched", async () => {
    const page = await context.newPage();
    const plainPage = await context.newPage();
    await page.goto(`${fixtureServer.url}/ky/search/`);
    await plainPage.goto(`${beforeServer.url}/ky/search/`);
    const hits = (pairs: readonly KyrgyzPair[], urls: string[][]) => pairs.map((p, i) => urls[i]!.includes(pageOfWord.get(p.target)!));
    const share = (found: boolean[]) => found.filter(Boolean).length / found.length;
    const rows: string[] = [];
    for (const [name, pairs] of [["folded (о/у/н ↔ ө/ү/ң)", kyrgyzFoldedPairs], ["Latin letters", kyrgyzLatinPairs]] as const) {
      const queries = pairs.map((p) => p.query);
      const before = hits(pairs, (await pagefindUrls(plainPage, queries, "plain")).urls);
      const after = await pagefindUrls(page, queries, "page");
      expect(after.variants).toEqual(queries.map((q) => kyrgyzQueryVariants(q)));
      const found = hits(pairs, after.urls);
      const misses = pairs.filter((_, i) => !found[i]).map((p) => `${p.query} → ${p.target}`);
      rows.push(
        `  ${name} (${pairs.length}): before ${(share(before) * 100).toFixed(0)}% (${before.filter(Boolean).length}), ` +
          `after ${(share(found) * 100).toFixed(0)}% (${found.filter(Boolean).length}); missed: ${misses.join(", ") || "none"}`,
      );
      expect(share(found)).toBeGreaterThanOrEqual(0.9);
      expect(share(found)).toBeGreaterThan(share(before));
      // Whatever plain Pagefind found is still found, but for the known misses: "кун тартиби"
      // reaches "күн тартиби" out of the box only because Pagefind truncates "кун" to a shorter
      // indexed word, a match search-query.ts drops on purpose.
      before.forEach((hit, i) => {
        if (hit && !pairs[i]!.note?.startsWith("known miss")) expect(found[i], pairs[i]!.query).toBe(true);
      });
    }
    const traps = hits(kyrgyzFoldTraps, (await pagefindUrls(page, kyrgyzFoldTraps.map((p) => p.query), "page")).urls);
    const known = hits(kyrgyzFoldKnownFalsePositives, (await pagefindUrls(page, kyrgyzFoldKnownFalsePositives.map((p) => p.query), "page")).urls);
    const reached = kyrgyzFoldTraps.filter((_, i) => traps[i]).map((p) => `${p.query} → ${p.target}`);
    console.log(
      [
        "Folded and Latin-typed Kyrgyz pairs, in a real Pagefind index:",
        ...rows,
        `  traps reached (words folding could wrongly join): ${reached.length} of ${kyrgyzFoldTraps.length}${reached.length ? `: ${reached.join(", ")}` : ""}`,
        `  known false positives reached: ${known.filter(Boolean).length} of ${known.length}`,
      ].join("\n"),
    );
    expect(reached).toEqual([]);
    expect(known.every(Boolean)).toBe(true);
    await page.close();
    await plainPage.close();
  });
});
