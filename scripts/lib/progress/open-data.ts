/**
 * The progress as open data: `/data/progress.json` (the shape the README's content model
 * states) and `/data/progress.csv`, one row per measure and period.
 */
import type { Rhythm } from "../shared/periods.ts";
import type { PeriodStatus, Progress } from "./progress.ts";

/** The open-data form of the progress (`_site/data/progress.json`). */
export interface ProgressJson {
  today: string;
  measures: {
    id: string;
    goal: string;
    rhythm: Rhythm;
    periods: { period: string; start: string; end: string; due: string; status: PeriodStatus; entries: string[] }[];
    indicator: { unit: string; target: number | null; years: Record<string, number | null> };
  }[];
}

/**
 * The open-data shape of the README's content model ("today", "measures" with periods and
 * indicator), plus `goal`, `start` and `end`. Serialize with `JSON.stringify`.
 * @example JSON.stringify(progressJson(progress), null, 2)
 */
export function progressJson(progress: Progress): ProgressJson {
  return {
    today: progress.today,
    measures: progress.measures.map((m) => ({
      id: m.id,
      goal: m.goal,
      rhythm: m.rhythm,
      periods: m.periods.map((p) => ({
        period: p.period,
        start: p.start,
        end: p.end,
        due: p.due,
        status: p.status,
        entries: [...p.entries],
      })),
      indicator: { unit: m.indicator.unit, target: m.indicator.target, years: { ...m.indicator.years } },
    })),
  };
}

/**
 * One CSV field, quoted when RFC 4180 requires it. A field a spreadsheet would run as a
 * formula (starting with `=`, `+`, `-`, `@`, tab or CR: OWASP's CSV injection rule) gets a
 * leading `'`, so opening the open data in Excel runs nothing.
 * @example csvField("=HYPERLINK(\"http://x\")") // "\"'=HYPERLINK(\"\"http://x\"\")\""
 */
export function csvField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/**
 * The progress as CSV (RFC 4180: CRLF line ends, quoted fields where needed): a header,
 * then one row per measure and period; `entries` are the URLs joined by a space.
 * @example
 * progressCsv(progress).split("\r\n")[0]; // "measure,period,start,end,due,status,entries"
 */
export function progressCsv(progress: Progress): string {
  const rows = [["measure", "period", "start", "end", "due", "status", "entries"]];
  for (const m of progress.measures) {
    for (const p of m.periods) rows.push([m.id, p.period, p.start, p.end, p.due, p.status, p.entries.join(" ")]);
  }
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
