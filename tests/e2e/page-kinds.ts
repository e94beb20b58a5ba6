/**
 * Every kind of page the site has, in both languages, and where a test finds one: the demo
 * build, or a held-out municipality (tests/fixtures/pages/ plus 60 generated posts) for what
 * the demo never shows: a list with an archive year, an entry in one language only, long words,
 * long links and a wide table. axe, the 320 px test, Lighthouse and `npm run screenshots` all
 * walk this one list, so a new page kind added here is judged by all of them.
 *
 *   const sites = await startPageSites();        // builds both (in parallel) and serves them
 *   for (const kind of PAGE_KINDS) { const page = await openKind(context, sites, kind); … }
 *   await sites.close();
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { buildSite, projectDir, serveSite, type BuiltSite, type RunningSite } from "./browser.ts";

export type SiteName = "demo" | "heldOut";

export interface PageKind {
  /** What the page is, as a plain phrase (test titles, screenshot file names). */
  name: string;
  /** "ky", "ru", or "ky ru" for a page that speaks both (the root language page, the site's 404). */
  lang: string;
  site: SiteName;
  /** Path on that site. */
  path: string;
  /** The status the server answers with (404 for a missing address). */
  status: number;
  /** A search page with a query: judged once its results are shown. */
  results: boolean;
  /** The root page sends visitors on to /ky/ at once (meta refresh): held still to be judged. */
  holdStill: boolean;
  /** One page of each kind goes to Lighthouse (slow: about 9 s a page on 2 cores). */
  lighthouse: boolean;
}

type KindSpec = Partial<Pick<PageKind, "status" | "results" | "holdStill" | "lighthouse">> & { site?: SiteName };

/** One kind in both languages: `LANG` in the path becomes ky and ru. */
function both(name: string, pathTemplate: string, spec: KindSpec = {}): PageKind[] {
  return (["ky", "ru"] as const).map((lang) => kind(name, lang, pathTemplate.replaceAll("LANG", lang), spec, lang === "ky"));
}

function kind(name: string, lang: string, pagePath: string, spec: KindSpec = {}, firstOfKind = true): PageKind {
  return {
    name,
    lang,
    site: spec.site ?? "demo",
    path: pagePath,
    status: spec.status ?? 200,
    results: spec.results ?? false,
    holdStill: spec.holdStill ?? false,
    // Lighthouse judges the Kyrgyz page of a kind (the state language; layout and weight are the same in Russian).
    lighthouse: (spec.lighthouse ?? false) && firstOfKind,
  };
}

const TYPES = ["posts", "presentations", "mailings", "materials", "reports", "meetings", "events", "initiatives", "acts", "tos", "surveys"] as const;

/** Every page kind, each in both languages. */
export const PAGE_KINDS: readonly PageKind[] = [
  kind("root language page", "ky ru", "/", { holdStill: true, lighthouse: false }),
  ...both("home", "/LANG/", { lighthouse: true }),
  ...TYPES.flatMap((type) => both(`list of ${type}`, `/LANG/${type}/`, { lighthouse: type === "reports" })),
  ...both("list with an archive year", "/LANG/posts/", { site: "heldOut" }),
  ...both("archive year", "/LANG/posts/archive/2025/", { site: "heldOut", lighthouse: true }),
  ...both("post", "/LANG/posts/2026-11-20-byudjet-2027-uguu/"),
  ...both("post with long words, long links and a wide table", "/LANG/posts/2025-06-10-uzun-sozdor/", { site: "heldOut" }),
  ...both("presentation with slides", "/LANG/presentations/2026-02-12-jyiyntyk-2025/"),
  ...both("WhatsApp mailing", "/LANG/mailings/2026-11-10-byudjet-2027-uguu/"),
  ...both("notice-board material with a PDF", "/LANG/materials/2025-04-16-tashtandy-grafigi/"),
  ...both("monthly report", "/LANG/reports/2026-10/", { lighthouse: true }),
  kind("entry without its translation", "ky", "/ky/reports/2026-10/", { site: "heldOut", lighthouse: true }),
  kind("entry without its translation", "ru", "/ru/posts/2026-09-15-tolko-po-russki/", { site: "heldOut" }, false),
  ...both("meeting with attachments (PDF and photos)", "/LANG/meetings/2025-08-14-jyiyn-tash-kopuro/", { lighthouse: true }),
  ...both("meeting whose PDF is a scan", "/LANG/meetings/2025-05-15-uguu-tashtandy/"),
  ...both("scheduled event", "/LANG/events/2026-12-10-uguu-budjet-2027/", { lighthouse: true }),
  ...both("scheduled event with a long place", "/LANG/events/2026-12-03-uguu-jaiyt/", { site: "heldOut" }),
  ...both("postponed event", "/LANG/events/2026-12-17-jyiyn-tash-kopuro/"),
  ...both("cancelled event", "/LANG/events/2027-02-04-presentation-sport-ayantcha/"),
  ...both("local initiative", "/LANG/initiatives/2026-10-08-ayaldama/"),
  ...both("council act with its PDF", "/LANG/acts/2025-12-25-budjet-2026/"),
  ...both("community project (ТОС)", "/LANG/tos/2026-06-11-jashtyk-bak/"),
  ...both("questionnaire with a form link", "/LANG/surveys/2026-10-12-anketa-budjet-2027/"),
  ...both("collection of appeals", "/LANG/surveys/2026-06-19-chogultuu-2026-h1/"),
  ...both("survey report with charts", "/LANG/surveys/2025-12-18-otchet-2025/", { lighthouse: true }),
  ...both("plan progress", "/LANG/plan/", { lighthouse: true }),
  ...both("search", "/LANG/search/"),
  kind("search with results", "ky", "/ky/search/?q=%D0%BA%D3%A9%D0%BF%D2%AF%D1%80%D3%A9", { results: true, lighthouse: true }),
  kind("search with results", "ru", "/ru/search/?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82", { results: true }, false),
  ...both("about", "/LANG/about/", { lighthouse: true }),
  ...both("not found, in a language", "/LANG/404.html", { lighthouse: true }),
  kind("not found, any address", "ky ru", "/no-such-page/", { status: 404 }),
];

