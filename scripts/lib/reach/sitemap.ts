/**
 * `/sitemap.xml`: every public page of both languages, each with its translation as an
 * `xhtml:link rel="alternate" hreflang` and Kyrgyz as `x-default`, and `/robots.txt` naming it.
 */
import { LANGS, type Lang } from "../shared/lang.ts";
import { absoluteUrl, type PageLanguages } from "../shared/urls.ts";

/** One page of the sitemap: its site path, its versions by language, its last change. */
export interface SitemapPage {
  url: string;
  alternates: Partial<Record<Lang, string>>;
  /** `hreflang="x-default"` of a page with a translation (the Kyrgyz one: see `pageLanguages`). */
  xDefault?: string;
  /** `YYYY-MM-DD` */
  lastmod?: string;
}


/** A page as the sitemap needs it: its languages (and, for entries, when it changed). */
interface SitemapSource {
  languages: PageLanguages;
}

/**
 * The public pages: home, about and progress pages, every non-empty section list and every
 * entry page, with their translations where they exist (a list's translation only when that
 * list has entries: an empty list is not in the sitemap).
 *
 * @example
 * sitemapPages(siteModel, progressModel.planPages)[0] // { url: "/ky/", alternates: { ky: "/ky/", ru: "/ru/" } }
 */
export function sitemapPages(
  model: {
    langPages: readonly { pages: { home: PageLanguages; about: PageLanguages } }[];
    lists: readonly (SitemapSource & { url: string; count: number })[];
    entries: readonly (SitemapSource & { entry: { publish: string; history?: { last: string } | null } })[];
  },
  planPages: readonly SitemapSource[],
): SitemapPage[] {
  const page = ({ lang, url, other, translationUrl, xDefaultUrl }: PageLanguages, keepTranslation = true): SitemapPage =>
    translationUrl && keepTranslation ? { url, alternates: { [lang]: url, [other]: translationUrl }, xDefault: xDefaultUrl } : { url, alternates: { [lang]: url } };
  const pages: SitemapPage[] = [];
  for (const home of model.langPages) pages.push(page(home.pages.home), page(home.pages.about));
  for (const plan of planPages) pages.push(page(plan.languages));
  const counts = new Map(model.lists.map((l) => [l.url, l.count]));
  for (const list of model.lists) {
    if (list.count) pages.push(page(list.languages, !!counts.get(list.languages.translationUrl ?? "")));
  }
  for (const e of model.entries) {
    const last = e.entry.history?.last;
    pages.push({ ...page(e.languages), lastmod: last && last > e.entry.publish ? last : e.entry.publish });
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
    const versions = LANGS.filter((l) => p.alternates[l]);
    const links =
      versions.length > 1
        ? [
            ...versions.map((l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${abs(p.alternates[l]!)}"/>`),
            `<xhtml:link rel="alternate" hreflang="x-default" href="${abs(p.xDefault ?? p.alternates.ky!)}"/>`,
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
