import { describe, expect, it } from "vitest";
import { validateEntry } from "../../../scripts/lib/validate/entry-file.ts";
import { checkReportPeriods } from "../../../scripts/lib/validate/report-period.ts";

const TODAY = "2026-11-25";

function report(period: string, date: string, extra: string[] = []) {
  const source = ["---", "title: Отчет", `date: ${date}`, `period: "${period}"`, ...extra, "---", "Текст", ""].join("\n");
  const { entry, lineOf } = validateEntry(`ky/reports/${period}.md`, source, TODAY);
  return { entry: entry!, lineOf: lineOf! };
}

describe("a report for a month that has not ended on its publish day is an error", () => {
  const cases = [
    { name: "a future month (issue 12: 2027-10 dated 2026-11-20)", period: "2027-10", date: "2026-11-20", extra: [], error: true },
    { name: "the current month, published on the 25th", period: "2026-11", date: "2026-11-25", extra: [], error: true },
    { name: "the month, published on its last day", period: "2026-10", date: "2026-10-31", extra: [], error: true },
    { name: "scheduled, but to go public before its month ends", period: "2026-12", date: "2026-11-20", extra: ["publish: 2026-12-25"], error: true },
    { name: "last month, on the 25th", period: "2026-10", date: "2026-11-20", extra: [], error: false },
    { name: "the month, published the next day", period: "2026-10", date: "2026-11-01", extra: [], error: false },
    { name: "written early, scheduled for after the month", period: "2026-11", date: "2026-11-20", extra: ["publish: 2026-12-25"], error: false },
    { name: "an old month", period: "2025-02", date: "2025-03-25", extra: [], error: false },
    { name: "a draft written ahead", period: "2026-12", date: "2026-11-20", extra: ["draft: true"], error: false },
  ] as const;

  it.each(cases)("$name", ({ period, date, extra, error }) => {
    const { entry, lineOf } = report(period, date, [...extra]);
    const problems = checkReportPeriods([entry], (_, key) => lineOf(key));
    expect(problems).toHaveLength(error ? 1 : 0);
    if (error) {
      expect(problems[0]).toMatchObject({ severity: "error", line: 4, key: "period" });
      expect(problems[0]!.message.ru).toContain(`Отчёт за период ${period} публикуется ${entry.publish}`);
      expect(problems[0]!.message.ru).toMatch(/publish: \d{4}-\d{2}-01/);
      expect(problems[0]!.message.ky).toContain("али бүтө элек");
    }
  });
});
