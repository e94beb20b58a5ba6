/**
 * Plan progress: for every measure, the status of each period of the plan years and the
 * actual value of its indicator per year, computed from the entries. Pure: `today` and the
 * population are passed in. Rules: CONTENT-MODEL.md, "Rhythm and periods" and "Indicators".
 */
import type { Measure, Plan } from "../validate/plan.ts";
import { isDay, listPeriods, periodById, periodOf, yearOfPeriod, type Rhythm } from "../shared/periods.ts";
import type { Lang } from "../shared/lang.ts";

/** One language version of an entry, as the progress needs it. */
export interface ProgressEntry {
  type: string;
  lang: Lang;
  slug: string;
  url: string;
  state: "live" | "scheduled" | "draft";
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM-DD (equals date when the file has none) */
  publish: string;
  /** YYYY-MM-DD the file first reached main, when git history is known. */
  firstCommit?: string | null;
  /** Validated front matter: period, kind, status, reach, attendance, recipients, responses, presented_to… */
  data: Readonly<Record<string, unknown>>;
}

export const PERIOD_STATUSES = ["done", "late", "scheduled", "missing", "upcoming"] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

/** Why a period is late: which day put its earliest live entry after the due day. */
export type LateReason =
  /** monthly-25: the entry was published (`publish`, or `date` without it) after the due day. */
  | { kind: "publish"; day: string }
  /** monthly-25: `publish` was on time, but the file reached the main branch only on `day`. */
  | { kind: "first-commit"; day: string; publish: string }
  /** Other rhythms: the entry's `date` is after the due day. */
  | { kind: "date"; day: string };

export interface PeriodProgress {
  period: string;
  start: string;
  end: string;
  due: string;
  status: PeriodStatus;
  /**
   * URLs of the live language versions of every live entry counting for the period, the
   * earliest first. Scheduled versions are left out: their pages are not built yet.
   */
  entries: string[];
  /** done/late: the day of the earliest live entry (see CONTENT-MODEL.md, "an entry's day"). */
  day?: string;
  /** late: why that day is after the due day. */
  lateReason?: LateReason;
  /** scheduled: the earliest day a scheduled entry for the period goes public. */
  publishOn?: string;
}

/** Period counts. `due` = periods whose due day ≤ today (whatever their status). */
export interface Summary {
  periods: number;
  due: number;
  done: number;
  late: number;
  scheduled: number;
  missing: number;
  upcoming: number;
}

export interface IndicatorProgress {
  unit: Measure["indicator"]["unit"];
  aggregate: Measure["indicator"]["aggregate"];
  /** The municipality's target; null = not set (never 0). */
  target: number | null;
  /** Actual value per plan year ("2026": 47.9); null = no data (max only). */
  years: Record<string, number | null>;
}

export interface MeasureProgress {
  id: string;
  goal: string;
  rhythm: Rhythm;
  periods: PeriodProgress[];
  indicator: IndicatorProgress;
  summary: Summary;
}

export interface Progress {
  today: string;
  measures: MeasureProgress[];
  goals: { id: string; summary: Summary }[];
  summary: Summary;
}

/** One entry (all its language versions) as it counts for one measure. */
interface CountedEntry {
  key: string;
  /** The version whose period, day and front matter speak for the entry. */
  primary: ProgressEntry;
  period: string | null;
  live: boolean;
  /** live: the earliest day of a live version; else the earliest publish day. */
  day: string;
  reason: LateReason;
  urls: string[];
}

const LANG_ORDER: Record<ProgressEntry["lang"], number> = { ky: 0, ru: 1 };

function matchesCounts(measure: Measure, entry: ProgressEntry): boolean {
  if (entry.type !== measure.counts.type || entry.state === "draft") return false;
  return measure.counts.kind === undefined || entry.data.kind === measure.counts.kind;
}

/**
 * The period an entry counts for. monthly-25 counts by the entry's `period` (the month
 * reported on; an entry without one counts for the month of its date); other rhythms by
 * the window holding its `date`. Null: no period (a March presentation for two-windows).
 */
