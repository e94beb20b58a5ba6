import { describe, expect, it } from "vitest";
import { blankPersonalData, memberEntryRecord, NATIONAL_FILTERS, nationalSearchRecords } from "../../../scripts/lib/national/national-search.ts";
import { entryRecord } from "../../../scripts/lib/search/search-records.ts";
import type { EntryJson } from "../../../scripts/lib/model/site-data.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parsePlan } from "../../../scripts/lib/validate/plan.ts";
import { CHUY, JALAL_ABAD, member, SUZAK } from "./national-fixture.ts";

const PLAN = parsePlan(readFileSync(path.resolve(import.meta.dirname, "../../../content/_data/plan.yaml"), "utf8"), "_data/plan.yaml").plan!;
const akTerek = member("achyk-kg/ak-terek", "Ак-Терек", JALAL_ABAD, SUZAK);

const report: EntryJson = {
  type: "reports",
  slug: "2026-10",
  lang: "ky",
  url: "https://ак-терек.example.kg/ky/reports/2026-10/",
  title: "Октябрдагы иш тууралуу отчет",
  date: "2026-11-20",
  summary: "Таш-Көпүрөдөгү көпүрө оңдолду.",
  measure: "1.5",
  period: "2026-10",
  text: "Көпүрө\nЖыйындын чечими <аткарылды> & жабылды.",
};

describe("a member's entry as a national search record", () => {
  const record = memberEntryRecord(akTerek, report, PLAN);

  it("leads to the entry's page on the member's own site, in its language", () => {
    expect(record.url).toBe(report.url);
    expect(record.language).toBe("ky");
  });

  it("holds its title, summary and text as plain text, exactly as a municipal record of the same text", () => {
    const html = "<p>Көпүрө</p><p>Жыйындын чечими &lt;аткарылды&gt; &amp; жабылды.</p>";
    const municipal = entryRecord({ lang: "ky", type: "reports", url: report.url, title: report.title, summary: report.summary, dateText: "", year: "2026", html, measures: [], data: {}, attachments: [] });
    expect(record.content).toBe(municipal.content);
    expect(record.content.startsWith("Октябрдагы иш тууралуу отчет\nТаш-Көпүрөдөгү көпүрө оңдолду.\nКөпүрө\nЖыйындын чечими <аткарылды> & жабылды.")).toBe(true);
  });

  it("has the municipal filters and meta, plus oblast, district and member", () => {
    const municipal = entryRecord({ lang: "ky", type: "reports", url: report.url, title: report.title, summary: report.summary, dateText: "2026-жылдын 20-ноябры", year: "2026", html: "", measures: [{ id: "1.5", title: PLAN.measures.find((m) => m.id === "1.5")!.title.ky }], data: {}, attachments: [] });
    expect(record.filters).toEqual({ ...municipal.filters, oblast: ["Жалал-Абад облусу"], district: ["Сузак району"], member: ["Ак-Терек айыл аймагы"] });
    expect(record.meta).toEqual({ ...municipal.meta, member: "Ак-Терек айыл аймагы" });
    expect(Object.keys(record.filters).sort()).toEqual([...NATIONAL_FILTERS].sort());
  });

  it("a member outside any district has no district filter value", () => {
    const city = member("achyk-kg/tokmok", "Токмок", CHUY, null);
    expect(memberEntryRecord(city, { ...report, lang: "ru" }, PLAN).filters.district).toEqual([]);
  });

  it("every entry of every member with files becomes one record", () => {
    const records = nationalSearchRecords([{ member: akTerek, entries: [report, { ...report, lang: "ru", url: report.url.replace("/ky/", "/ru/") }] }], PLAN);
    expect(records.map((r) => [r.language, r.filters.member[0]])).toEqual([["ky", "Ак-Терек айыл аймагы"], ["ru", "Айыльный аймак Ак-Терек"]]);
  });
});

describe("personal numbers in a member's text never reach the national index", () => {
  const cases = [
    { text: "Тел.: 0555 12-34-56, суу", out: "Тел.: …, суу" },
    { text: "ПИН 21205199100123тү жазыңыз", out: "ПИН …тү жазыңыз" },
    { text: "Паспорт AN1234567 жоголду", out: "Паспорт … жоголду" },
    { text: "2026-жылдын бюджети 12 500 000 сом", out: "2026-жылдын бюджети 12 500 000 сом" },
  ] as const;
  it.each(cases)("$text", ({ text, out }) => expect(blankPersonalData(text)).toBe(out));

  it("in the title, the summary and the text of a record", () => {
    const record = memberEntryRecord(akTerek, { ...report, title: "Чалыңыз 0555 12-34-56", summary: "ПИН 21205199100123", text: "0700 123 456" }, PLAN);
    expect(record.content).not.toMatch(/0555|21205199100123|0700/);
    expect(record.meta.title).toBe("Чалыңыз …");
  });
});
