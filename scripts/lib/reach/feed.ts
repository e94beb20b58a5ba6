/**
 * What the Atom feed of each language holds (`/ky/feed.xml`, `/ru/feed.xml`): the newest live
 * entries by publication day. Pure: the template writes the XML with @11ty/eleventy-plugin-rss.
 */
import { phrase, t, typeNames } from "../shared/dictionary.ts";
import type { EntryView } from "../model/entry-view.ts";
import { absoluteUrl } from "../shared/urls.ts";
import type { Lang, Bilingual } from "../shared/lang.ts";

/** Entries per feed. */
export const FEED_SIZE = 50;

/** One feed, ready for the template. Days are `YYYY-MM-DD` in Asia/Bishkek. */
export interface FeedView {
  lang: Lang;
  /** Site path of the feed. */
  url: string;
  title: string;
  subtitle: string;
  /** Absolute URLs of the feed itself and of the language's home page. */
  selfUrl: string;
  homeUrl: string;
  /** The newest `updated` day among the entries (or today when there are none). */
  updatedDay: string;
  entries: {
    id: string;
    url: string;
    title: string;
    category: string;
    summary?: string;
    html: string;
    publishedDay: string;
    updatedDay: string;
  }[];
}

/** Site path of a language's Atom feed. */
export function feedUrl(lang: Lang): string {
  return `/${lang}/feed.xml`;
}

type FeedSource = Pick<EntryView, "lang" | "type" | "url" | "title" | "summary" | "html"> & {
  entry: Pick<EntryView["entry"], "publish" | "history" | "state">;
};

/**
 * One feed per language from the site's entries: live ones only (scheduled and draft entries
 * never reach a feed), newest publication first, at most {@link FEED_SIZE}. An entry's
 * `updated` is its last change in git when known and later than its publication.
 *
 * @example
 * feedViews(model.entries, { name: { ky: "Ак-Терек айыл аймагы", ru: "Ак-Терекский айыльный аймак" }, base_url: "https://ak-terek.kg/" }, "2026-11-25")[1]?.title
 * // "Ак-Терекский айыльный аймак: новое на сайте"
 */
export function feedViews(
  entries: readonly FeedSource[],
  site: { name: Bilingual; base_url: string },
  today: string,
  size: number = FEED_SIZE,
): FeedView[] {
  return (["ky", "ru"] as const).map((lang) => {
    const mine = entries
      .filter((e) => e.lang === lang && e.entry.state === "live")
      .sort((a, b) => b.entry.publish.localeCompare(a.entry.publish) || a.url.localeCompare(b.url))
      .slice(0, size)
      .map((e) => {
        const last = e.entry.history?.last;
        const url = absoluteUrl(e.url, site.base_url);
        return {
          id: url,
          url,
          title: e.title,
          category: typeNames[e.type].one[lang],
          summary: e.summary,
          html: e.html,
          publishedDay: e.entry.publish,
          updatedDay: last && last > e.entry.publish ? last : e.entry.publish,
        };
      });
    return {
      lang,
      url: feedUrl(lang),
      title: phrase("feedTitle", lang, { site: site.name[lang] }),
      subtitle: t("feedSubtitle", lang),
      selfUrl: absoluteUrl(feedUrl(lang), site.base_url),
      homeUrl: absoluteUrl(`/${lang}/`, site.base_url),
      updatedDay: mine.reduce((max, e) => (e.updatedDay > max ? e.updatedDay : max), mine.length ? "" : today),
      entries: mine,
    };
  });
}
