/** Where things live on the site: site paths, and absolute URLs from `site.yaml`'s `base_url`. */

/**
 * A site path made absolute against the base URL, keeping the base's own path (a site served
 * from `https://owner.github.io/repo/` keeps `/repo/`).
 *
 * @example
 * absoluteUrl("/ru/reports/2026-10/", "https://ak-terek.kg/") // "https://ak-terek.kg/ru/reports/2026-10/"
 * @example
 * absoluteUrl("/ky/", "https://owner.github.io/site/") // "https://owner.github.io/site/ky/"
 */
export function absoluteUrl(url: string, base: string): string {
  return new URL(url.replace(/^\//, ""), base).href;
}

/** Site path of one event's calendar file, next to its page. */
export function eventCalendarUrl(pageUrl: string): string {
  return `${pageUrl.replace(/\/?$/, "/")}event.ics`;
}
