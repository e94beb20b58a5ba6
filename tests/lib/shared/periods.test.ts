import { describe, expect, it } from "vitest";
import {
  RHYTHMS,
  daysBetween,
  daysInMonth,
  isDay,
  listPeriods,
  periodById,
  periodOf,
  yearOfPeriod,
  type Rhythm,
} from "../../../scripts/lib/shared/periods.ts";

const PLAN_YEARS = [2025, 2026, 2027, 2028] as const;

describe("listPeriods", () => {
  const counts = [
    { rhythm: "monthly", perYear: 12 },
    { rhythm: "monthly-25", perYear: 12 },
    { rhythm: "two-windows", perYear: 2 },
    { rhythm: "quarterly", perYear: 4 },
    { rhythm: "half-yearly", perYear: 2 },
    { rhythm: "yearly", perYear: 1 },
  ] as const;

  it("covers every rhythm", () => {
    expect(counts.map((c) => c.rhythm).sort()).toEqual([...RHYTHMS].sort());
  });

  it.each(counts)("$rhythm lists $perYear periods a year, every year of the plan", ({ rhythm, perYear }) => {
    const periods = listPeriods(rhythm, PLAN_YEARS);
    expect(periods).toHaveLength(perYear * PLAN_YEARS.length);
    expect(new Set(periods.map((p) => p.id)).size).toBe(periods.length);
    for (const p of periods) {
      expect(isDay(p.start) && isDay(p.end) && isDay(p.due)).toBe(true);
      expect(p.start <= p.end && p.end <= p.due).toBe(true);
    }
  });

  const samples = [
    { rhythm: "monthly", id: "2026-10", start: "2026-10-01", end: "2026-10-31", due: "2026-10-31" },
    { rhythm: "monthly", id: "2028-02", start: "2028-02-01", end: "2028-02-29", due: "2028-02-29" },
    { rhythm: "monthly", id: "2027-02", start: "2027-02-01", end: "2027-02-28", due: "2027-02-28" },
    { rhythm: "monthly-25", id: "2026-10", start: "2026-10-01", end: "2026-10-31", due: "2026-11-25" },
    { rhythm: "monthly-25", id: "2028-12", start: "2028-12-01", end: "2028-12-31", due: "2029-01-25" },
    { rhythm: "monthly-25", id: "2028-01", start: "2028-01-01", end: "2028-01-31", due: "2028-02-25" },
    { rhythm: "two-windows", id: "2028-H1", start: "2028-01-01", end: "2028-02-29", due: "2028-02-29" },
    { rhythm: "two-windows", id: "2026-H1", start: "2026-01-01", end: "2026-02-28", due: "2026-02-28" },
    { rhythm: "two-windows", id: "2026-H2", start: "2026-07-01", end: "2026-08-31", due: "2026-08-31" },
    { rhythm: "quarterly", id: "2026-Q1", start: "2026-01-01", end: "2026-03-31", due: "2026-03-31" },
    { rhythm: "quarterly", id: "2026-Q2", start: "2026-04-01", end: "2026-06-30", due: "2026-06-30" },
    { rhythm: "quarterly", id: "2026-Q3", start: "2026-07-01", end: "2026-09-30", due: "2026-09-30" },
    { rhythm: "quarterly", id: "2026-Q4", start: "2026-10-01", end: "2026-12-31", due: "2026-12-31" },
    { rhythm: "half-yearly", id: "2026-H1", start: "2026-01-01", end: "2026-06-30", due: "2026-06-30" },
    { rhythm: "half-yearly", id: "2026-H2", start: "2026-07-01", end: "2026-12-31", due: "2026-12-31" },
    { rhythm: "yearly", id: "2026", start: "2026-01-01", end: "2026-12-31", due: "2026-12-31" },
  ] as const;

  it.each(samples)("$rhythm $id runs $start..$end, due $due", ({ rhythm, id, start, end, due }) => {
    expect(listPeriods(rhythm, PLAN_YEARS).find((p) => p.id === id)).toEqual({ id, start, end, due });
    expect(periodById(rhythm, id)).toEqual({ id, start, end, due });
  });

  it("sorts and deduplicates the years", () => {
    expect(listPeriods("yearly", [2027, 2025, 2027]).map((p) => p.id)).toEqual(["2025", "2027"]);
  });

  it("lists periods in calendar order", () => {
    const ids = listPeriods("monthly-25", PLAN_YEARS).map((p) => p.id);
    expect(ids[0]).toBe("2025-01");
    expect(ids.at(-1)).toBe("2028-12");
    expect([...ids].sort()).toEqual(ids);
  });
});

