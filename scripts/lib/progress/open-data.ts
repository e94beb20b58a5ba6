/**
 * The progress as open data: `/data/progress.json` (the shape the README's content model
 * states, versioned: `schema` and the site's id) and `/data/progress.csv`, one row per measure
 * and period. The JSON is produced from, and checked against, `progressJsonSchema`; the JSON
 * Schema published at `/data/schema/progress.json` is generated from it.
 */
import { z } from "zod";
import { csvText } from "../shared/csv.ts";
import { RHYTHMS } from "../shared/periods.ts";
import { PERIOD_STATUSES, type Progress } from "./progress.ts";

export const PROGRESS_SCHEMA = "achyk-progress/1";

const day = z.iso.date();

export const progressJsonSchema = z
  .object({
    schema: z.literal(PROGRESS_SCHEMA),
    /** The site's id, as in its site.json. */
    site: z.string().min(1),
    today: day,
    measures: z.array(
      z.object({
        id: z.string().min(1),
        goal: z.string().min(1),
        rhythm: z.enum(RHYTHMS),
        periods: z.array(
          z.object({
            period: z.string().min(1),
            start: day,
            end: day,
            due: day,
            status: z.enum(PERIOD_STATUSES),
            /** Site paths of the live entries that count for the period. */
            entries: z.array(z.string()),
          }),
        ),
        indicator: z.object({
          unit: z.string().min(1),
          /** null: the municipality has not set one. */
          target: z.number().nullable(),
          /** Actual value per plan year; null: no data. */
          years: z.record(z.string().regex(/^\d{4}$/), z.number().nullable()),
        }),
      }),
    ),
  })
  .meta({ title: "Achyk plan progress", description: "Every period of every plan measure with its status: /data/progress.json" });

/** The open-data form of the progress (`_site/data/progress.json`). */
export type ProgressJson = z.output<typeof progressJsonSchema>;

/**
 * The open-data shape of the README's content model ("today", "measures" with periods and
 * indicator), plus `schema`, `site`, `goal`, `start` and `end`. Serialize with `JSON.stringify`.
 * @example JSON.stringify(progressJson(progress, "achyk-kg/ak-terek"), null, 2)
 */
export function progressJson(progress: Progress, site: string): ProgressJson {
  return {
    schema: PROGRESS_SCHEMA,
    site,
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

/** CSV fields as every open-data file writes them (RFC 4180 and OWASP's formula guard): shared/csv.ts. */
export { csvField } from "../shared/csv.ts";

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
  return csvText(rows);
}
