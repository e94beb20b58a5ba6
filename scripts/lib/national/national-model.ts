/**
 * The nation's plan progress, computed from each member's own `progress.json` (never from its
 * pages): per member and measure the counts of periods by status exactly as the member has
 * them, and the status of the latest period due nationally; per measure, how many members are
 * done, late or missing for it and over the plan so far, rolled up by oblast and district; the
 * month-by-month share of members whose monthly report was on time. Pure: snapshots are read
 * elsewhere; `today` is the national site's.
 */
import { daysBetween, listPeriods, type Period, type Rhythm } from "../shared/periods.ts";
import type { Bilingual } from "../shared/lang.ts";
import type { Measure, Plan } from "../validate/plan.ts";
import type { Member } from "../validate/registry.ts";
import type { PeriodStatus } from "../progress/progress.ts";
import type { MemberFiles } from "./member-files.ts";
import type { Snapshot } from "./snapshots.ts";

/** ok: fresh files; stale: the last good files are older (the last run failed, or the member stopped publishing); unavailable: none. */
export const MEMBER_STATES = ["ok", "stale", "unavailable"] as const;
export type MemberState = (typeof MEMBER_STATES)[number];

/** A member whose own `today` is more than this many days behind the nation's has stopped rebuilding. */
export const STALE_AFTER_DAYS = 3;

export type StatusCounts = Record<PeriodStatus, number>;

export interface MemberMeasure extends StatusCounts {
  /** The member's status for the measure's latest nationally due period; null: its data does not have that period. */
  latest: { period: string; status: PeriodStatus } | null;
}

export interface NationalMember {
  id: string;
  name: Bilingual;
  oblast: Bilingual;
  district: Bilingual | null;
  /** The member's site (from its site.json, else a web address in the registry); null: unknown. */
  url: string | null;
  status: MemberState;
  lastOkAt: string | null;
  failingSince: string | null;
  /** Why its files were not taken at the last check, or cannot be read now. */
  error: Bilingual | null;
  /** The day the member's own build took as today: what its statuses are as of. */
  dataAsOf: string | null;
  /** By measure id; a measure the member's plan lacks is absent. */
  measures: Record<string, MemberMeasure>;
}

/** Members by what they have for one period: the statuses, plus `none` when their data has no word on it. */
export type LatestCounts = StatusCounts & { none: number };

export interface NationalMeasure {
  id: string;
  goal: string;
  title: Bilingual;
  rhythm: Rhythm;
  /** The last period with its due day on or before today; null before the first is due. */
  latest: Period | null;
  latestCounts: LatestCounts;
  /** Periods of every member over the plan so far (their due ones, as the members count them). */
  soFar: { done: number; late: number; missing: number };
}

export interface GroupRollup {
  /** null: members of the oblast that belong to no district (cities of oblast significance). */
  name: Bilingual | null;
  members: number;
  /** By measure id: members by status of the latest nationally due period. */
  latest: Record<string, LatestCounts>;
}

export interface OblastRollup extends GroupRollup {
  name: Bilingual;
  districts: GroupRollup[];
}

export interface OnTimePoint {
  period: string;
  due: string;
  onTime: number;
  late: number;
  missing: number;
  /** Members whose data has an outcome for the period (done, late or missing). */
  withData: number;
  /** onTime ÷ withData, 0–1; null when no member has data. */
  share: number | null;
}

export interface NationalModel {
  today: string;
  measures: NationalMeasure[];
  /** Sorted by oblast, district, then name (Kyrgyz order). */
  members: NationalMember[];
  oblasts: OblastRollup[];
  /** The measure with the monthly-on-the-25th rhythm (the monthly report, 1.5), month by month; null when the plan has none. */
  onTime: { measureId: string; points: OnTimePoint[] } | null;
}

const emptyCounts = (): StatusCounts => ({ done: 0, late: 0, scheduled: 0, missing: 0, upcoming: 0 });
const emptyLatest = (): LatestCounts => ({ ...emptyCounts(), none: 0 });
const collator = new Intl.Collator("ky");

/**
 * A member's state on `today`.
 * @example memberState({ files, status: { error: null, … } }, "2026-11-25") // "ok"
 */
export function memberState(snapshot: Snapshot, today: string): MemberState {
  if (!snapshot.files) return "unavailable";
  if (snapshot.status?.error) return "stale";
  return daysBetween(snapshot.files.progress.today, today) > STALE_AFTER_DAYS ? "stale" : "ok";
}

/** The last period of a measure due on or before today. */
function latestDue(periods: readonly Period[], today: string): Period | null {
  let latest: Period | null = null;
  for (const p of periods) if (p.due <= today) latest = p;
  return latest;
}

function memberMeasures(files: MemberFiles, latest: ReadonlyMap<string, Period | null>): Record<string, MemberMeasure> {
  const out: Record<string, MemberMeasure> = {};
  for (const m of files.progress.measures) {
    const counts = emptyCounts();
    for (const p of m.periods) counts[p.status] += 1;
    const period = latest.get(m.id);
    const found = period ? m.periods.find((p) => p.period === period.id) : undefined;
    out[m.id] = { ...counts, latest: found ? { period: found.period, status: found.status } : null };
  }
  return out;
}

/**
 * A member's place in the latest-period counts of a measure: its status when its data has
 * the period and its own day has reached the due day; else `none` (no data, or data older
 * than the due day, whose "upcoming" is not the member's answer).
 * @example latestOf(member, measure) // "done"
 */