function periodFor(rhythm: Rhythm, entry: ProgressEntry): string | null {
  if (rhythm === "monthly-25") {
    const period = entry.data.period;
    if (typeof period === "string") return periodById(rhythm, period)?.id ?? null;
  }
  return periodOf(rhythm, entry.date);
}

/**
 * An entry's day and what set it. For monthly-25 the measure is the publication itself:
 * the publish day, not earlier than the first commit to main when git history is known.
 */
function dayOf(rhythm: Rhythm, entry: ProgressEntry): LateReason {
  if (rhythm !== "monthly-25") return { kind: "date", day: entry.date };
  const { publish, firstCommit } = entry;
  if (firstCommit && firstCommit > publish) return { kind: "first-commit", day: firstCommit, publish };
  return { kind: "publish", day: publish };
}

const byDayThenLang = (a: { day: string; entry: ProgressEntry }, b: { day: string; entry: ProgressEntry }): number =>
  a.day.localeCompare(b.day) || LANG_ORDER[a.entry.lang] - LANG_ORDER[b.entry.lang];

/** Merges the language versions of each entry that counts for the measure. */
function countedEntries(measure: Measure, entries: readonly ProgressEntry[]): CountedEntry[] {
  const groups = new Map<string, ProgressEntry[]>();
  for (const entry of entries) {
    if (!matchesCounts(measure, entry)) continue;
    const key = `${entry.type}/${entry.slug}`;
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups].map(([key, versions]): CountedEntry => {
    const live = versions
      .filter((v) => v.state === "live")
      .map((entry) => {
        const reason = dayOf(measure.rhythm, entry);
        return { entry, reason, day: reason.day };
      })
      .sort(byDayThenLang);
    const first = live[0];
    if (first) {
      return {
        key,
        primary: first.entry,
        period: periodFor(measure.rhythm, first.entry),
        live: true,
        day: first.day,
        reason: first.reason,
        urls: [...live].sort((a, b) => LANG_ORDER[a.entry.lang] - LANG_ORDER[b.entry.lang]).map((v) => v.entry.url),
      };
    }
    // Not live in any language: scheduled (drafts were dropped above).
    const [next] = versions.map((entry) => ({ entry, day: entry.publish })).sort(byDayThenLang);
    if (!next) throw new Error(`no version of ${key}`); // unreachable: a group has a version
    const primary = next.entry;
    return {
      key,
      primary,
      period: periodFor(measure.rhythm, primary),
      live: false,
      day: primary.publish,
      reason: dayOf(measure.rhythm, primary),
      urls: [],
    };
  });
}

function periodProgress(
  period: ReturnType<typeof listPeriods>[number],
  counted: readonly CountedEntry[],
  today: string,
): PeriodProgress {
  const mine = counted.filter((c) => c.period === period.id);
  const live = mine.filter((c) => c.live).sort((a, b) => a.day.localeCompare(b.day) || a.key.localeCompare(b.key));
  const base = { period: period.id, start: period.start, end: period.end, due: period.due };
  const first = live[0];
  if (first) {
    const entries = live.flatMap((c) => c.urls);
    if (first.day <= period.due) return { ...base, status: "done", entries, day: first.day };
    return { ...base, status: "late", entries, day: first.day, lateReason: first.reason };
  }
  const scheduled = mine.map((c) => c.day).sort();
  if (scheduled[0] !== undefined) return { ...base, status: "scheduled", entries: [], publishOn: scheduled[0] };
  return { ...base, status: today > period.due ? "missing" : "upcoming", entries: [] };
}

/** Does the entry's front matter satisfy every condition of `where`? A list means "any of". */
function matchesWhere(where: Measure["indicator"]["where"], data: Readonly<Record<string, unknown>>): boolean {
  if (!where) return true;
  return Object.entries(where).every(([key, wanted]) => {
    const accepted: unknown[] = Array.isArray(wanted) ? wanted : [wanted];
    const value = data[key];
    const present: unknown[] = Array.isArray(value) ? value : [value];
    return present.some((v) => accepted.includes(v));
  });
}

