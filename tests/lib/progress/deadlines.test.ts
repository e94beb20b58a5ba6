import { describe, expect, it } from "vitest";
import { isRecentGap, nextDeadlines, RECENT_GAP_DAYS, splitOlderGaps } from "../../../scripts/lib/progress/deadlines.ts";
import type { Measure, Plan } from "../../../scripts/lib/validate/plan.ts";
import { computeProgress, type ProgressEntry } from "../../../scripts/lib/progress/progress.ts";

const text = { ky: "т", ru: "т" };
const measure = (id: string, rhythm: Measure["rhythm"], type: string): Measure => ({
  id,
  goal: id.split(".")[0] ?? "",
  title: text,
  rhythm,
  counts: { type },
  responsible: text,
  budget: text,
  expected_result: text,
  indicator: { text, unit: "count", aggregate: "count", target: null },
});

const PLAN: Plan = {
  years: [2026, 2027, 2028],
  goals: [{ id: "1", title: text }, { id: "2", title: text }, { id: "3", title: text }],
  measures: [
    measure("1.1", "monthly", "posts"),
    measure("1.2", "two-windows", "presentations"),
    measure("1.5", "monthly-25", "reports"),
    measure("2.1", "half-yearly", "meetings"),
    measure("2.2", "yearly", "initiatives"),
    measure("3.1", "quarterly", "surveys"),
  ],
};

const live = (type: string, slug: string, date: string, data: Record<string, unknown> = {}): ProgressEntry => ({
  type, slug, lang: "ru", url: `/ru/${type}/${slug}/`, state: "live", date, publish: date, data,
});

function deadlines(today: string, entries: readonly ProgressEntry[] = [], withinDays?: number) {
  const progress = computeProgress(PLAN, entries, { today, population: 1000 });
  return nextDeadlines(progress, withinDays === undefined ? { today } : { today, withinDays });
}

function find(today: string, measureId: string, period: string, entries: readonly ProgressEntry[] = [], withinDays?: number) {
  return deadlines(today, entries, withinDays).find((d) => d.measure === measureId && d.period === period) ?? null;
}

const cases = [
  // The monthly report (1.5), due the 25th of the next month.
  { name: "8 days before the 25th: not yet listed", today: "2026-11-17", measure: "1.5", period: "2026-10", expected: null },
  { name: "7 days before the 25th: listed", today: "2026-11-18", measure: "1.5", period: "2026-10", expected: { status: "upcoming", due: "2026-11-25", daysLeft: 7 } },
  { name: "on the 25th: due today", today: "2026-11-25", measure: "1.5", period: "2026-10", expected: { status: "upcoming", daysLeft: 0 } },
  { name: "the day after the 25th: missing", today: "2026-11-26", measure: "1.5", period: "2026-10", expected: { status: "missing", daysLeft: -1 } },
  { name: "the December report across the year end", today: "2027-01-18", measure: "1.5", period: "2026-12", expected: { status: "upcoming", due: "2027-01-25", daysLeft: 7 } },
  // Month ends (1.1, monthly).
  { name: "a 30-day month: 7 days before its end", today: "2026-11-23", measure: "1.1", period: "2026-11", expected: { status: "upcoming", due: "2026-11-30", daysLeft: 7 } },
  { name: "a 30-day month: 8 days before its end", today: "2026-11-22", measure: "1.1", period: "2026-11", expected: null },
  { name: "a 31-day month: 7 days before its end", today: "2026-12-24", measure: "1.1", period: "2026-12", expected: { status: "upcoming", due: "2026-12-31", daysLeft: 7 } },
  { name: "leap February: 7 days before the 29th", today: "2028-02-22", measure: "1.1", period: "2028-02", expected: { status: "upcoming", due: "2028-02-29", daysLeft: 7 } },
  { name: "leap February: missing on 1 March", today: "2028-03-01", measure: "1.1", period: "2028-02", expected: { status: "missing", daysLeft: -1 } },
  // Windows, quarters, halves and years.
  { name: "the Jan–Feb window in a leap year", today: "2028-02-25", measure: "1.2", period: "2028-H1", expected: { status: "upcoming", due: "2028-02-29", daysLeft: 4 } },
  { name: "the fourth quarter on 24 December", today: "2026-12-24", measure: "3.1", period: "2026-Q4", expected: { status: "upcoming", daysLeft: 7 } },
  { name: "the second half on 24 December", today: "2026-12-24", measure: "2.1", period: "2026-H2", expected: { status: "upcoming", daysLeft: 7 } },
  { name: "yearly, 31 December, 7 days ahead", today: "2026-12-24", measure: "2.2", period: "2026", expected: { status: "upcoming", due: "2026-12-31", daysLeft: 7 } },
  { name: "yearly, 31 December, 8 days ahead", today: "2026-12-23", measure: "2.2", period: "2026", expected: null },
  { name: "yearly, on 31 December itself", today: "2026-12-31", measure: "2.2", period: "2026", expected: { status: "upcoming", daysLeft: 0 } },
  { name: "yearly, on 1 January: missing", today: "2027-01-01", measure: "2.2", period: "2026", expected: { status: "missing", daysLeft: -1 } },
  { name: "a missing period long overdue stays listed", today: "2027-03-01", measure: "1.5", period: "2026-01", expected: { status: "missing", daysLeft: -369 } },
] as const;

