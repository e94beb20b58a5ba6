/**
 * What needs doing soon: periods due within a few days, periods already missing, and
 * periods waiting for a scheduled entry. Pure: reads a computed progress.
 */
import { daysBetween, isDay } from "../shared/periods.ts";
import type { PeriodStatus, Progress } from "./progress.ts";

export interface Deadline {
  measure: string;
  goal: string;
  period: string;
  due: string;
  status: Extract<PeriodStatus, "upcoming" | "missing" | "scheduled">;
  /** Days from today to the due day: 0 on the due day, negative when overdue. */
  daysLeft: number;
  /** scheduled: the day the scheduled entry goes public. */
  publishOn?: string;
}

/**
 * Periods that need attention on `today`: `upcoming` ones due within `withinDays` days
 * (inclusive: 0 = due today), every `missing` one and every `scheduled` one, by due day
 * (the most overdue first), then in plan order. Pass the same `today` as the progress's.
 * @example
 * nextDeadlines(computeProgress(plan, [], { today: "2026-11-18", population: 8450 }), { today: "2026-11-18" })
 * // includes { measure: "1.5", period: "2026-10", due: "2026-11-25", status: "upcoming", daysLeft: 7, … }
 */
export function nextDeadlines(progress: Progress, options: { today: string; withinDays?: number }): Deadline[] {
  const { today, withinDays = 7 } = options;
  if (!isDay(today)) throw new RangeError(`today must be a day written YYYY-MM-DD, got "${today}"`);
  if (!Number.isInteger(withinDays) || withinDays < 0) {
    throw new RangeError(`withinDays must be a whole number ≥ 0, got ${withinDays}`);
  }
  const found: Deadline[] = [];
  for (const m of progress.measures) {
    for (const p of m.periods) {
      if (p.status === "done" || p.status === "late") continue;
      const daysLeft = daysBetween(today, p.due);
      if (p.status === "upcoming" && (daysLeft < 0 || daysLeft > withinDays)) continue;
      const deadline: Deadline = { measure: m.id, goal: m.goal, period: p.period, due: p.due, status: p.status, daysLeft };
      if (p.publishOn !== undefined) deadline.publishOn = p.publishOn;
      found.push(deadline);
    }
  }
  // Array.prototype.sort is stable: equal due days keep the plan's order.
  return found.sort((a, b) => a.due.localeCompare(b.due));
}

/**
 * How far back a missing period is still listed as a deadline (on the progress page, in
 * `npm run deadlines` and as a GitHub issue). Older gaps stay in each measure's timeline on the
 * progress page; listing them all would bury what comes next (and open dozens of issues on the
 * deadlines workflow's first run over an old plan).
 */
export const RECENT_GAP_DAYS = 365;

/**
 * True for a missing period due at most `RECENT_GAP_DAYS` days before `today`.
 * @example isRecentGap({ status: "missing", due: "2025-11-25" }, "2026-11-25") // true (365 days)
 * @example isRecentGap({ status: "missing", due: "2025-11-24" }, "2026-11-25") // false (366 days)
 * @example isRecentGap({ status: "upcoming", due: "2026-11-30" }, "2026-11-25") // false (not a gap)
 */
export function isRecentGap(deadline: Pick<Deadline, "status" | "due">, today: string): boolean {
  return deadline.status === "missing" && daysBetween(deadline.due, today) <= RECENT_GAP_DAYS;
}

/**
 * Deadlines split into those to list (upcoming, scheduled, recent gaps; order kept) and the
 * gaps older than `RECENT_GAP_DAYS`.
 * @example
 * splitOlderGaps([{ status: "missing", due: "2025-01-31" }, { status: "upcoming", due: "2026-11-30" }], "2026-11-25")
 * // { listed: [{ status: "upcoming", due: "2026-11-30" }], older: [{ status: "missing", due: "2025-01-31" }] }
 */
export function splitOlderGaps<T extends Pick<Deadline, "status" | "due">>(deadlines: readonly T[], today: string): { listed: T[]; older: T[] } {
  const listed: T[] = [];
  const older: T[] = [];
  for (const d of deadlines) (d.status === "missing" && !isRecentGap(d, today) ? older : listed).push(d);
  return { listed, older };
}
