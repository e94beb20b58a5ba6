/**
 * A real build of tests/fixtures/small (the CLI in a child process, as CI runs it), then
 * assertions on the HTML it wrote. Also: `npm run check` and the build on tests/fixtures/invalid.
 */
import { createHash } from "node:crypto";
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../scripts/lib/validate/load.ts";
import { runCommand, runScript, type RunResult } from "../helpers/run.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SMALL = "tests/fixtures/small";
const INVALID = "tests/fixtures/invalid";
const TODAY = "2026-11-25";
const BASE = "https://achyk-kg.github.io/";

const build = (contentDir: string, output: string) =>
  runScript("scripts/cli/build.ts", [], { env: { CONTENT_DIR: contentDir, SITE_TODAY: TODAY, ACHYK_OUTPUT: output } });

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** Every file under a folder, relative path → sha256. */
async function hashTree(dir: string): Promise<Map<string, string>> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true });
  const hashes = new Map<string, string>();
  for (const d of found) {
    const full = path.join(d.parentPath, d.name);
    const rel = path.relative(dir, full);
    if (d.isDirectory()) hashes.set(`${rel}/`, "dir");
    else hashes.set(rel, createHash("sha256").update(await readFile(full)).digest("hex"));
  }
  return new Map([...hashes].sort(([a], [b]) => a.localeCompare(b)));
}

/** Tags of a kind with their attributes, e.g. every `<a>` as { href, hreflang, … }. */
function tags(html: string, name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, "gi"))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) attrs[a[1]!.toLowerCase()] = a[2] ?? "";
    out.push(attrs);
  }
  return out;
}

function alternates(html: string): Record<string, string> {
  return Object.fromEntries(tags(html, "link").filter((l) => l.rel === "alternate" && l.hreflang).map((l) => [l.hreflang!, l.href!]));
}

/** The inside of the first element whose opening tag matches. */
function section(html: string, opening: RegExp, closing: string): string {
  const start = html.search(opening);
  if (start < 0) return "";
  const end = html.indexOf(closing, start);
  return html.slice(start, end < 0 ? undefined : end);
}

