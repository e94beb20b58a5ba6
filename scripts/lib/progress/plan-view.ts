/**
 * The progress page as data: every period of every measure as a labelled cell (icon + words,
 * never colour alone), indicators as target vs actual, the next deadlines with "add it" links.
 */
import { daysBetween, formatDay, formatMonth, monthName } from "../shared/dates.ts";
import { splitOlderGaps, type Deadline } from "./deadlines.ts";
import { newEntryUrl } from "../authoring/entry-template.ts";
import { formUrl } from "../authoring/issue-forms.ts";
import { formatNumber, formatPercent } from "../shared/format.ts";
import type { Measure, Plan } from "../validate/plan.ts";
import type { Rhythm } from "../shared/periods.ts";
import { PERIOD_STATUSES, type MeasureProgress, type PeriodProgress, type PeriodStatus, type Progress, type Summary } from "./progress.ts";
import { isContentType, type ContentType } from "../validate/schema.ts";
import { phrase, rhythmNames, t, typeNames, unitNames, valueNames } from "../shared/dictionary.ts";
import type { Site } from "../validate/site.ts";
import { otherLang, type Lang, type Bilingual } from "../shared/lang.ts";
import { pageLanguages, type PageLanguages } from "../shared/urls.ts";


/** The icon beside each status word, so that no status is told by colour alone. */
export const STATUS_ICON: Record<PeriodStatus, string> = {
  done: "✓",
  late: "!",
  scheduled: "◷",
  missing: "✗",
  upcoming: "·",
};

/** A period status in words (the dictionary's `status_*`). */
export function statusText(status: PeriodStatus, lang: Lang): string {
  return t(`status_${status}`, lang);
}

/** How many days before its due day a period gets an "add it" link. */
const ADD_LINK_DAYS = 62;

/**
 * A period's full name.
 * @example periodLabel("2026-Q3", "quarterly", "ru") // "3-й квартал 2026"
 */
export function periodLabel(id: string, rhythm: Rhythm, lang: Lang): string {
  const year = id.slice(0, 4);
  if (rhythm === "monthly" || rhythm === "monthly-25") return formatMonth(id, lang);
  if (rhythm === "quarterly") return phrase("periodQuarter", lang, { year, n: id.slice(6) });
  if (rhythm === "half-yearly") return phrase(id.endsWith("1") ? "periodHalf1" : "periodHalf2", lang, { year });
  if (rhythm === "two-windows") {
    const months = (id.endsWith("H1") ? [1, 2] : [7, 8]).map((m) => monthName(m, lang)).join("–");
    return phrase("periodWindow", lang, { year, months });
  }
  return phrase("periodYear", lang, { year });
}

/** The short label inside a timeline cell. */
function cellLabel(id: string, rhythm: Rhythm, lang: Lang): string {
  if (rhythm === "monthly" || rhythm === "monthly-25") return monthName(+id.slice(5, 7), lang).slice(0, 3);
  if (rhythm === "quarterly") return id.slice(5);
  if (rhythm === "half-yearly") return phrase(id.endsWith("1") ? "cellHalf1" : "cellHalf2", lang);
  if (rhythm === "two-windows") return phrase(id.endsWith("H1") ? "cellWindow1" : "cellWindow2", lang);
  return id;
}

/**
 * Periods with an outcome: due ones, and ones already done before their due day. Counting only
 * due periods would let "78 of 79 done" sit beside "8 missing".
 */
export function settledPeriods(summary: Summary): number {
  return summary.done + summary.late + summary.missing;
}

/**
 * @example summaryText({ done: 18, late: 2, missing: 3, … }, "ru") // "Из 23 периодов, срок которых наступил или работа по которым уже сделана: 18 выполнено вовремя, 2 — с опозданием, 3 — не выполнено."
 */
export function summaryText(summary: Summary, lang: Lang): string {
  const { done, late, missing } = summary;
  return phrase("planSummary", lang, { settled: settledPeriods(summary), done, late, missing });
}

