/** Where things live on the site: site paths, and absolute URLs from `site.yaml`'s `base_url`. */
import { otherLang, type Lang } from "./lang.ts";

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

/** A page in its two languages: what the language switch, hreflang links and sitemap say of it. */
export interface PageLanguages {
  lang: Lang;
  url: string;
  /** The language of the translation. */
  other: Lang;
  /** The same page in the other language; null when it has none. */
  translationUrl: string | null;
  /** Where the language switch leads: the translation, else the nearest page in the other language. */
  switchUrl: string;
  /** `hreflang="x-default"`: the Kyrgyz version (the state language), or this page when it has none. */
  xDefaultUrl: string;
  /** The page says, under its header, that it has no translation (entry pages). */
  missingNotice: boolean;
}

/**
 * @example pageLanguages("ru", "/ru/reports/2026-10/", "/ky/reports/2026-10/").xDefaultUrl // "/ky/reports/2026-10/"
 * @example pageLanguages("ky", "/ky/posts/x/", null, { fallbackUrl: "/ru/posts/" }).switchUrl // "/ru/posts/"
 */
export function pageLanguages(
  lang: Lang,
  url: string,
  translationUrl: string | null,
  options: { fallbackUrl?: string; noticeWhenMissing?: boolean } = {},
): PageLanguages {
  const other = otherLang(lang);
  return {
    lang,
    url,
    other,
    translationUrl,
    switchUrl: translationUrl ?? options.fallbackUrl ?? `/${other}/`,
    xDefaultUrl: lang === "ky" ? url : (translationUrl ?? url),
    missingNotice: translationUrl === null && (options.noticeWhenMissing ?? false),
  };
}

/**
 * Site path of an attachment (a path under `content/files/`), each part percent-encoded, so a
 * name with `#`, `?`, `%` or a space still leads to its file.
 * @example fileUrl("minutes/Протокол №2 #1.pdf") // "/files/minutes/%D0%9F…%20%E2%84%962%20%231.pdf"
 */
export function fileUrl(file: string): string {
  return `/files/${file.split("/").map(encodeURIComponent).join("/")}`;
}
