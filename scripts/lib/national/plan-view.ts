/**
 * The national plan page (`/ky/plan/`, `/ru/plan/` of a national site) as data: every text and
 * cell prepared here, so `national-plan.njk` only displays. Status is an icon and words, never
 * colour alone; the month-by-month line is drawn as SVG for the eye and given as a table to
 * everyone else.
 */
import { formatDay, formatMonth } from "../shared/dates.ts";
import { nationalText, phrase } from "../shared/dictionary.ts";
import { otherLang, type Lang } from "../shared/lang.ts";
import { pageLanguages, type PageLanguages } from "../shared/urls.ts";
import { periodLabel, shortMeasureName, STATUS_ICON, statusText } from "../progress/plan-view.ts";
import { PERIOD_STATUSES, type PeriodStatus } from "../progress/progress.ts";
import type { Plan } from "../validate/plan.ts";
import { latestOf, type LatestCounts, type NationalMember, type NationalModel } from "./national-model.ts";

/** A cell of the members table: a status of a period, or no data. */
export type CellStatus = PeriodStatus | "none";

const NO_DATA_ICON = "–";

export interface NationalPlanPage {
  lang: Lang;
  languages: PageLanguages;
  /** The page's own words (nationalText) in its language. */
  text: Record<keyof typeof nationalText, string>;
  title: string;
  lead: string;
  source: string;
  /** "По состоянию на 25 ноября 2026 г." */
  asOf: string;
  legend: { status: CellStatus; icon: string; text: string }[];
  /** Column heads of the place and member tables: the measure's number, its name for assistive technology and tooltips. */
  measureHeads: { id: string; title: string }[];
  measures: { id: string; title: string; latest: string; done: number; late: number; missing: number; pending: number; noData: number; soFar: string }[];
  onTime: OnTimeView | null;
  places: { name: string; level: "oblast" | "district"; members: number; cells: string[] }[];
  memberGroups: { oblast: string; anchor: string; rows: MemberRowView[] }[];
}

export interface MemberRowView {
  name: string;
  /** The member's own plan page in this language; null when its address is unknown. */
  planUrl: string | null;
  district: string | null;
  state: NationalMember["status"];
  /** Stale or unavailable: what the reader should know, with the date of the last good data. */
  note: string | null;
  cells: { status: CellStatus; icon: string; text: string }[];
}

