import { describe, expect, it } from "vitest";
import type { SearchableEntry } from "../../../scripts/lib/search/search-records.ts";
import {
  attachmentRecord,
  entryRecord,
  htmlToText,
  measureFilterValue,
  searchFilters,
  searchRecords,
} from "../../../scripts/lib/search/search-records.ts";

type Attachment = SearchableEntry["attachments"][number];

function attachment(file: string, title: string): Attachment {
  return { file, title, url: `/files/${file}`, isPdf: file.endsWith(".pdf") };
}

const meeting: SearchableEntry = {
  lang: "ru",
  type: "meetings",
  url: "/ru/meetings/2025-02-20-skhod/",
  title: "Сход граждан: водопровод",
  summary: "Обсудили ремонт водопровода.",
  dateText: "20 февраля 2025",
  year: "2025",
  html: "<h2>Ход схода</h2>\n<p>Жители попросили <strong>огородить</strong> территорию.</p>\n",
  measures: [{ id: "2.1", title: "Проводить сходы граждан и общественные слушания" }],
  attachments: [
    attachment("minutes/2025-02-20-protokol.pdf", "Протокол схода (PDF)"),
    attachment("minutes/2025-05-15-scan.pdf", "Скан протокола (PDF)"),
    attachment("photos/2025-02-20.jpg", "Фото схода"),
  ],
  data: { kind: "gathering", place: "Дом культуры", attendance: 164, agenda: ["Состояние водопровода"], decisions: ["Подготовить смету"] },
};

const kyReport: SearchableEntry = {
  lang: "ky",
  type: "reports",
  url: "/ky/reports/2026-10/",
  title: "Октябрдагы иш тууралуу отчет",
  dateText: "2026-жылдын 25-ноябры",
  year: "2026",
  html: "<p>Көпүрөнү оңдоо бүттү.</p>",
  measures: [],
  attachments: [],
  data: { period: "2026-10" },
};

describe("htmlToText", () => {
  const cases = [
    { name: "paragraphs and headings become lines", html: "<h2>Суу</h2><p>Таза суу</p>", out: "Суу\nТаза суу" },
    { name: "inline tags do not split words", html: "<p>көпүрө<em>нү</em> оңдоо</p>", out: "көпүрөнү оңдоо" },
    { name: "table cells never run together", html: "<table><tr><td>аялдар</td><td>71</td></tr></table>", out: "аялдар\n71" },
    { name: "named entities are decoded", html: "<p>А&amp;Б &lt;тег&gt; &quot;x&quot;&nbsp;y</p>", out: 'А&Б <тег> "x" y' },
    { name: "numeric entities are decoded", html: "<p>&#1025;&#x4E9;</p>", out: "Ёө" },
    { name: "an unknown entity is kept as written", html: "<p>&bogus; ok</p>", out: "&bogus; ok" },
    { name: "script and style content is dropped", html: "<p>a</p><script>alert(1)</script><style>p{}</style><p>b</p>", out: "a\nb" },
    { name: "line breaks split lines", html: "<p>бир<br>эки</p>", out: "бир\nэки" },
  ] as const;
  it.each(cases)("$name", ({ html, out }) => {
    expect(htmlToText(html)).toBe(out);
  });
});

describe("searchFilters", () => {
  const cases = [
    {
      name: "Russian meeting: section name, year, measure with its number",
      entry: meeting,
      out: { type: ["Протоколы сходов и слушаний"], year: ["2025"], measure: ["2.1. Проводить сходы граждан и общественные слушания"] },
    },
    { name: "Kyrgyz report without a measure: no measure value", entry: kyReport, out: { type: ["Айлык отчеттор"], year: ["2026"], measure: [] } },
  ] as const;
  it.each(cases)("$name", ({ entry, out }) => {
    expect(searchFilters(entry)).toEqual(out);
  });

  it("a measure value starts with its number, so the list sorts by it", () => {
    expect(measureFilterValue({ id: "1.10", title: "X" })).toBe("1.10. X");
  });
});