let tmp: string;
let out: string;
let built: RunResult;
const page = (url: string) => readFile(path.join(out, url.endsWith("/") ? `${url}index.html` : url), "utf8");

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "achyk-build-"));
  out = path.join(tmp, "_site");
  // A previous site with a stale page: a successful build replaces the whole folder.
  await mkdir(path.join(out, "ru/old"), { recursive: true });
  await writeFile(path.join(out, "ru/old/index.html"), "<p>old</p>");
  built = await build(SMALL, out);
}, 120_000);

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("npm run build on tests/fixtures/small", () => {
  it("succeeds and swaps the new site in", async () => {
    expect(built.code, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/Built 9 live entries/);
    expect(await exists(path.join(out, "ru/old/index.html"))).toBe(false);
    const leftovers = (await readdir(tmp)).filter((name) => name !== "_site");
    expect(leftovers).toEqual([]);
  });

  it("writes a page in /ky/ and /ru/ for every live entry, at /<lang>/<type>/<slug>/", async () => {
    const content = await loadContent({ contentDir: path.join(ROOT, SMALL), today: TODAY });
    const live = content.entries.filter((e) => e.state === "live");
    expect(live).toHaveLength(9);
    for (const entry of live) {
      const html = await page(entry.url);
      expect(html, entry.url).toContain(`<h1>${entry.data.title.replace(/"/g, "&quot;")}</h1>`);
    }
    const expected = [
      "/ky/events/2026-12-10-uguu-budjet/",
      "/ky/meetings/2026-08-14-jyiyn-kopuro/",
      "/ky/posts/2026-11-10-suu/",
      "/ky/reports/2025-11/",
      "/ru/events/2026-12-10-uguu-budjet/",
      "/ru/meetings/2026-08-14-jyiyn-kopuro/",
      "/ru/posts/2026-11-10-suu/",
      "/ru/reports/2025-11/",
      "/ru/reports/2026-10/",
    ];
    expect(live.map((e) => e.url).sort()).toEqual(expected);
  });

  const absent = [
    { what: "scheduled report (ky)", url: "/ky/reports/2026-11/", title: "2026-жылдын ноябрь айындагы" },
    { what: "scheduled report (ru)", url: "/ru/reports/2026-11/", title: "за ноябрь 2026 года" },
    { what: "draft post", url: "/ky/posts/2026-11-15-karalama/", title: "каралама" },
    { what: "ru-only report in ky", url: "/ky/reports/2026-10/", title: null },
  ] as const;

  it.each(absent)("the $what has no page and is linked and named nowhere", async ({ url, title }) => {
    expect(await exists(path.join(out, url, "index.html"))).toBe(false);
    const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith(".html"));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const html = await readFile(path.join(out, file), "utf8");
      expect(html, file).not.toContain(`href="${url}"`);
      if (title) expect(html, file).not.toContain(title);
    }
  });

  it("every page under /ky/ and /ru/ says its language in <html lang>", async () => {
    const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith(".html") && /^(ky|ru)\//.test(f));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const lang = file.slice(0, 2);
      expect(await readFile(path.join(out, file), "utf8"), file).toMatch(new RegExp(`<html lang="${lang}"`));
    }
  });

  const switches = [
    ["/ky/reports/2025-11/", "/ru/reports/2025-11/", "ru"],
    ["/ru/reports/2025-11/", "/ky/reports/2025-11/", "ky"],
    ["/ky/meetings/2026-08-14-jyiyn-kopuro/", "/ru/meetings/2026-08-14-jyiyn-kopuro/", "ru"],
    ["/ru/events/2026-12-10-uguu-budjet/", "/ky/events/2026-12-10-uguu-budjet/", "ky"],
    ["/ky/reports/", "/ru/reports/", "ru"],
    ["/ru/", "/ky/", "ky"],
  ] as const;

  it.each(switches)("the language switch of %s leads to %s", async (url, other, otherLang) => {
    const html = await page(url);
    const nav = section(html, /<nav class="lang-switch"/, "</nav>");
    const links = tags(nav, "a");
    expect(links).toEqual([expect.objectContaining({ href: other, hreflang: otherLang, lang: otherLang })]);
    expect(html).not.toContain('role="note"');
  });

  it("an untranslated entry says plainly that the Kyrgyz version is missing, and links to the Kyrgyz section", async () => {
    const html = await page("/ru/reports/2026-10/");
    expect(html).toMatch(
      /<p class="[^"]*notice[^"]*" role="note">Эта страница не переведена на кыргызский язык\. <a href="\/ky\/reports\/" hreflang="ky">Перейти к разделу на кыргызском<\/a><\/p>/,
    );
    const nav = section(html, /<nav class="lang-switch"/, "</nav>");
    expect(tags(nav, "a")).toEqual([expect.objectContaining({ href: "/ky/reports/", hreflang: "ky" })]);
    expect(await exists(path.join(out, "ky/reports/index.html"))).toBe(true);
  });

  const hreflangs = [
    {
      url: "/ky/reports/2025-11/",
      expected: { ky: `${BASE}ky/reports/2025-11/`, ru: `${BASE}ru/reports/2025-11/`, "x-default": `${BASE}ky/reports/2025-11/` },
    },
    {
      url: "/ru/reports/2025-11/",
      expected: { ru: `${BASE}ru/reports/2025-11/`, ky: `${BASE}ky/reports/2025-11/`, "x-default": `${BASE}ky/reports/2025-11/` },
    },
    {
      url: "/ru/meetings/2026-08-14-jyiyn-kopuro/",
      expected: {
        ru: `${BASE}ru/meetings/2026-08-14-jyiyn-kopuro/`,
        ky: `${BASE}ky/meetings/2026-08-14-jyiyn-kopuro/`,
        "x-default": `${BASE}ky/meetings/2026-08-14-jyiyn-kopuro/`,
      },
    },
    { url: "/ru/reports/2026-10/", expected: { ru: `${BASE}ru/reports/2026-10/`, "x-default": `${BASE}ru/reports/2026-10/` } },
    { url: "/ky/", expected: { ky: `${BASE}ky/`, ru: `${BASE}ru/`, "x-default": `${BASE}ky/` } },
    { url: "/ru/posts/", expected: { ru: `${BASE}ru/posts/`, ky: `${BASE}ky/posts/`, "x-default": `${BASE}ky/posts/` } },
    { url: "/index.html", expected: { ky: `${BASE}ky/`, ru: `${BASE}ru/`, "x-default": `${BASE}ky/` } },
  ] as const;

  it.each(hreflangs)("hreflang alternates of $url: self, other, x-default, absolute from base_url", async ({ url, expected }) => {
    const html = await page(url);
    expect(alternates(html)).toEqual(expected);
    const canonical = tags(html, "link").find((l) => l.rel === "canonical");
    expect(canonical?.href).toMatch(new RegExp(`^${BASE.replace(/[./]/g, "\\$&")}`));
  });

  it("list pages are newest first, grouped by year", async () => {
    const html = await page("/ru/reports/");
    const main = section(html, /<main/, "</main>");
    expect([...main.matchAll(/<h2 id="y-(\d{4})">/g)].map((m) => m[1])).toEqual(["2026", "2025"]);
    const order = [...main.matchAll(/<h2 id="y-(\d{4})">|<a href="(\/ru\/reports\/[^"]+)">/g)].map((m) => m[1] ?? m[2]);
    expect(order).toEqual(["2026", "/ru/reports/2026-10/", "2025", "/ru/reports/2025-11/"]);
    const dates = [...main.matchAll(/<time datetime="([\d-]+)">/g)].map((m) => m[1]!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("the Kyrgyz report list holds only the live Kyrgyz report", async () => {
    const main = section(await page("/ky/reports/"), /<main/, "</main>");
    expect([...main.matchAll(/<h2 id="y-(\d{4})">/g)].map((m) => m[1])).toEqual(["2025"]);
    expect([...main.matchAll(/<a href="(\/ky\/reports\/[^"]+)">/g)].map((m) => m[1])).toEqual(["/ky/reports/2025-11/"]);
  });

  it("every list page exists in both languages, empty ones say so", async () => {
    for (const type of ["posts", "presentations", "mailings", "materials", "reports", "meetings", "events", "initiatives", "acts", "tos", "surveys"]) {
      for (const lang of ["ky", "ru"]) expect(await exists(path.join(out, lang, type, "index.html")), `${lang}/${type}`).toBe(true);
    }
    expect(await page("/ru/acts/")).toContain("Пока нет записей.");
    expect(await page("/ky/acts/")).toContain("Азырынча жазуулар жок.");
  });

  it("/index.html leads to /ky/ and offers a visible choice of language", async () => {
    const html = await page("/index.html");
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/ky\/">/);
    const hrefs = tags(html, "a").map((a) => a.href);
    expect(hrefs).toEqual(expect.arrayContaining(["/ky/", "/ru/"]));
    expect(html).toContain("Кыргызча");
    expect(html).toContain("Русский");
  });

  it("home pages lead with the latest live report and list the upcoming event", async () => {
    const ky = await page("/ky/");
    const ru = await page("/ru/");
    expect(section(ky, /<section class="hero"/, "</section>")).toContain('href="/ky/reports/2025-11/"');
    expect(section(ru, /<section class="hero"/, "</section>")).toContain('href="/ru/reports/2026-10/"');
    expect(ky).toContain('href="/ky/events/2026-12-10-uguu-budjet/"');
    expect(ru).toContain('href="/ru/events/2026-12-10-uguu-budjet/"');
  });

  it("404 pages exist: one for both languages at the root, one per language", async () => {
    const root = await page("/404.html");
    expect(root).toContain("Барак табылган жок");
    expect(root).toContain("Страница не найдена");
    expect(tags(root, "a").map((a) => a.href)).toEqual(expect.arrayContaining(["/ky/", "/ru/"]));
    const ky = await page("/ky/404.html");
    expect(ky).toMatch(/<html lang="ky"/);
    expect(ky).toContain("<h1>Барак табылган жок</h1>");
    const ru = await page("/ru/404.html");
    expect(ru).toMatch(/<html lang="ru"/);
    expect(ru).toContain("<h1>Страница не найдена</h1>");
  });

  it("a meeting page shows date, place, attendance, agenda, decisions and the protocol", async () => {
    const html = await page("/ru/meetings/2026-08-14-jyiyn-kopuro/");
    expect(html).toContain('<time datetime="2026-08-14">14 августа 2026</time>');
    expect(html).toMatch(/<dt>Место<\/dt><dd>село Таш-Көпүрө, двор школы<\/dd>/);
    expect(html).toMatch(/<dt>Участников<\/dt><dd>132<\/dd>/);
    expect(html).toMatch(/<dt>Из них женщин<\/dt><dd>54<\/dd>/);
    expect(html).toMatch(/<h2>Повестка дня<\/h2>\s*<ol><li>Техническое состояние моста<\/li><li>Где найти средства<\/li><\/ol>/);
    expect(html).toMatch(/<h2>Принятые решения<\/h2>/);
    expect(html).toContain('<a href="/files/minutes/2026-08-14-protokol.pdf">Протокол схода (PDF)</a>');
    const copied = await readFile(path.join(out, "files/minutes/2026-08-14-protokol.pdf"));
    expect(copied.equals(await readFile(path.join(ROOT, SMALL, "files/minutes/2026-08-14-protokol.pdf")))).toBe(true);
  });

  it("the Kyrgyz date reads as Kyrgyz", async () => {
    expect(await page("/ky/meetings/2026-08-14-jyiyn-kopuro/")).toContain('<time datetime="2026-08-14">2026-жылдын 14-августу</time>');
  });

  it("external links in entry bodies get rel=noopener", async () => {
    const links = tags(await page("/ru/reports/2026-10/"), "a").filter((a) => a.href?.startsWith("https://example.kg/"));
    expect(links).toEqual([{ href: "https://example.kg/suzak", rel: "noopener" }]);
  });

  it("internal links to entries, lists, home, about and 404 pages all resolve", async () => {
    const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith(".html"));
    const broken: string[] = [];
    for (const file of files) {
      for (const { href } of tags(await readFile(path.join(out, file), "utf8"), "a")) {
        if (!href?.startsWith("/") || href.startsWith("//")) continue;
        const target = href.split("#")[0]!;
        // The plan and search pages belong to later stages of the flow.
        if (/^\/(ky|ru)\/(plan|search)\//.test(target)) continue;
        const onDisk = path.join(out, target.endsWith("/") ? `${target}index.html` : target);
        if (!(await exists(onDisk))) broken.push(`${file} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("invalid content: npm run check and the build refuse it", () => {
  const expectedLines = [
    `${INVALID}/ky/meetings/2026-05-14-typo.md:1: `,
    `${INVALID}/ky/meetings/2026-05-14-typo.md:5: `,
    `${INVALID}/ky/meetings/2026-06-18-no-file.md:8: `,
    `${INVALID}/ru/posts/2026-02-30-bad-date.md:3: `,
  ];

  it("npm run check exits 1 and prints one `path:line: message` line per error, Kyrgyz first, then Russian", async () => {
    const result = await runCommand("npm", ["run", "--silent", "check"], { env: { CONTENT_DIR: INVALID, SITE_TODAY: TODAY } });
    expect(result.code).toBe(1);
    const lines = result.stderr.split("\n").filter((l) => l.startsWith(`${INVALID}/`));
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(/^tests\/fixtures\/invalid\/(ky|ru)\/[a-z]+\/[\w-]+\.md:\d+: \S.* \/ \S.*$/);
    for (const start of expectedLines) expect(lines.some((l) => l.startsWith(start)), start).toBe(true);
    expect(lines.some((l) => /^tests\/fixtures\/invalid\/ky\/reports\/2026-10(-kaira)?\.md:4: 2026-10 мезгили үчүн отчет буга чейин бар.* \/ Отчёт за период 2026-10 уже есть/.test(l))).toBe(true);
    expect(lines.find((l) => l.startsWith(expectedLines[1]!))).toMatch(/«atendance» деген талаа белгисиз.*«attendance».* \/ Неизвестное поле «atendance»/);
  });

  it("npm run check on the small tree exits 0 and reports the scheduled reports with their day", async () => {
    const result = await runCommand("npm", ["run", "--silent", "check"], { env: { CONTENT_DIR: SMALL, SITE_TODAY: TODAY } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^tests\/fixtures\/small\/ky\/reports\/2026-11\.md:3: .*scheduled for 2026-12-25/m);
    expect(result.stdout).toMatch(/^tests\/fixtures\/small\/ru\/reports\/2026-10\.md:1: .*Нет версии на кыргызском/m);
  });

  it("the build exits 1, prints the errors, and leaves an existing site byte for byte unchanged", async () => {
    const before = await hashTree(out);
    expect(before.size).toBeGreaterThan(30);
    const result = await build(INVALID, out);
    expect(result.code).toBe(1);
    for (const start of expectedLines) expect(result.stderr).toContain(start);
    expect(await hashTree(out)).toEqual(before);
    expect((await readdir(tmp)).filter((name) => name !== "_site")).toEqual([]);
  });
});

describe("the progress page and its open data", () => {
  interface JsonPeriod {
    period: string;
    due: string;
    status: string;
    entries: string[];
  }
  interface JsonMeasure {
    id: string;
    rhythm: string;
    periods: JsonPeriod[];
    indicator: { unit: string; target: number | null; years: Record<string, number | null> };
  }
  const progress = async () => JSON.parse(await page("/data/progress.json")) as { today: string; measures: JsonMeasure[] };
  const periodOf = async (id: string, period: string) =>
    (await progress()).measures.find((m) => m.id === id)!.periods.find((p) => p.period === period)!;

  it("progress.json has the contract's shape: today, and every measure with every period of 2025–2028", async () => {
    const data = await progress();
    expect(data.today).toBe(TODAY);
    expect(data.measures.map((m) => m.id)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"]);
    const counts = Object.fromEntries(data.measures.map((m) => [m.id, m.periods.length]));
    expect(counts).toEqual({ "1.1": 48, "1.2": 8, "1.3": 16, "1.4": 16, "1.5": 48, "2.1": 8, "2.2": 4, "2.3": 4, "2.4": 4, "3.1": 16, "3.2": 8, "3.3": 4 });
    const report = data.measures.find((m) => m.id === "1.5")!;
    expect(report.rhythm).toBe("monthly-25");
    expect(Object.keys(report.indicator.years)).toEqual(["2025", "2026", "2027", "2028"]);
  });

  const statuses = [
    { id: "1.5", period: "2026-10", status: "done", due: "2026-11-25", entries: ["/ru/reports/2026-10/"] },
    { id: "1.5", period: "2025-11", status: "done", due: "2025-12-25", entries: ["/ky/reports/2025-11/", "/ru/reports/2025-11/"] },
    { id: "1.5", period: "2026-11", status: "scheduled", due: "2026-12-25", entries: [] },
    { id: "1.5", period: "2026-09", status: "missing", due: "2026-10-25", entries: [] },
    { id: "1.5", period: "2026-12", status: "upcoming", due: "2027-01-25", entries: [] },
  ] as const;
  it.each(statuses)("measure $id, period $period is $status", async ({ id, period, status, due, entries }) => {
    const found = await periodOf(id, period);
    expect(found.status).toBe(status);
    expect(found.due).toBe(due);
    expect([...found.entries].sort()).toEqual([...entries]);
  });

  it("a draft post counts for nothing: only the live post makes November 2026 done", async () => {
    const nov = await periodOf("1.1", "2026-11");
    expect(nov.status).toBe("done");
    expect(nov.entries.every((url) => url.includes("2026-11-10-suu"))).toBe(true);
  });

  it("progress.csv has one row per measure-period, with the same statuses", async () => {
    const csv = (await page("/data/progress.csv")).trim().split(/\r?\n/);
    expect(csv[0]).toBe("measure,period,start,end,due,status,entries");
    expect(csv).toHaveLength(1 + 48 + 8 + 16 + 16 + 48 + 8 + 4 + 4 + 4 + 16 + 8 + 4);
    expect(csv).toContain("1.5,2026-11,2026-11-01,2026-11-30,2026-12-25,scheduled,");
  });

  it("the page reads without colour: each period cell has an icon and an accessible name with its status", async () => {
    const html = await page("/ru/plan/");
    const block = section(html, /<article class="measure-block" id="measure-1\.5"/, "</article>");
    expect(block).toContain("октябрь 2026: Выполнено");
    expect(block).toContain("ноябрь 2026: Запланировано");
    expect(block).toContain("сентябрь 2026: Не выполнено");
    expect(block).toMatch(/<a href="\/ru\/reports\/2026-10\/"><span aria-hidden="true">✓ /);
  });

  it("missing and soon-due periods carry an 'add it' link to the pre-filled issue form, the editor as a second choice", async () => {
    const html = await page("/ru/plan/");
    const block = section(html, /<article class="measure-block" id="measure-1\.5"/, "</article>");
    const form = tags(block, "a").map((a) => a.href!).find((href) => href.includes("period=2026-09"));
    expect(form).toBeDefined();
    const url = new URL(form!.replaceAll("&amp;", "&"));
    expect(url.pathname).toBe("/achyk-kg/ak-terek/issues/new");
    expect(url.searchParams.get("template")).toBe("reports.yml");
    const deadlines = section(html, /<section aria-labelledby="deadlines">/, "</section>");
    const links = tags(deadlines, "a").map((a) => a.href!.replaceAll("&amp;", "&"));
    const first = links.findIndex((href) => href.includes("template=reports.yml&date=2026-11-25&period=2026-09"));
    const second = links.findIndex((href) => href.includes("filename=2026-09.md"));
    expect(first).toBeGreaterThan(-1);
    expect(second).toBe(first + 1);
    expect(new URL(links[second]!).pathname).toBe("/achyk-kg/ak-terek/new/main/tests/fixtures/small/ru/reports");
    expect(new URL(links[second]!).searchParams.get("value")).toContain('period: "2026-09"');
  });

  it("an entry page names the plan measure it serves and links to it", async () => {
    const html = await page("/ru/reports/2026-10/");
    expect(html).toMatch(/<a href="\/ru\/plan\/#measure-1\.5">1\.5\. /);
  });

  it("the progress page links its open data and leads with the next deadlines", async () => {
    const html = await page("/ky/plan/");
    expect(html).toContain('href="/data/progress.json"');
    expect(html).toContain('href="/data/progress.csv"');
    expect(section(html, /<section aria-labelledby="deadlines">/, "</section>")).toContain("2026-жылдын ноябры");
  });
});