export function latestOf(member: NationalMember, measure: Pick<NationalMeasure, "id" | "latest">): keyof LatestCounts {
  const mine = member.measures[measure.id]?.latest;
  if (!mine || !measure.latest || member.dataAsOf === null) return "none";
  if (member.dataAsOf < measure.latest.due && mine.status !== "done" && mine.status !== "late") return "none";
  return mine.status;
}

function rollup(name: Bilingual | null, members: readonly NationalMember[], measures: readonly NationalMeasure[]): GroupRollup {
  const latest: Record<string, LatestCounts> = {};
  for (const measure of measures) {
    const counts = emptyLatest();
    for (const member of members) counts[latestOf(member, measure)] += 1;
    latest[measure.id] = counts;
  }
  return { name, members: members.length, latest };
}

const byKy = (a: Bilingual | null, b: Bilingual | null): number => {
  // Members outside districts come after the districts of their oblast.
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return collator.compare(a.ky, b.ky);
};

/**
 * The national model from the plan, the registry's members and their snapshots (by id).
 * @example buildNational(plan, registry.members, snapshots, "2026-11-25").measures.find((m) => m.id === "1.5")?.latestCounts.done
 */
export function buildNational(plan: Plan, members: readonly Member[], snapshots: ReadonlyMap<string, Snapshot>, today: string): NationalModel {
  const measures: NationalMeasure[] = plan.measures.map((m: Measure) => ({
    id: m.id,
    goal: m.goal,
    title: m.title,
    rhythm: m.rhythm,
    latest: latestDue(listPeriods(m.rhythm, plan.years), today),
    latestCounts: emptyLatest(),
    soFar: { done: 0, late: 0, missing: 0 },
  }));
  const latestById = new Map(measures.map((m) => [m.id, m.latest]));

  const rows: NationalMember[] = members.map((member) => {
    const snapshot = snapshots.get(member.id) ?? {};
    const files = snapshot.files;
    const webUrl = /^https?:\/\//i.test(member.url) ? member.url : null;
    return {
      id: member.id,
      name: member.name,
      oblast: member.oblast,
      district: member.district ?? null,
      url: files?.site.base_url ?? webUrl,
      status: memberState(snapshot, today),
      lastOkAt: snapshot.status?.last_ok_at ?? null,
      failingSince: snapshot.status?.failing_since ?? null,
      error: snapshot.problem ?? snapshot.status?.error ?? null,
      dataAsOf: files?.progress.today ?? null,
      measures: files ? memberMeasures(files, latestById) : {},
    };
  });
  rows.sort((a, b) => byKy(a.oblast, b.oblast) || byKy(a.district, b.district) || collator.compare(a.name.ky, b.name.ky) || a.id.localeCompare(b.id));

  // The nation's latest-period counts are the rollup of every member (plan ids are unique).
  const national = rollup(null, rows, measures).latest;
  for (const measure of measures) {
    measure.latestCounts = national[measure.id]!;
    for (const member of rows) {
      const mine = member.measures[measure.id];
      if (mine) for (const status of ["done", "late", "missing"] as const) measure.soFar[status] += mine[status];
    }
  }

  const oblasts: OblastRollup[] = [];
  for (const member of rows) {
    let oblast = oblasts.at(-1);
    if (!oblast || oblast.name.ky !== member.oblast.ky) oblasts.push((oblast = { name: member.oblast, members: 0, latest: {}, districts: [] }));
  }
  for (const oblast of oblasts) {
    const inOblast = rows.filter((m) => m.oblast.ky === oblast.name.ky);
    Object.assign(oblast, rollup(oblast.name, inOblast, measures));
    const districts = [...new Map(inOblast.map((m) => [m.district?.ky ?? "", m.district])).values()];
    oblast.districts = districts.map((d) => rollup(d, inOblast.filter((m) => (m.district?.ky ?? "") === (d?.ky ?? "")), measures));
  }

  const monthly = measures.find((m) => m.rhythm === "monthly-25");
  let onTime: NationalModel["onTime"] = null;
  if (monthly) {
    const statuses = new Map<string, Map<string, PeriodStatus>>();
    for (const member of members) {
      const periods = snapshots.get(member.id)?.files?.progress.measures.find((m) => m.id === monthly.id)?.periods ?? [];
      statuses.set(member.id, new Map(periods.map((p) => [p.period, p.status])));
    }
    onTime = { measureId: monthly.id, points: onTimePoints(monthly, plan, statuses, today) };
  }
  return { today, measures, members: rows, oblasts, onTime };
}

/**
 * Month by month, due on or before today: how many members' reports were on time, late or
 * missing, from each member's own periods (`statuses`: member id → period → status).
 */
function onTimePoints(measure: NationalMeasure, plan: Plan, statuses: ReadonlyMap<string, ReadonlyMap<string, PeriodStatus>>, today: string): OnTimePoint[] {
  return listPeriods(measure.rhythm, plan.years)
    .filter((p) => p.due <= today)
    .map((period) => {
      const point: OnTimePoint = { period: period.id, due: period.due, onTime: 0, late: 0, missing: 0, withData: 0, share: null };
      for (const periods of statuses.values()) {
        const status = periods.get(period.id);
        if (status === "done") point.onTime += 1;
        else if (status === "late") point.late += 1;
        else if (status === "missing") point.missing += 1;
        else continue;
        point.withData += 1;
      }
      point.share = point.withData ? point.onTime / point.withData : null;
      return point;
    });
}