describe("entryRecord", () => {
  const record = entryRecord(meeting);
  const contains = [
    { name: "title first", part: "Сход граждан: водопровод\n" },
    { name: "summary", part: "Обсудили ремонт водопровода." },
    { name: "facts with their labels", part: "Место: Дом культуры" },
    { name: "agenda", part: "Состояние водопровода" },
    { name: "decisions", part: "Подготовить смету" },
    { name: "body as text", part: "Жители попросили огородить территорию." },
    { name: "attachment titles", part: "Протокол схода (PDF)" },
  ] as const;
  it.each(contains)("content has the $name", ({ part }) => {
    expect(record.content).toContain(part);
  });

  const leftOut = [
    { name: "the measure's title (it is a filter)", part: "Проводить сходы" },
    { name: "the date (it is meta)", part: "20 февраля 2025" },
    { name: "markup", part: "<" },
  ] as const;
  it.each(leftOut)("content leaves out $name", ({ part }) => {
    expect(record.content).not.toContain(part);
  });

  it("leads to the page, in its language, with title, date and type as meta", () => {
    expect(record.content.startsWith(meeting.title)).toBe(true);
    expect(record).toMatchObject({
      url: "/ru/meetings/2025-02-20-skhod/",
      language: "ru",
      meta: { title: "Сход граждан: водопровод", date: "20 февраля 2025", type: "Протокол" },
    });
    expect(entryRecord(kyReport).meta.type).toBe("Айлык отчет");
  });
});

describe("attachmentRecord", () => {
  it("leads to the entry page with the entry's filters and names the attachment", () => {
    const pdf = meeting.attachments[0]!;
    const record = attachmentRecord(meeting, pdf, "Водонапорная башня построена в 1982 году");
    expect(record).toEqual({
      url: meeting.url,
      content: "Водонапорная башня построена в 1982 году",
      language: "ru",
      meta: {
        title: "Сход граждан: водопровод — Протокол схода (PDF)",
        date: "20 февраля 2025",
        type: "Протокол",
        attachment: "Протокол схода (PDF)",
        attachmentUrl: "/files/minutes/2025-02-20-protokol.pdf",
      },
      filters: searchFilters(meeting),
    });
  });
});

describe("searchRecords", () => {
  const cases = [
    {
      name: "a PDF with text adds a record after its entry's page",
      texts: [["minutes/2025-02-20-protokol.pdf", "Текст протокола"]],
      contents: ["page", "Текст протокола", "page"],
    },
    {
      name: "a scan (null) adds nothing",
      texts: [["minutes/2025-05-15-scan.pdf", null]],
      contents: ["page", "page"],
    },
    {
      name: "a PDF missing from the map adds nothing",
      texts: [],
      contents: ["page", "page"],
    },
    {
      name: "an image is never read as a PDF, even if the map has it",
      texts: [["photos/2025-02-20.jpg", "exif text"]],
      contents: ["page", "page"],
    },
  ] as const;
  it.each(cases)("$name", ({ texts, contents }) => {
    const records = searchRecords([meeting, kyReport], new Map(texts as readonly (readonly [string, string | null])[]));
    expect(records.map((r) => (r.content.startsWith(meeting.title) || r.content.startsWith(kyReport.title) ? "page" : r.content))).toEqual(contents);
    expect(records.at(-1)?.url).toBe(kyReport.url);
  });
});

describe("folded words: the о/у/н spellings that follow a Kyrgyz record's text", () => {
  it("a Kyrgyz page: its text as written, then the mark and its folded words; its title's folded words as titleFold", () => {
    const record = entryRecord({ ...kyReport, title: "Көпүрө тууралуу отчет" });
    expect(record.content).toBe("Көпүрө тууралуу отчет\nОтчеттук ай: 2026-жылдын октябры\nКөпүрөнү оңдоо бүттү.\n|~|\nкопуро копурону ондоо"); // бүттү stays: бүт whole / бут leg
    expect(record.meta.titleFold).toBe("копуро");
  });

  it("a Kyrgyz PDF text too, but never a Russian record", () => {
    expect(attachmentRecord(kyReport, { title: "Протокол", url: "/files/p.pdf" }, "Көпүрөнүн долбоору").content).toBe("Көпүрөнүн долбоору\n|~|\nкопуронун");
    expect(entryRecord(meeting).content).not.toContain("|~|");
    expect(entryRecord({ ...meeting, title: "Сход в Таш-Көпүрө" }).content).not.toContain("|~|");
  });

  it("nothing to fold, nothing added", () => {
    const record = entryRecord({ ...kyReport, html: "<p>Бюджет</p>" });
    expect(record.content).not.toContain("|~|");
    expect(record.meta.titleFold).toBeUndefined();
  });

  it("fold: false gives the records Pagefind would index from the text alone (the measurement's before)", () => {
    expect(searchRecords([kyReport], new Map(), { fold: false })[0]!.content).toBe(entryRecord(kyReport, { fold: false }).content);
    expect(searchRecords([kyReport], new Map(), { fold: false })[0]!.content).not.toContain("|~|");
    expect(searchRecords([kyReport], new Map())[0]!.content).toContain("|~|");
  });
});