export interface CellView {
  period: string;
  label: string;
  fullLabel: string;
  status: PeriodStatus;
  icon: string;
  statusText: string;
  dueText: string;
  href?: string;
  /** GitHub's file editor with the template: the second choice. */
  addUrl?: string;
  /** The issue form, pre-filled: the first choice (it works from a phone). */
  formUrl?: string;
  note?: string;
}

export interface MeasureView {
  id: string;
  title: string;
  rhythmText: string;
  responsible: string;
  budget: string;
  expected: string;
  indicatorText: string;
  summary: Summary;
  summaryText: string;
  years: { year: string; cells: CellView[] }[];
  indicator: { unit: string; rows: { year: string; target: string; actual: string; met: boolean | null }[] };
}

export interface PlanPageView {
  lang: Lang;
  languages: PageLanguages;
  /** What each status looks like on the timelines, in the order of the legend. */
  legend: { status: PeriodStatus; icon: string; text: string }[];
  /** The page's heading, with the plan's years: "2025–2028-жылдарга арналган пландын аткарылышы". */
  title: string;
  summary: Summary;
  summaryText: string;
  doneShare: number;
  goals: { id: string; title: string; summaryText: string; measures: MeasureView[] }[];
  deadlines: { text: string; status: PeriodStatus; statusText: string; addUrl?: string; formUrl?: string; measureId: string }[];
  /** Missing periods older than `RECENT_GAP_DAYS`, left out of the deadline list (they stay in the timelines). */
  olderGaps: number;
}

/**
 * What a measure publishes, as a noun: its survey kind's name, else its content type's, else
 * null (a measure counting something that is not a content type).
 * @example measureNoun(plan.measures[4]) // { ky: "Айлык отчет", ru: "Ежемесячный отчёт" }
 */
export function measureNoun(measure: Measure): Bilingual | null {
  const { type, kind } = measure.counts;
  if (kind && valueNames[kind]) return valueNames[kind];
  return isContentType(type) ? typeNames[type].one : null;
}

/**
 * A measure named by what it publishes ("1.5 Ежемесячный отчёт"), short enough for a list.
 * @example shortMeasureName(plan.measures[4], "ru") // "Ежемесячный отчёт"
 */
export function shortMeasureName(measure: Measure, lang: Lang): string {
  return (measureNoun(measure) ?? measure.title)[lang];
}

/**
 * The day an entry added for a period should carry, so that it counts for that period: a
 * monthly report is dated its due day (or today once that is past); other entries today,
 * kept inside the period's window.
 * @example suggestedDate("quarterly", { start: "2026-10-01", end: "2026-12-31", due: "2026-12-31" }, "2027-01-10") // "2026-12-31"
 * @example suggestedDate("monthly-25", { start: "2026-10-01", end: "2026-10-31", due: "2026-11-25" }, "2026-11-20") // "2026-11-25"
 */
export function suggestedDate(rhythm: Rhythm, period: { start: string; end: string; due: string }, today: string): string {
  if (rhythm === "monthly-25") return today > period.due ? today : period.due;
  if (today < period.start) return period.start;
  return today > period.end ? period.end : today;
}

type PeriodDates = { id: string; start: string; end: string; due: string };

/** What both "add it" links open with: the content type, the suggested day and a monthly report's month. */
function prefill(measure: Measure, period: PeriodDates, today: string): { type: ContentType; date: string; period?: string } | undefined {
  const type = measure.counts.type;
  if (!isContentType(type)) return undefined;
  const date = suggestedDate(measure.rhythm, period, today);
  return { type, date, ...(measure.rhythm === "monthly-25" ? { period: period.id } : {}) };
}

