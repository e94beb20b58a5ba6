/**
 * The national view as open data: `/data/national.json` (checked against, and documented by,
 * `nationalJsonSchema`: `/data/schema/national.json`) and `/data/national.csv`, one row per
 * member and measure. The counts of each member are exactly those of its own `progress.json`.
 */
import { z } from "zod";
import { csvText } from "../shared/csv.ts";
import { RHYTHMS } from "../shared/periods.ts";
import { PERIOD_STATUSES } from "../progress/progress.ts";
import { MEMBER_STATES, type NationalModel } from "./national-model.ts";

const NATIONAL_SCHEMA = "achyk-national/1";

const bilingual = z.object({ ky: z.string(), ru: z.string() });
const count = z.number().int().min(0);
const instant = z.iso.datetime().nullable();
const statusCounts = { done: count, late: count, missing: count, scheduled: count, upcoming: count };

export const nationalJsonSchema = z
  .object({
    schema: z.literal(NATIONAL_SCHEMA),
    /** The national site's id. */
    site: z.string().min(1),
    today: z.iso.date(),
    measures: z.array(
      z.object({
        id: z.string(),
        title: bilingual,
        rhythm: z.enum(RHYTHMS),
        /** The last period due on or before today, nationally; null before the first. */
        latest_period: z.string().nullable(),
        latest_due: z.iso.date().nullable(),
        /** Members by their status for that period; `no_data`: their data has no word on it. */
        latest: z.object({ ...statusCounts, no_data: count }),
        /** Periods of all members so far, as they count them. */
        so_far: z.object({ done: count, late: count, missing: count }),
      }),
    ),
    members: z.array(
      z.object({
        id: z.string(),
        name: bilingual,
        oblast: bilingual,
        district: bilingual.nullable(),
        url: z.string().regex(/^https?:\/\//).nullable(),
        status: z.enum(MEMBER_STATES),
        last_ok_at: instant,
        failing_since: instant,
        /** The day the member's statuses are as of (its own build's today). */
        data_as_of: z.iso.date().nullable(),
        measures: z.record(
          z.string(),
          z.object({ ...statusCounts, latest: z.object({ period: z.string(), status: z.enum(PERIOD_STATUSES) }).nullable() }),
        ),
      }),
    ),
    /** The monthly report (rhythm monthly-25), month by month: members on time among those with data. */
    monthly_report_on_time: z.array(
      z.object({ period: z.string(), due: z.iso.date(), on_time: count, late: count, missing: count, members_with_data: count }),
    ),
  })
  .meta({ title: "Achyk national view", description: "Every member's plan progress: /data/national.json" });

export type NationalJson = z.output<typeof nationalJsonSchema>;

/** @example nationalJson(model, "agency/achyk-national").members[0]?.measures["1.5"]?.latest // { period: "2026-10", status: "done" } */
export function nationalJson(model: NationalModel, site: string): NationalJson {
  return {
    schema: NATIONAL_SCHEMA,
    site,
    today: model.today,
    measures: model.measures.map((m) => {
      const { none, ...statuses } = m.latestCounts;
      return {
        id: m.id,
        title: m.title,
        rhythm: m.rhythm,
        latest_period: m.latest?.id ?? null,
        latest_due: m.latest?.due ?? null,
        latest: { ...statuses, no_data: none },
        so_far: { ...m.soFar },
      };
    }),
    members: model.members.map((member) => ({
      id: member.id,
      name: member.name,
      oblast: member.oblast,
      district: member.district,
      url: member.url,
      status: member.status,
      last_ok_at: member.lastOkAt,
      failing_since: member.failingSince,
      data_as_of: member.dataAsOf,
      measures: Object.fromEntries(
        Object.entries(member.measures).map(([id, m]) => [
          id,
          { done: m.done, late: m.late, missing: m.missing, scheduled: m.scheduled, upcoming: m.upcoming, latest: m.latest },
        ]),
      ),
    })),
    monthly_report_on_time: (model.onTime?.points ?? []).map((p) => ({
      period: p.period,
      due: p.due,
      on_time: p.onTime,
      late: p.late,
      missing: p.missing,
      members_with_data: p.withData,
    })),
  };
}

/**
 * One row per member and measure (a member without data: one row with its status only).
 * Names come from the registry and data from members: every cell goes through the CSV guard.
 * @example nationalCsv(model).split("\r\n")[0]?.startsWith("id,name_ky,name_ru,oblast_ky") // true
 */
export function nationalCsv(model: NationalModel): string {
  const header = [
    "id", "name_ky", "name_ru", "oblast_ky", "oblast_ru", "district_ky", "district_ru", "status", "last_ok_at", "data_as_of",
    "measure", ...PERIOD_STATUSES, "latest_period", "latest_status",
  ];
  const rows: (string | number | null)[][] = [header];
  for (const m of model.members) {
    const who = [m.id, m.name.ky, m.name.ru, m.oblast.ky, m.oblast.ru, m.district?.ky ?? "", m.district?.ru ?? "", m.status, m.lastOkAt, m.dataAsOf];
    const measures = Object.entries(m.measures);
    if (measures.length === 0) rows.push([...who, "", ...PERIOD_STATUSES.map(() => ""), "", ""]);
    for (const [id, c] of measures) rows.push([...who, id, ...PERIOD_STATUSES.map((s) => c[s]), c.latest?.period ?? "", c.latest?.status ?? ""]);
  }
  return csvText(rows);
}
