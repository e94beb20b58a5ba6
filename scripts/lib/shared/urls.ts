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

/**
 * Site path of an attachment (a path under `content/files/`), each part percent-encoded, so a
 * name with `#`, `?`, `%` or a space still leads to its file.
 * @example fileUrl("minutes/Протокол №2 #1.pdf") // "/files/minutes/%D0%9F…%20%E2%84%962%20%231.pdf"
 */
export function fileUrl(file: string): string {
  return `/files/${file.split("/").map(encodeURIComponent).join("/")}`;
}
