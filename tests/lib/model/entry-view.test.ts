import { describe, expect, it } from "vitest";
import { entryView, provenanceText, type EntryContext } from "../../../scripts/lib/model/entry-view.ts";
import { entryPages } from "../../../scripts/lib/model/entry-page.ts";
import type { Entry } from "../../../scripts/lib/validate/entry.ts";

const site = { name: { ky: "Ак-Терек айыл аймагы", ru: "Ак-Терекский айыльный аймак" }, base_url: "https://ak-terek.kg/", repository: { owner: "achyk-kg", name: "ak-terek", branch: "main" } };
const context: EntryContext = { plan: undefined, site, contentDirName: "content", hasTranslation: false };

function entry(type: string, lang: "ky" | "ru", slug: string, data: Record<string, unknown>, more: Partial<Entry> = {}): Entry {
  return {
    lang,
    type,
    slug,
    key: `${type}/${slug}`,
    inputPath: `${lang}/${type}/${slug}.md`,
    url: `/${lang}/${type}/${slug}/`,
    data: { title: "Т", date: "2026-11-20", ...data },
    date: "2026-11-20",
    publish: "2026-11-20",
    state: "live",
    body: "Текст.",
    bodyLine: 5,
    ...more,
  } as Entry;
}

describe("entryView: what an entry page shows, prepared for the template", () => {
  it("an event that will not take place carries its notice; a planned one does not", () => {
    const cancelled = entryView(entry("events", "ru", "skhod", { kind: "gathering", place: "Клуб", time: "10:00", status: "cancelled" }), context, () => 0);
    expect(cancelled.statusNotice).toEqual({ status: "cancelled", text: "Мероприятие отменено." });
    const postponed = entryView(entry("events", "ky", "jyiyn", { kind: "gathering", place: "Клуб", time: "10:00", status: "postponed" }), context, () => 0);
    expect(postponed.statusNotice?.status).toBe("postponed");
    expect(entryView(entry("events", "ru", "x", { kind: "gathering", place: "Клуб", time: "10:00" }), context, () => 0).statusNotice).toBeNull();
  });

  it("a meeting's agenda and decisions become titled lists, empty ones left out", () => {
    const view = entryView(entry("meetings", "ru", "m", { kind: "hearing", place: "Клуб", attendance: 40, agenda: ["Бюджет", "Вода"], decisions: [] }), context, () => 0);
    expect(view.lists).toEqual([{ key: "agenda", title: "Повестка дня", items: ["Бюджет", "Вода"] }]);
  });

  it("only a survey's form is a form link", () => {
    expect(entryView(entry("surveys", "ky", "s", { kind: "questionnaire", form_url: "https://forms.example/x" }), context, () => 0).formUrl).toBe("https://forms.example/x");
    expect(entryView(entry("posts", "ky", "p", {}), context, () => 0).formUrl).toBeNull();
  });

  it("without translation the language switch goes to the section, with a notice; with one, to the translation", () => {
    const alone = entryView(entry("posts", "ky", "jany", {}), context, () => 0);
    expect(alone.languages).toMatchObject({ translationUrl: null, switchUrl: "/ru/posts/", missingNotice: true });
    const pair = entryView(entry("posts", "ky", "jany", {}), { ...context, hasTranslation: true }, () => 0);
    expect(pair.languages).toMatchObject({ translationUrl: "/ru/posts/jany/", switchUrl: "/ru/posts/jany/", missingNotice: false });
    expect(pair.languages.translationUrl).toBe("/ru/posts/jany/");
  });

  it("staff links open the file in GitHub under the content folder", () => {
    const view = entryView(entry("reports", "ru", "2026-10", { period: "2026-10" }), { ...context, contentDirName: "sites/kara-suu" }, () => 0);
    expect(view.editUrl).toBe("https://github.com/achyk-kg/ak-terek/edit/main/sites/kara-suu/ru/reports/2026-10.md");
    expect(view.historyUrl).toBe("https://github.com/achyk-kg/ak-terek/commits/main/sites/kara-suu/ru/reports/2026-10.md");
    expect(entryView(entry("reports", "ru", "2026-10", { period: "2026-10" }), { ...context, site: undefined }, () => 0).editUrl).toBeNull();
  });

  it("attachments carry their size as residents read it", () => {
    const view = entryView(entry("meetings", "ru", "m", { kind: "hearing", place: "Клуб", attendance: 4, attachments: [{ file: "/minutes/p.pdf", title: "Протокол" }] }), context, () => 1_258_291);
    expect(view.attachments).toEqual([
      { file: "minutes/p.pdf", title: "Протокол", url: "/files/minutes/p.pdf", isImage: false, isPdf: true, bytes: 1_258_291, ext: "pdf", sizeText: "PDF, 1,2\u00a0МБ" },
    ]);
  });
});

describe("provenanceText", () => {
  const cases = [
    { history: null, lang: "ru", out: "История изменений неизвестна (нет истории git)." },
    { history: { first: "2026-11-20", last: "2026-11-22", imported: false, sha: "a" }, lang: "ru", out: "Впервые опубликовано на сайте: 20 ноября 2026. Последнее изменение: 22 ноября 2026." },
    { history: { first: "2025-03-01", last: "2025-03-01", imported: true, sha: "a" }, lang: "ru", out: "Перенесено со старого сайта 1 марта 2025 г." },
  ] as const;
  it.each(cases)("$lang $out", ({ history, lang, out }) => {
    expect(provenanceText(history, lang)).toBe(out);
  });
});

describe("entryPages: views joined with QR codes, photos and scans", () => {
  const report = entryView(entry("reports", "ru", "2026-10", { period: "2026-10", attachments: [{ file: "a.pdf", title: "A" }, { file: "p.jpg", title: "P" }] }), context, () => 10);
  const post = entryView(entry("posts", "ru", "p", { attachments: [{ file: "b.pdf", title: "B" }] }), context, () => 10);
  const [r, p] = entryPages([report, post], {
    qr: new Map([[report.url, "<svg>qr</svg>"], [post.url, "<svg>not printable</svg>"]]),
    formQr: new Map(),
    pictures: new Map([["p.jpg", "<picture></picture>"]]),
    scans: new Set(["a.pdf"]),
  });

  it("a printable entry gets its QR code; another type never does", () => {
    expect(r?.qrSvg).toBe("<svg>qr</svg>");
    expect(p?.qrSvg).toBeNull();
    expect(r?.formQrSvg).toBeNull();
  });

  it("attachments learn whether they are scans and how a photo is drawn", () => {
    expect(r?.attachments.map((a) => [a.file, a.isScan, a.pictureHtml])).toEqual([["a.pdf", true, null], ["p.jpg", false, "<picture></picture>"]]);
    expect(p?.attachments[0]?.isScan).toBe(false);
  });
});