/**
 * A short file-safe label in Latin letters.
 * @example kindLabel({ lang: "ky ru", name: "root language page" }) // "ky-ru-root-language-page"
 */
export function kindLabel(kind: Pick<PageKind, "lang" | "name">): string {
  return `${kind.lang} ${kind.name}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Posts the held-out site gets on top of its fixture: 60 in 2026 per language push 2025 into an archive page. */
const GENERATED_POSTS = 60;

/**
 * Copies tests/fixtures/pages/ into a temporary folder and adds the generated posts.
 * @example const dir = await writeHeldOutContent(); // …/content, remove its parent when done
 */
export async function writeHeldOutContent(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "achyk-pages-")), "content");
  await cp(path.join(projectDir, "tests/fixtures/pages"), dir, { recursive: true });
  const words = {
    ky: (n: number) => ({ title: `Айылдагы жаңылык №${n}`, body: `Айыл өкмөтүнүн ${n}-жаңылыгы: жолдор, суу жана мектеп тууралуу кыскача.` }),
    ru: (n: number) => ({ title: `Новость села №${n}`, body: `Новость айыл окмоту №${n}: коротко о дорогах, воде и школе.` }),
  };
  for (const lang of ["ky", "ru"] as const) {
    await mkdir(path.join(dir, lang, "posts"), { recursive: true });
    for (let n = 1; n <= GENERATED_POSTS; n++) {
      const month = String(1 + ((n - 1) % 10)).padStart(2, "0");
      const day = String(1 + Math.floor((n - 1) / 10) * 4).padStart(2, "0");
      const { title, body } = words[lang](n);
      await writeFile(path.join(dir, lang, "posts", `2026-${month}-${day}-jangylyk-${n}.md`), `---\ntitle: "${title}"\ndate: 2026-${month}-${day}\n---\n\n${body}\n`);
    }
  }
  return dir;
}

export interface PageSites {
  servers: Record<SiteName, RunningSite>;
  /** Full address of a kind's page. */
  urlOf(kind: PageKind): string;
  close(): Promise<void>;
}

/** The day both builds take as today: the demo's November 2026 report is still scheduled. */
export const PAGES_TODAY = "2026-11-25";

/**
 * Builds the demo and the held-out municipality (in parallel) and serves each as GitHub Pages
 * would. `E2E_SITE` reuses a built demo.
 * @example const sites = await startPageSites(); sites.urlOf(PAGE_KINDS[1]) // "http://127.0.0.1:…/ky/"
 */
export async function startPageSites(): Promise<PageSites> {
  const heldOutContent = await writeHeldOutContent();
  let built: BuiltSite[] = [];
  try {
    built = await Promise.all([buildSite({ today: PAGES_TODAY }), buildSite({ today: PAGES_TODAY, contentDir: heldOutContent })]);
  } finally {
    await rm(path.dirname(heldOutContent), { recursive: true, force: true });
  }
  const [demo, heldOut] = built as [BuiltSite, BuiltSite];
  const servers = { demo: await serveSite(demo.dir), heldOut: await serveSite(heldOut.dir) };
  return {
    servers,
    urlOf: (kind) => servers[kind.site].url + kind.path,
    close: async () => {
      await Promise.all(Object.values(servers).map((s) => s.close()));
      await Promise.all(built.map((b) => b.remove()));
    },
  };
}

/**
 * Opens a kind's page, in a new tab of `on` (a browser context) or in the tab `on` itself,
 * checks the status it was served with and waits until it is what a resident sees (search
 * results shown). The root page's `<meta http-equiv="refresh">` is taken out of the HTML the
 * tab receives, so the tab stays on it. `prepare` runs on a new tab before it navigates (to
 * listen to its console, say).
 * @example const page = await openKind(context, sites, PAGE_KINDS[0]);
 */
export async function openKind(on: BrowserContext | Page, sites: PageSites, kind: PageKind, prepare?: (page: Page) => void): Promise<Page> {
  const page = "goto" in on ? on : await on.newPage();
  prepare?.(page);
  const url = sites.urlOf(kind);
  if (kind.holdStill) {
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/i, "");
      await route.fulfill({ response, body });
    });
  }
  const response = await page.goto(url, { waitUntil: "load" });
  if (response?.status() !== kind.status) throw new Error(`${url}: status ${response?.status()}, expected ${kind.status}`);
  if (kind.results) {
    await page.waitForSelector('#search-status[data-state="done"][data-count]', { timeout: 20_000 });
    const count = await page.locator("#search-status").getAttribute("data-count");
    if (!(Number(count) > 0)) throw new Error(`${url}: the search found nothing, expected results to judge`);
  }
  return page;
}