describe("nextDeadlines", () => {
  it.each(cases)("$name ($today)", ({ today, measure: id, period, expected }) => {
    const found = find(today, id, period);
    if (expected === null) expect(found).toBeNull();
    else expect(found).toMatchObject({ measure: id, period, ...expected });
  });

  const withEntries = [
    { name: "a done period is not listed", entries: [live("reports", "2026-10", "2026-11-20", { period: "2026-10" })], expected: null },
    { name: "a late period is not listed", entries: [live("reports", "2026-10", "2026-11-26", { period: "2026-10" })], expected: null },
    {
      name: "a scheduled period is listed with its publish day, however far",
      entries: [{ ...live("reports", "2026-10", "2026-11-10", { period: "2026-10" }), state: "scheduled", publish: "2026-11-24" } satisfies ProgressEntry],
      expected: { status: "scheduled", daysLeft: 25, publishOn: "2026-11-24" },
    },
  ] as const;
  it.each(withEntries)("$name", ({ entries, expected }) => {
    const found = find(entries[0].state === "scheduled" ? "2026-10-31" : "2026-12-01", "1.5", "2026-10", entries);
    if (expected === null) expect(found).toBeNull();
    else expect(found).toMatchObject(expected);
  });

  const windows = [
    { withinDays: 0, today: "2026-11-25", listed: true },
    { withinDays: 0, today: "2026-11-24", listed: false },
    { withinDays: 30, today: "2026-10-26", listed: true },
    { withinDays: 30, today: "2026-10-25", listed: false },
  ] as const;
  it.each(windows)("withinDays $withinDays on $today lists the October report: $listed", ({ withinDays, today, listed }) => {
    expect(find(today, "1.5", "2026-10", [], withinDays) !== null).toBe(listed);
  });

  it("orders by due day, the most overdue first, then by plan order", () => {
    const list = deadlines("2026-03-01");
    const dues = list.map((d) => d.due);
    expect([...dues].sort()).toEqual(dues);
    const first = list.filter((d) => d.due === "2026-01-31").map((d) => d.measure);
    expect(first).toEqual(["1.1"]);
    const sameDay = deadlines("2026-12-24").filter((d) => d.due === "2026-12-31").map((d) => d.measure);
    expect(sameDay).toEqual(["1.1", "2.1", "2.2", "3.1"]);
  });

  const bad = [
    { today: "2026-02-30", withinDays: 7 },
    { today: "2026-11-25", withinDays: -1 },
    { today: "2026-11-25", withinDays: 1.5 },
  ] as const;
  it.each(bad)("rejects today $today with withinDays $withinDays", ({ today, withinDays }) => {
    const progress = computeProgress(PLAN, [], { today: "2026-11-25", population: 1000 });
    expect(() => nextDeadlines(progress, { today, withinDays })).toThrow(RangeError);
  });
});

describe("isRecentGap: missing periods are listed for RECENT_GAP_DAYS days", () => {
  it("is a year", () => {
    expect(RECENT_GAP_DAYS).toBe(365);
  });

  const cases = [
    { name: "missing since yesterday", d: { status: "missing", due: "2026-11-24" }, today: "2026-11-25", recent: true },
    { name: "missing for exactly 365 days", d: { status: "missing", due: "2025-11-25" }, today: "2026-11-25", recent: true },
    { name: "missing for 366 days", d: { status: "missing", due: "2025-11-24" }, today: "2026-11-25", recent: false },
    { name: "365 days across a leap day", d: { status: "missing", due: "2027-03-01" }, today: "2028-02-29", recent: true },
    { name: "366 days across a leap day", d: { status: "missing", due: "2027-02-28" }, today: "2028-02-29", recent: false },
    { name: "an upcoming period is not a gap", d: { status: "upcoming", due: "2026-11-30" }, today: "2026-11-25", recent: false },
    { name: "a scheduled period is not a gap, however old", d: { status: "scheduled", due: "2025-01-31" }, today: "2026-11-25", recent: false },
  ] as const;
  it.each(cases)("$name: $recent", ({ d, today, recent }) => {
    expect(isRecentGap(d, today)).toBe(recent);
  });
});

describe("splitOlderGaps: what a deadline list shows and what it only counts", () => {
  // On 2027-02-28 the cut-off is 2026-02-28 (365 days back): January's gaps are older, February's listed.
  const today = "2027-02-28";
  const list = deadlines(today);
  const { listed, older } = splitOlderGaps(list, today);

  it("sets apart the gaps due more than 365 days ago", () => {
    expect(older.map((d) => `${d.measure} ${d.period} ${d.due}`)).toEqual(["1.1 2026-01 2026-01-31", "1.5 2026-01 2026-02-25"]);
  });

  it("lists the rest in their order, starting with the gaps due exactly 365 days ago", () => {
    expect(listed.slice(0, 3).map((d) => `${d.measure} ${d.period} ${d.due}`)).toEqual([
      "1.1 2026-02 2026-02-28",
      "1.2 2026-H1 2026-02-28",
      "1.5 2026-02 2026-03-25",
    ]);
    expect(listed).toEqual(list.slice(older.length));
    expect(listed.slice(-2)).toMatchObject([
      { measure: "1.1", period: "2027-02", status: "upcoming", daysLeft: 0 },
      { measure: "1.2", period: "2027-H1", status: "upcoming", daysLeft: 0 },
    ]);
  });

  it("never sets apart an upcoming or scheduled period", () => {
    const old = [
      { status: "scheduled", due: "2020-01-31" },
      { status: "upcoming", due: "2026-03-01" },
      { status: "missing", due: "2020-01-31" },
    ] as const;
    expect(splitOlderGaps(old, today)).toEqual({ listed: [old[0], old[1]], older: [old[2]] });
  });
});
