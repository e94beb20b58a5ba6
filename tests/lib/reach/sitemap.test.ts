import { describe, expect, it } from "vitest";
import { robotsTxt, sitemapPages, sitemapXml } from "../../../scripts/lib/reach/sitemap.ts";

import { pageLanguages } from "../../../scripts/lib/shared/urls.ts";
import { otherLang, type Lang } from "../../../scripts/lib/shared/lang.ts";

const entry = (lang: Lang, key: string, translated: boolean, publish: string, last?: string) => ({
  languages: pageLanguages(lang, `/${lang}/${key}/`, translated ? `/${otherLang(lang)}/${key}/` : null),
  entry: { publish, history: last ? { first: publish, last, imported: false, sha: "x" } : null },
});
const list = (lang: Lang, type: string, count: number) => ({
  url: `/${lang}/${type}/`,
  count,
  languages: pageLanguages(lang, `/${lang}/${type}/`, `/${otherLang(lang)}/${type}/`),
});
const same = (lang: Lang, path: string) => pageLanguages(lang, `/${lang}/${path}`, `/${otherLang(lang)}/${path}`);
const model = {
  langPages: (["ky", "ru"] as const).map((lang) => ({ pages: { home: same(lang, ""), about: same(lang, "about/") } })),
  lists: [list("ky", "reports", 2), list("ru", "reports", 3), list("ky", "mailings", 0), list("ru", "mailings", 0), list("ky", "acts", 1), list("ru", "acts", 0)],
  entries: [entry("ky", "reports/2026-10", true, "2026-11-25", "2026-11-27"), entry("ru", "reports/2026-10", true, "2026-11-25"), entry("ru", "reports/2026-03", false, "2026-04-25")],
};
const planPages = (["ky", "ru"] as const).map((lang) => ({ languages: same(lang, "plan/") }));

describe("sitemapPages", () => {
  const pages = sitemapPages(model, planPages);
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const cases = [
    { url: "/ky/", alternates: { ky: "/ky/", ru: "/ru/" }, xDefault: "/ky/", lastmod: undefined },
    { url: "/ru/plan/", alternates: { ky: "/ky/plan/", ru: "/ru/plan/" }, xDefault: "/ky/plan/", lastmod: undefined },
    { url: "/ru/reports/", alternates: { ky: "/ky/reports/", ru: "/ru/reports/" }, xDefault: "/ky/reports/", lastmod: undefined },
    { url: "/ky/acts/", alternates: { ky: "/ky/acts/" }, xDefault: undefined, lastmod: undefined },
    { url: "/ky/reports/2026-10/", alternates: { ky: "/ky/reports/2026-10/", ru: "/ru/reports/2026-10/" }, xDefault: "/ky/reports/2026-10/", lastmod: "2026-11-27" },
    { url: "/ru/reports/2026-03/", alternates: { ru: "/ru/reports/2026-03/" }, xDefault: undefined, lastmod: "2026-04-25" },
  ] as const;
  it.each(cases)("$url", ({ url, alternates, xDefault, lastmod }) => {
    expect(byUrl.get(url)).toEqual({ url, alternates, ...(xDefault ? { xDefault } : {}), ...(lastmod ? { lastmod } : {}) });
  });

  it("leaves out empty sections", () => {
    expect(pages.some((p) => p.url.includes("mailings") || p.url === "/ru/acts/")).toBe(false);
    expect(pages).toHaveLength(4 + 2 + 3 + 3);
  });
});

describe("sitemapXml", () => {
  const xml = sitemapXml(
    [
      { url: "/ky/reports/a&b/", alternates: { ky: "/ky/reports/a&b/", ru: "/ru/reports/a&b/" }, lastmod: "2026-11-27" },
      { url: "/ru/only/", alternates: { ru: "/ru/only/" } },
    ],
    "https://owner.github.io/site/",
  );
  const cases = [
    { name: "declares both namespaces", has: 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"' },
    { name: "absolute, escaped loc under the base path", has: "<loc>https://owner.github.io/site/ky/reports/a&amp;b/</loc><lastmod>2026-11-27</lastmod>" },
    { name: "every version, itself included", has: '<xhtml:link rel="alternate" hreflang="ky" href="https://owner.github.io/site/ky/reports/a&amp;b/"/><xhtml:link rel="alternate" hreflang="ru" href="https://owner.github.io/site/ru/reports/a&amp;b/"/>' },
    { name: "Kyrgyz as x-default", has: '<xhtml:link rel="alternate" hreflang="x-default" href="https://owner.github.io/site/ky/reports/a&amp;b/"/>' },
    { name: "no alternates for an untranslated page", has: "<url><loc>https://owner.github.io/site/ru/only/</loc></url>" },
  ] as const;
  it.each(cases)("$name", ({ has }) => {
    expect(xml).toContain(has);
  });
  it("starts with the XML declaration and ends with the urlset", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset')).toBe(true);
    expect(xml.endsWith("</urlset>\n")).toBe(true);
  });
});

describe("robotsTxt", () => {
  const cases = [
    { base: "https://ak-terek.kg/", sitemap: "https://ak-terek.kg/sitemap.xml" },
    { base: "https://owner.github.io/site/", sitemap: "https://owner.github.io/site/sitemap.xml" },
  ] as const;
  it.each(cases)("$base names $sitemap", ({ base, sitemap }) => {
    expect(robotsTxt(base)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
  });
});
