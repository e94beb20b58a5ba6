/**
 * A monthly report tells what was done in a month that is over. A report whose month has not
 * ended on the day it goes public (`period: "2027-10"` published 2026-11-20, or November's
 * report published on 25 November) would count a period as done before it happened.
 */
import type { Entry } from "./entry.ts";
import { contentMessages } from "./messages.ts";
import type { Problem } from "./problems.ts";
import { addDays } from "../shared/dates.ts";
import { periodById } from "../shared/periods.ts";

/**
 * Problems of reports published before the last day of their month has passed. Drafts are
 * left alone (they are written ahead and never published as they are); a scheduled report is
 * judged by its publish day, the day it will count.
 * @example checkReportPeriods([report({ period: "2027-10", publish: "2026-11-20" })], lineOf) // [{ severity: "error", key: "period", … }]
 */
export function checkReportPeriods(
  entries: readonly Entry[],
  lineOf: (entry: Entry, path: readonly PropertyKey[]) => number,
): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.type !== "reports" || entry.state === "draft") continue;
    const { period } = (entry as Entry<"reports">).data;
    const month = periodById("monthly", period);
    if (!month || entry.publish > month.end) continue;
    problems.push({
      severity: "error",
      file: entry.inputPath,
      line: lineOf(entry, ["period"]),
      key: "period",
      message: contentMessages.periodNotEnded(period, entry.publish, month.end, addDays(month.end, 1)),
    });
  }
  return problems;
}