/**
 * The "add it" link for a period of a measure: GitHub's editor with the entry template, dated
 * by `suggestedDate` (a monthly report also gets its `period`). Undefined when the measure does
 * not count a content type.
 * @example
 * addEntryUrl(site.repository, plan.measures[4], { id: "2026-10", start: "2026-10-01", end: "2026-10-31", due: "2026-11-25" }, "2026-11-20", "ru")
 * // "https://github.com/achyk-kg/ak-terek/new/main/content/ru/reports?filename=2026-10.md&value=…"
 */
export function addEntryUrl(repository: Site["repository"], measure: Measure, period: PeriodDates, today: string, lang: Lang, contentDirName = "content"): string | undefined {
  const fill = prefill(measure, period, today);
  if (!fill) return undefined;
  const { type, ...fields } = fill;
  return newEntryUrl(repository, type, { lang, ...fields }, contentDirName);
}

/**
 * The issue form for a period of a measure, pre-filled like `addEntryUrl`'s editor (the day, and
 * a monthly report's month): the first choice, since it works from a phone. Undefined when the
 * measure does not count a content type.
 * @example
 * addFormUrl(site.repository, plan.measures[4], { id: "2026-10", start: "2026-10-01", end: "2026-10-31", due: "2026-11-25" }, "2026-11-20")
 * // "https://github.com/achyk-kg/ak-terek/issues/new?template=reports.yml&date=2026-11-25&period=2026-10"
 */
export function addFormUrl(repository: Site["repository"], measure: Measure, period: PeriodDates, today: string): string | undefined {
  const fill = prefill(measure, period, today);
  if (!fill) return undefined;
  const { type, ...fields } = fill;
  return formUrl(repository, type, fields);
}

/** Both "add it" links of a period on the plan page (each absent when the measure counts no content type). */
function addLinks(site: Site, plan: Plan, m: MeasureProgress, p: PeriodProgress, today: string, lang: Lang, contentDirName: string): { addUrl?: string; formUrl?: string } {
  const measure = plan.measures.find((x) => x.id === m.id)!;
  const period = { ...p, id: p.period };
  const addUrl = addEntryUrl(site.repository, measure, period, today, lang, contentDirName);
  const formUrl = addFormUrl(site.repository, measure, period, today);
  return { ...(addUrl ? { addUrl } : {}), ...(formUrl ? { formUrl } : {}) };
}

function needsAddLink(p: PeriodProgress, today: string): boolean {
  if (p.status === "missing") return true;
  if (p.status !== "upcoming" || p.start > today) return false;
  return daysBetween(today, p.due) <= ADD_LINK_DAYS;
}

function cell(m: MeasureProgress, p: PeriodProgress, ctx: Ctx): CellView {
  const full = periodLabel(p.period, m.rhythm, ctx.lang);
  const view: CellView = {
    period: p.period,
    label: cellLabel(p.period, m.rhythm, ctx.lang),
    fullLabel: full,
    status: p.status,
    icon: STATUS_ICON[p.status],
    statusText: statusText(p.status, ctx.lang),
    dueText: formatDay(p.due, ctx.lang),
  };
  const own = p.entries.find((url) => url.startsWith(`/${ctx.lang}/`)) ?? p.entries[0];
  if (own) view.href = own;
  if (needsAddLink(p, ctx.today)) Object.assign(view, addLinks(ctx.site, ctx.plan, m, p, ctx.today, ctx.lang, ctx.contentDirName));
  if (p.lateReason?.kind === "first-commit") {
    view.note = phrase("noteFirstCommit", ctx.lang, { day: p.lateReason.day, due: p.due });
  } else if (p.status === "late" && p.day) {
    view.note = phrase("noteLate", ctx.lang, { day: p.day });
  } else if (p.status === "scheduled" && p.publishOn) {
    view.note = phrase("noteScheduled", ctx.lang, { day: p.publishOn });
  }
  return view;
}

interface Ctx {
  lang: Lang;
  today: string;
  site: Site;
  plan: Plan;
  contentDirName: string;
}