export interface OnTimeView {
  title: string;
  intro: string;
  /** The line, in a 100 × 40 box: `points` of the SVG polyline; month ticks along the bottom. */
  chart: { points: string; dots: { x: number; y: number }[]; ticks: { x: number; label: string }[]; latest: string };
  rows: { label: string; onTime: number; withData: number; share: string }[];
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

const percent = (part: number, whole: number): string => (whole === 0 ? "—" : `${Math.round((part / whole) * 100)}%`);


/**
 * The anchor of an oblast's rows in the members table, by its place in the (sorted) list:
 * plain ASCII, safe in a URL fragment.
 * @example oblastAnchor(0) // "oblast-1"
 */
function oblastAnchor(index: number): string {
  return `oblast-${index + 1}`;
}

function onTimeView(model: NationalModel, plan: Plan, lang: Lang): OnTimeView | null {
  const onTime = model.onTime;
  if (!onTime || onTime.points.length === 0) return null;
  const points = onTime.points;
  const step = points.length > 1 ? 100 / (points.length - 1) : 0;
  const dots = points.flatMap((p, i) => (p.share === null ? [] : [{ x: round(i * step), y: round(40 - p.share * 40) }]));
  const measure = plan.measures.find((m) => m.id === onTime.measureId)!;
  const last = points.at(-1)!;
  return {
    title: `${measure.id}. ${nationalText.onTimeTitle[lang]}`,
    intro: nationalText.onTimeIntro[lang],
    chart: {
      points: dots.map((d) => `${d.x},${d.y}`).join(" "),
      dots,
      // January of each year, and the first month shown.
      ticks: points.flatMap((p, i) => (i === 0 || p.period.endsWith("-01") ? [{ x: round(i * step), label: p.period.slice(0, 4) }] : [])),
      latest: `${formatMonth(last.period, lang)}: ${percent(last.onTime, last.withData)}`,
    },
    rows: points.map((p) => ({ label: formatMonth(p.period, lang), onTime: p.onTime, withData: p.withData, share: percent(p.onTime, p.withData) })),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;

function memberRow(member: NationalMember, model: NationalModel, lang: Lang): MemberRowView {
  const cells = model.measures.map((measure) => {
    const status: CellStatus = latestOf(member, measure);
    return status === "none"
      ? { status, icon: NO_DATA_ICON, text: nationalText.noDataCell[lang] }
      : { status, icon: STATUS_ICON[status], text: statusText(status, lang) };
  });
  let note: string | null = null;
  if (member.status === "stale") note = fill(nationalText.stale[lang], { date: formatDay(member.dataAsOf ?? model.today, lang) });
  if (member.status === "unavailable") note = nationalText.unavailable[lang];
  if (member.status !== "ok" && member.failingSince) note = `${note} ${fill(nationalText.failingSince[lang], { date: formatDay(member.failingSince.slice(0, 10), lang) })}`;
  return {
    name: member.name[lang],
    planUrl: member.url ? `${member.url}${lang}/plan/` : null,
    district: member.district?.[lang] ?? null,
    state: member.status,
    note,
    cells,
  };
}

/**
 * The national plan page in one language.
 * @example nationalPlanPage(model, plan, "ru").measures[4]?.latest // "октябрь 2026"
 */
export function nationalPlanPage(model: NationalModel, plan: Plan, lang: Lang): NationalPlanPage {
  const planMeasures = new Map(plan.measures.map((m) => [m.id, m]));
  const title = (id: string) => {
    const measure = planMeasures.get(id);
    return measure ? shortMeasureName(measure, lang) : id;
  };
  const count = (state: NationalMember["status"]) => model.members.filter((m) => m.status === state).length;
  const measureIds = model.measures.map((m) => m.id);
  const cellsOf = (latest: Record<string, LatestCounts>, members: number) => measureIds.map((id) => `${latest[id]?.done ?? 0}/${members}`);
  return {
    lang,
    languages: pageLanguages(lang, `/${lang}/plan/`, `/${otherLang(lang)}/plan/`),
    text: Object.fromEntries(Object.entries(nationalText).map(([key, pair]) => [key, pair[lang]])) as NationalPlanPage["text"],
    title: nationalText.planTitle[lang],
    lead: fill(nationalText.membersLead[lang], { n: model.members.length, ok: count("ok"), stale: count("stale"), unavailable: count("unavailable") }),
    source: nationalText.fromMembers[lang],
    asOf: phrase("planAsOf", lang, { day: model.today }),
    legend: [
      ...PERIOD_STATUSES.map((status) => ({ status, icon: STATUS_ICON[status], text: statusText(status, lang) })),
      { status: "none" as const, icon: NO_DATA_ICON, text: nationalText.noDataCell[lang] },
    ],
    measureHeads: model.measures.map((m) => ({ id: m.id, title: title(m.id) })),
    measures: model.measures.map((m) => ({
      id: m.id,
      title: title(m.id),
      latest: m.latest ? periodLabel(m.latest.id, m.rhythm, lang) : nationalText.notYetDue[lang],
      done: m.latestCounts.done,
      late: m.latestCounts.late,
      missing: m.latestCounts.missing,
      pending: m.latestCounts.scheduled + m.latestCounts.upcoming,
      noData: m.latestCounts.none,
      soFar: percent(m.soFar.done, m.soFar.done + m.soFar.late + m.soFar.missing),
    })),
    onTime: onTimeView(model, plan, lang),
    places: model.oblasts.flatMap((oblast) => [
      { name: oblast.name[lang], level: "oblast" as const, members: oblast.members, cells: cellsOf(oblast.latest, oblast.members) },
      ...oblast.districts.map((d) => ({
        name: d.name ? d.name[lang] : nationalText.noDistrict[lang],
        level: "district" as const,
        members: d.members,
        cells: cellsOf(d.latest, d.members),
      })),
    ]),
    memberGroups: model.oblasts.map((oblast, i) => ({
      oblast: oblast.name[lang],
      anchor: oblastAnchor(i),
      rows: model.members.filter((m) => m.oblast.ky === oblast.name.ky).map((m) => memberRow(m, model, lang)),
    })),
  };
}

/** The national home page's block: how many members, last month's reports on time. */
export interface NationalHome {
  lead: string;
  onTime: string | null;
  planLink: string;
  searchLink: string;
}

/** @example nationalHome(model, "ru").onTime // "Отчёт за октябрь 2026 опубликовали вовремя: 3 из 5." */
export function nationalHome(model: NationalModel, lang: Lang): NationalHome {
  const last = model.onTime?.points.at(-1);
  return {
    lead: fill(nationalText.homeLead[lang], { n: model.members.length }),
    onTime: last ? fill(nationalText.homeOnTime[lang], { month: formatMonth(last.period, lang), on: last.onTime, of: last.withData }) : null,
    planLink: nationalText.homePlanLink[lang],
    searchLink: nationalText.homeSearchLink[lang],
  };
}
