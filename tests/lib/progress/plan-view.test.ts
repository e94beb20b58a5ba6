import { describe, expect, it } from "vitest";
import type { Measure } from "../../../scripts/lib/validate/plan.ts";
import { addEntryUrl, addFormUrl, measureNoun, periodLabel, settledPeriods, shortMeasureName, suggestedDate, summaryText } from "../../../scripts/lib/progress/plan-view.ts";

describe("periodLabel: a period named by its rhythm, in both languages", () => {
  const cases = [
    { id: "2026-10", rhythm: "monthly", ru: "октябрь 2026", ky: "2026-жылдын октябры" },
    { id: "2025-06", rhythm: "monthly-25", ru: "июнь 2025", ky: "2025-жылдын июну" },
    { id: "2026-Q4", rhythm: "quarterly", ru: "4-й квартал 2026", ky: "2026-жылдын 4-чейреги" },
    { id: "2027-H1", rhythm: "half-yearly", ru: "1-е полугодие 2027", ky: "2027-жылдын биринчи жарымы" },
    { id: "2027-H2", rhythm: "half-yearly", ru: "2-е полугодие 2027", ky: "2027-жылдын экинчи жарымы" },
    // The same ids name other windows under two-windows.
    { id: "2027-H1", rhythm: "two-windows", ru: "январь–февраль 2027", ky: "2027-жыл, январь–февраль" },
    { id: "2027-H2", rhythm: "two-windows", ru: "июль–август 2027", ky: "2027-жыл, июль–август" },
    { id: "2028", rhythm: "yearly", ru: "2028 год", ky: "2028-жыл" },
  ] as const;

  it.each(cases)("$id ($rhythm)", ({ id, rhythm, ru, ky }) => {
    expect({ ru: periodLabel(id, rhythm, "ru"), ky: periodLabel(id, rhythm, "ky") }).toEqual({ ru, ky });
  });
});

describe("suggestedDate: the day an entry added for a period should carry", () => {
  const october = { start: "2026-10-01", end: "2026-10-31", due: "2026-11-25" }; // monthly-25
  const q4 = { start: "2026-10-01", end: "2026-12-31", due: "2026-12-31" };
  const cases = [
    { name: "monthly-25 before its due day: the due day", rhythm: "monthly-25", period: october, today: "2026-11-20", date: "2026-11-25" },
    { name: "monthly-25 on its due day", rhythm: "monthly-25", period: october, today: "2026-11-25", date: "2026-11-25" },
    { name: "monthly-25 once overdue: today", rhythm: "monthly-25", period: october, today: "2026-12-03", date: "2026-12-03" },
    { name: "inside the window: today", rhythm: "quarterly", period: q4, today: "2026-11-20", date: "2026-11-20" },
    { name: "before the window: its first day", rhythm: "quarterly", period: q4, today: "2026-09-28", date: "2026-10-01" },
    { name: "after the window: its last day", rhythm: "quarterly", period: q4, today: "2027-01-10", date: "2026-12-31" },
    { name: "a missed two-windows window: its last day", rhythm: "two-windows", period: { start: "2026-01-01", end: "2026-02-28", due: "2026-02-28" }, today: "2026-11-20", date: "2026-02-28" },
  ] as const;

  it.each(cases)("$name", ({ rhythm, period, today, date }) => {
    expect(suggestedDate(rhythm, period, today)).toBe(date);
  });
});

const text = { ky: "т", ru: "т" };
const measure = (rhythm: Measure["rhythm"], counts: Measure["counts"], title = text): Measure => ({
  id: "1.5",
  goal: "1",
  title,
  rhythm,
  counts,
  responsible: text,
  budget: text,
  expected_result: text,
  indicator: { text, unit: "count", aggregate: "count", target: null },
});

describe("measureNoun and shortMeasureName: a measure named by what it publishes", () => {
  const title = { ky: "Толук аталышы", ru: "Полное название" };
  const cases = [
    { name: "a content type", counts: { type: "reports" }, noun: { ky: "Айлык отчет", ru: "Ежемесячный отчёт" } },
    { name: "a survey kind before its type", counts: { type: "surveys", kind: "questionnaire" }, noun: { ky: "Анкета", ru: "Анкета" } },
    { name: "an unknown kind falls back to the type", counts: { type: "surveys", kind: "nonsense" }, noun: { ky: "Сурамжылоо", ru: "Опрос" } },
    { name: "not a content type: no noun, the title", counts: { type: "petitions" }, noun: null },
  ] as const;

  it.each(cases)("$name", ({ counts, noun }) => {
    const m = measure("monthly", counts, title);
    expect(measureNoun(m)).toEqual(noun);
    expect({ ru: shortMeasureName(m, "ru"), ky: shortMeasureName(m, "ky") }).toEqual(noun ?? title);
  });
});