/** An indicator value: percentages with one decimal and a decimal comma in both languages ("53,0 %"). */
function formatValue(value: number | null, unit: string): string {
  if (value === null) return "—";
  return unit === "%" ? formatPercent(value) : formatNumber(value);
}

export function buildPlanPage(
  progress: Progress,
  deadlines: readonly Deadline[],
  plan: Plan,
  site: Site,
  lang: Lang,
  contentDirName = "content",
): PlanPageView {
  const ctx: Ctx = { lang, today: progress.today, site, plan, contentDirName };
  const measures = new Map(progress.measures.map((m) => [m.id, m]));
  const goals = plan.goals.map((goal) => ({
    id: goal.id,
    title: goal.title[lang],
    summaryText: summaryText(progress.goals.find((g) => g.id === goal.id)!.summary, lang),
    measures: plan.measures
      .filter((m) => m.goal === goal.id)
      .map((measure): MeasureView => {
        const m = measures.get(measure.id)!;
        const years = new Map<string, CellView[]>();
        for (const p of m.periods) {
          const year = p.period.slice(0, 4);
          years.set(year, [...(years.get(year) ?? []), cell(m, p, ctx)]);
        }
        const unit = m.indicator.unit;
        return {
          id: measure.id,
          title: measure.title[lang],
          rhythmText: rhythmNames[measure.rhythm][lang],
          responsible: measure.responsible[lang],
          budget: measure.budget[lang],
          expected: measure.expected_result[lang],
          indicatorText: measure.indicator.text[lang],
          summary: m.summary,
          summaryText: summaryText(m.summary, lang),
          years: [...years].map(([year, cells]) => ({ year, cells })),
          indicator: {
            unit: unitNames[unit]?.[lang] ?? unit,
            rows: Object.entries(m.indicator.years).map(([year, actual]) => ({
              year,
              target: m.indicator.target === null ? t("targetNotSet", lang) : formatValue(m.indicator.target, unit),
              actual: formatValue(actual, unit),
              met: m.indicator.target === null || actual === null ? null : actual >= m.indicator.target,
            })),
          },
        };
      }),
  }));

  const titles = new Map(plan.measures.map((m) => [m.id, shortMeasureName(m, lang)]));
  // Residents read what comes next; the full record of old gaps is in each measure's timeline.
  const { listed, older } = splitOlderGaps(deadlines, progress.today);
  const soon = listed.filter((d) => d.status !== "missing").sort((a, b) => a.due.localeCompare(b.due));
  const recentGaps = listed.filter((d) => d.status === "missing").sort((a, b) => b.due.localeCompare(a.due));
  const deadlineViews = [...soon, ...recentGaps].map((d) => {
    const m = measures.get(d.measure)!;
    const p = m.periods.find((x) => x.period === d.period)!;
    const text = phrase("deadlineItem", lang, { id: d.measure, what: titles.get(d.measure)!, period: periodLabel(d.period, m.rhythm, lang), due: d.due });
    return {
      text,
      measureId: d.measure,
      status: d.status,
      statusText: statusText(d.status, lang),
      ...(d.status === "scheduled"
        ? {}
        : addLinks(site, plan, m, p, progress.today, lang, contentDirName)),
    };
  });

  const { summary } = progress;
  const years = `${Math.min(...plan.years)}–${Math.max(...plan.years)}`;
  return {
    lang,
    languages: pageLanguages(lang, `/${lang}/plan/`, `/${otherLang(lang)}/plan/`),
    legend: PERIOD_STATUSES.map((status) => ({ status, icon: STATUS_ICON[status], text: statusText(status, lang) })),
    title: phrase("planTitle", lang, { years }),
    summary,
    summaryText: summaryText(summary, lang),
    doneShare: settledPeriods(summary) === 0 ? 100 : Math.round((summary.done / settledPeriods(summary)) * 100),
    goals,
    deadlines: deadlineViews,
    olderGaps: older.length,
  };
}
