/**
 * `/sitemap.xml`: every public page of both languages, each with its translation as an
 * `xhtml:link rel="alternate" hreflang` and Kyrgyz as `x-default`, and `/robots.txt` naming it.
 */
import type { SiteModel } from "../model/site-model.ts";
import { absoluteUrl } from "../shared/urls.ts";
import { otherLang, type Lang } from "../shared/lang.ts";

/** One page of the sitemap: its site path, its versions by language, its last change. */
export interface SitemapPage {
  url: string;
  alternates: Partial<Record<Lang, string>>;
  /** `YYYY-MM-DD` */
  lastmod?: string;
}


/**
 * The pages of the site model: home, about and progress pages, every non-empty section list
 * and every entry page, with their translations where they exist.
 *
 * @example
 * sitemapPages(model)[0] // { url: "/ky/", alternates: { ky: "/ky/", ru: "/ru/" } }
 */
export function sitemapPages(model: Pick<SiteModel, "entries" | "lists" | "langPages" | "planPages">): SitemapPage[] {
  const pages: SitemapPage[] = [];
  const pair = (make: (lang: Lang) => string): Partial<Record<Lang, string>> => ({ ky: make("ky"), ru: make("ru") });
  for (const home of model.langPages) {
    pages.push({ url: `/${home.lang}/`, alternates: pair((l) => `/${l}/`) });
    pages.push({ url: `/${home.lang}/about/`, alternates: pair((l) => `/${l}/about/`) });
  }
  for (const plan of model.planPages) pages.push({ url: `/${plan.lang}/plan/`, alternates: pair((l) => `/${l}/plan/`) });
  const counts = new Map(model.lists.map((l) => [l.url, l.count]));
  for (const list of model.lists) {
    if (!list.count) continue;
    const alternates: Partial<Record<Lang, string>> = { [list.lang]: list.url };
    if (counts.get(list.translationUrl)) alternates[otherLang(list.lang)] = list.translationUrl;
    pages.push({ url: list.url, alternates });
  }
  for (const e of model.entries) {
    const alternates: Partial<Record<Lang, string>> = { [e.lang]: e.url };
    if (e.translationUrl) alternates[otherLang(e.lang)] = e.translationUrl;
    const last = e.entry.history?.last;
    pages.push({ url: e.url, alternates, lastmod: last && last > e.entry.publish ? last : e.entry.publish });
  }
  return pages;
}

/**
 * Sitemap XML (sitemaps.org 0.9 with `xhtml:link` alternates). A page with a translation lists
 * every version, itself included, and `x-default` (the Kyrgyz one); URLs are absolute and escaped.
 *
 * @example
 * sitemapXml([{ url: "/ky/", alternates: { ky: "/ky/", ru: "/ru/" } }], "https://ak-terek.kg/")
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<urlset …>\n<url><loc>https://ak-terek.kg/ky/</loc>'
 * // + '<xhtml:link rel="alternate" hreflang="ky" href="https://ak-terek.kg/ky/"/>…</url>\n</urlset>\n'
 */
export function sitemapXml(pages: readonly SitemapPage[], baseUrl: string): string {
  const abs = (url: string): string => escapeXml(absoluteUrl(url, baseUrl));
  const urls = pages.map((p) => {
    const versions = (["ky", "ru"] as const).filter((l) => p.alternates[l]);
    const links =
      versions.length > 1
        ? [
            ...versions.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${abs(p.alternates[l]!)}"/>`),
            `<xhtml:link rel="alternate" hreflang="x-default" href="${abs(p.alternates.ky!)}"/>`,
          ].join("")
        : "";
    return `<url><loc>${abs(p.url)}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ""}${links}</url>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    `${urls.join("\n")}\n</urlset>\n`
  );
}

/**
 * robots.txt: everything may be crawled; the sitemap is named by its absolute URL.
 * @example robotsTxt("https://ak-terek.kg/") // "User-agent: *\nAllow: /\n\nSitemap: https://ak-terek.kg/sitemap.xml\n"
 */
export function robotsTxt(baseUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl("/sitemap.xml", baseUrl)}\n`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}
