import { describe, expect, it } from "vitest";
import { feedUrl, feedViews } from "../../../scripts/lib/reach/feed.ts";

const site = { name: { ky: "Ак-Терек айыл аймагы", ru: "Ак-Терекский айыльный аймак" }, base_url: "https://ak-terek.kg/" };

type Source = Parameters<typeof feedViews>[0][number];
function entry(lang: "ky" | "ru", slug: string, publish: string, extra: { state?: "live" | "scheduled" | "draft"; last?: string } = {}): Source {
  return {
    lang,
    type: "reports",
    url: `/${lang}/reports/${slug}/`,
    title: `${lang} ${slug}`,
    summary: `summary ${slug}`,
    html: `<p>${slug}</p>`,
    entry: {
      publish,
      state: extra.state ?? "live",
      history: extra.last ? { first: publish, last: extra.last, imported: false, sha: "x" } : null,
    },
  };
}

const entries = [
  entry("ru", "2026-09", "2026-10-25"),
  entry("ru", "2026-10", "2026-11-25", { last: "2026-11-27" }),
  entry("ru", "2026-11", "2026-12-25", { state: "scheduled" }),
  entry("ru", "old", "2025-01-25", { last: "2024-12-01" }),
  entry("ky", "2026-10", "2026-11-25"),
  entry("ky", "draft", "2026-11-20", { state: "draft" }),
];

describe("feedViews", () => {
  const [ky, ru] = feedViews(entries, site, "2026-11-25");

  const cases = [
    { feed: ru, lang: "ru", url: "/ru/feed.xml", title: "Ак-Терекский айыльный аймак: новое на сайте", ids: ["2026-10", "2026-09", "old"], updated: "2026-11-27" },
    { feed: ky, lang: "ky", url: "/ky/feed.xml", title: "Ак-Терек айыл аймагы: сайттагы жаңы жазуулар", ids: ["2026-10"], updated: "2026-11-25" },
  ] as const;
  it.each(cases)("$lang: live entries only, newest publication first", ({ feed, lang, url, title, ids, updated }) => {
    expect(feed?.lang).toBe(lang);
    expect(feed?.url).toBe(url);
    expect(feed?.selfUrl).toBe(`https://ak-terek.kg${url}`);
    expect(feed?.title).toBe(title);
    expect(feed?.entries.map((e) => e.url.split("/").at(-2))).toEqual(ids);
    expect(feed?.updatedDay).toBe(updated);
  });

  it("the two feeds have different titles", () => {
    expect(ky?.title).not.toBe(ru?.title);
  });

  it("an entry's updated day is its last change, never before its publication", () => {
    const byId = Object.fromEntries(ru!.entries.map((e) => [e.url.split("/").at(-2), e]));
    expect(byId["2026-10"]).toMatchObject({ publishedDay: "2026-11-25", updatedDay: "2026-11-27", id: "https://ak-terek.kg/ru/reports/2026-10/" });
    expect(byId.old).toMatchObject({ publishedDay: "2025-01-25", updatedDay: "2025-01-25" });
  });

  it("keeps at most `size` entries", () => {
    const many = Array.from({ length: 60 }, (_, i) => entry("ru", `p${String(i).padStart(2, "0")}`, `2026-01-${String((i % 28) + 1).padStart(2, "0")}`));
    const [, feed] = feedViews(many, site, "2026-11-25");
    expect(feed?.entries).toHaveLength(50);
    expect(feedViews(many, site, "2026-11-25", 3)[1]?.entries).toHaveLength(3);
  });

  it("an empty language still has a feed, updated today", () => {
    const [kyOnly] = feedViews([], site, "2026-11-25");
    expect(kyOnly).toMatchObject({ lang: "ky", entries: [], updatedDay: "2026-11-25" });
    expect(feedUrl("ky")).toBe("/ky/feed.xml");
  });
});