describe("addEntryUrl: the progress page's and the deadline issues' “add it” link", () => {
  const repository = { owner: "o", name: "r", branch: "main" };
  const template = (url: string | undefined) => new URL(url ?? "http://x/").searchParams.get("value") ?? "";
  const cases = [
    {
      name: "a monthly report: its period, dated its due day",
      m: measure("monthly-25", { type: "reports" }),
      period: { id: "2026-10", start: "2026-10-01", end: "2026-10-31", due: "2026-11-25" },
      today: "2026-11-20",
      lang: "ru",
      dir: "content",
      path: "https://github.com/o/r/new/main/content/ru/reports",
      file: "2026-10.md",
      lines: ["date: 2026-11-25", 'period: "2026-10"'],
    },
    {
      name: "a missed quarter: dated its last day, in the other content folder",
      m: measure("quarterly", { type: "mailings" }),
      period: { id: "2026-Q4", start: "2026-10-01", end: "2026-12-31", due: "2026-12-31" },
      today: "2027-01-10",
      lang: "ky",
      dir: "site",
      path: "https://github.com/o/r/new/main/site/ky/mailings",
      file: "2026-12-31-mailing.md",
      lines: ["date: 2026-12-31"],
    },
  ] as const;

  it.each(cases)("$name", ({ m, period, today, lang, dir, path, file, lines }) => {
    const url = addEntryUrl(repository, m, period, today, lang, dir);
    expect(url?.split("?")[0]).toBe(path);
    expect(new URL(url!).searchParams.get("filename")).toBe(file);
    for (const line of lines) expect(template(url)).toContain(`\n${line}`);
  });

  it("none for a measure that does not count a content type", () => {
    expect(addEntryUrl(repository, measure("yearly", { type: "petitions" }), { id: "2026", start: "2026-01-01", end: "2026-12-31", due: "2026-12-31" }, "2026-05-10", "ru")).toBeUndefined();
  });
});

describe("addFormUrl: the first choice, the issue form pre-filled for the period", () => {
  const repository = { owner: "o", name: "r", branch: "main" };
  const cases = [
    {
      name: "a monthly report: its month and its due day",
      m: measure("monthly-25", { type: "reports" }),
      period: { id: "2026-10", start: "2026-10-01", end: "2026-10-31", due: "2026-11-25" },
      today: "2026-11-20",
      url: "https://github.com/o/r/issues/new?template=reports.yml&date=2026-11-25&period=2026-10",
    },
    {
      name: "a missed quarter: its last day",
      m: measure("quarterly", { type: "mailings" }),
      period: { id: "2026-Q4", start: "2026-10-01", end: "2026-12-31", due: "2026-12-31" },
      today: "2027-01-10",
      url: "https://github.com/o/r/issues/new?template=mailings.yml&date=2026-12-31",
    },
    {
      name: "not a content type: none",
      m: measure("yearly", { type: "petitions" }),
      period: { id: "2026", start: "2026-01-01", end: "2026-12-31", due: "2026-12-31" },
      today: "2026-05-10",
      url: undefined,
    },
  ] as const;
  it.each(cases)("$name", ({ m, period, today, url }) => {
    expect(addFormUrl(repository, m, period, today)).toBe(url);
  });
});

describe("summaryText: the parts add up to the whole", () => {
  const cases = [
    { summary: { periods: 48, due: 22, done: 21, late: 1, scheduled: 1, missing: 2, upcoming: 23 }, whole: 24 },
    { summary: { periods: 4, due: 0, done: 0, late: 0, scheduled: 0, missing: 0, upcoming: 4 }, whole: 0 },
  ] as const;
  it.each(cases)("done + late + missing = $whole, in both languages", ({ summary, whole }) => {
    expect(settledPeriods(summary)).toBe(whole);
    expect(summaryText(summary, "ru")).toMatch(new RegExp(`^Из ${whole} периодов.*: ${summary.done} выполнено вовремя, ${summary.late} — с опозданием, ${summary.missing} — не выполнено\\.$`));
    expect(summaryText(summary, "ky")).toBe(
      `Мөөнөтү келген же мөөнөтүнөн мурда аткарылган мезгилдер: ${whole}. Алардан өз убагында аткарылганы — ${summary.done}, кечигип аткарылганы — ${summary.late}, аткарылбаганы — ${summary.missing}.`,
    );
  });
});