/** value ÷ population × 100, rounded to one decimal (one division, to avoid float drift). */
function percentOf(value: number, population: number): number {
  return Math.round((value * 1000) / population) / 10;
}

function indicatorProgress(
  measure: Measure,
  counted: readonly CountedEntry[],
  years: readonly number[],
  population: number,
): IndicatorProgress {
  const { unit, aggregate, field, where, per_population: perPopulation, target } = measure.indicator;
  const values: Record<string, number | null> = {};
  for (const year of [...years].sort((a, b) => a - b)) {
    // Only live entries, each in the year of the period it counts for.
    const inYear = counted.filter(
      (c) => c.live && c.period !== null && yearOfPeriod(c.period) === year && matchesWhere(where, c.primary.data),
    );
    const numbers = inYear
      .map((c) => (field === undefined ? undefined : c.primary.data[field]))
      .filter((v): v is number => typeof v === "number" && Number.isFinite(v));
    let value: number | null;
    if (aggregate === "count") {
      // Nothing counted is a real zero: no initiative, act or questionnaire that year.
      value = inYear.length;
    } else if (aggregate === "sum") {
      // A sum over nothing is zero: no one attended a meeting that nobody held.
      value = numbers.reduce((a, b) => a + b, 0);
    } else {
      // No reach/attendance reported is not "0% reached": it is unknown, so null ("no data").
      value = numbers.length > 0 ? Math.max(...numbers) : null;
    }
    values[String(year)] = value !== null && perPopulation ? percentOf(value, population) : value;
  }
  return { unit, aggregate, target, years: values };
}

const emptySummary = (): Summary => ({ periods: 0, due: 0, done: 0, late: 0, scheduled: 0, missing: 0, upcoming: 0 });

function summarize(periods: readonly PeriodProgress[], today: string): Summary {
  const summary = emptySummary();
  for (const p of periods) {
    summary.periods += 1;
    if (p.due <= today) summary.due += 1;
    summary[p.status] += 1;
  }
  return summary;
}

function addSummaries(summaries: readonly Summary[]): Summary {
  const total = emptySummary();
  for (const s of summaries) {
    for (const key of Object.keys(total) as (keyof Summary)[]) total[key] += s[key];
  }
  return total;
}

/**
 * Progress of the whole plan on `today`: every period of every measure with its status and
 * entries, the indicator's actual values per plan year, and counts per measure, per goal
 * and overall. Drafts never count; the ky and ru versions of one entry count once.
 * Throws a RangeError when `today` is not a day, or when the plan has a per-population
 * indicator and `population` is not a positive number.
 * @example
 * const progress = computeProgress(plan, entries, { today: "2026-11-25", population: 8450 });
 * progress.measures.find((m) => m.id === "1.5")?.periods.find((p) => p.period === "2026-10")?.status; // "done"
 */
export function computeProgress(
  plan: Plan,
  entries: readonly ProgressEntry[],
  options: { today: string; population: number },
): Progress {
  const { today, population } = options;
  if (!isDay(today)) throw new RangeError(`today must be a day written YYYY-MM-DD, got "${today}"`);
  const needsPopulation = plan.measures.some((m) => m.indicator.per_population);
  if (needsPopulation && !(Number.isFinite(population) && population > 0)) {
    throw new RangeError(`population must be a positive number for per-population indicators, got ${population}`);
  }

  const measures = plan.measures.map((measure): MeasureProgress => {
    const counted = countedEntries(measure, entries);
    const periods = listPeriods(measure.rhythm, plan.years).map((p) => periodProgress(p, counted, today));
    return {
      id: measure.id,
      goal: measure.goal,
      rhythm: measure.rhythm,
      periods,
      indicator: indicatorProgress(measure, counted, plan.years, population),
      summary: summarize(periods, today),
    };
  });
  const goals = plan.goals.map((goal) => ({
    id: goal.id,
    summary: addSummaries(measures.filter((m) => m.goal === goal.id).map((m) => m.summary)),
  }));
  return { today, measures, goals, summary: addSummaries(measures.map((m) => m.summary)) };
}

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
 * The open-data shape of CONTENT-MODEL.md ("today", "measures" with periods and
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