describe("periodOf", () => {
  const cases: ReadonlyArray<readonly [Rhythm, string, string | null]> = [
    ["monthly", "2026-10-01", "2026-10"],
    ["monthly", "2026-10-31", "2026-10"],
    ["monthly", "2028-02-29", "2028-02"],
    ["monthly-25", "2026-11-20", "2026-11"],
    ["two-windows", "2026-01-01", "2026-H1"],
    ["two-windows", "2026-02-28", "2026-H1"],
    ["two-windows", "2028-02-29", "2028-H1"],
    ["two-windows", "2026-03-01", null],
    ["two-windows", "2026-03-15", null],
    ["two-windows", "2026-06-30", null],
    ["two-windows", "2026-07-01", "2026-H2"],
    ["two-windows", "2026-08-31", "2026-H2"],
    ["two-windows", "2026-09-01", null],
    ["two-windows", "2026-12-31", null],
    ["quarterly", "2026-03-31", "2026-Q1"],
    ["quarterly", "2026-04-01", "2026-Q2"],
    ["quarterly", "2026-09-30", "2026-Q3"],
    ["quarterly", "2026-12-31", "2026-Q4"],
    ["half-yearly", "2026-06-30", "2026-H1"],
    ["half-yearly", "2026-07-01", "2026-H2"],
    ["yearly", "2025-12-31", "2025"],
    ["yearly", "2026-01-01", "2026"],
  ];
  it.each(cases)("%s: %s is in %s", (rhythm, day, expected) => {
    expect(periodOf(rhythm, day)).toBe(expected);
  });

  const invalid = ["2027-02-29", "2026-13-01", "26-10-01", "2026-10-1", ""] as const;
  it.each(invalid)("rejects %j, which is not a calendar day", (day) => {
    expect(() => periodOf("monthly", day)).toThrow(RangeError);
  });
});

describe("periodById", () => {
  const unknown: ReadonlyArray<readonly [Rhythm, string]> = [
    ["monthly", "2026-13"],
    ["monthly", "2026-00"],
    ["monthly", "2026-Q1"],
    ["monthly-25", "2026-1"],
    ["quarterly", "2026-Q5"],
    ["quarterly", "2026-H1"],
    ["two-windows", "2026-H3"],
    ["half-yearly", "2026"],
    ["yearly", "2026-01"],
  ];
  it.each(unknown)("%s has no period %j", (rhythm, id) => {
    expect(periodById(rhythm, id)).toBeNull();
  });
});

describe("calendar arithmetic", () => {
  const between = [
    ["2026-11-18", "2026-11-25", 7],
    ["2026-11-26", "2026-11-25", -1],
    ["2028-02-28", "2028-03-01", 2],
    ["2027-02-28", "2027-03-01", 1],
    ["2026-12-24", "2026-12-31", 7],
    ["2025-01-01", "2026-01-01", 365],
    ["2028-01-01", "2029-01-01", 366],
    ["2026-12-31", "2026-12-31", 0],
  ] as const;
  it.each(between)("from %s to %s is %i days", (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  const months = [
    [2028, 2, 29],
    [2027, 2, 28],
    [2100, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ] as const;
  it.each(months)("%i-%i has %i days", (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  const years = [
    ["2025-12", 2025],
    ["2026-H2", 2026],
    ["2027-Q1", 2027],
    ["2028", 2028],
  ] as const;
  it.each(years)("period %s belongs to %i", (id, year) => {
    expect(yearOfPeriod(id)).toBe(year);
  });
});
