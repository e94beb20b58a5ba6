import { describe, expect, it } from "vitest";
import type { Measure, Plan } from "../../../scripts/lib/validate/plan.ts";
import {
  computeProgress,
  csvField,
  progressCsv,
  progressJson,
  type PeriodProgress,
  type ProgressEntry,
} from "../../../scripts/lib/progress/progress.ts";

const POPULATION = 8450;
const text = { ky: "т", ru: "т" };

function measure(
  id: string,
  rhythm: Measure["rhythm"],
  counts: Measure["counts"],
  indicator: Partial<Measure["indicator"]> & Pick<Measure["indicator"], "unit" | "aggregate">,
): Measure {
  return {
    id,
    goal: id.split(".")[0] ?? "",
    title: text,
    rhythm,
    counts,
    responsible: text,
    budget: text,
    expected_result: text,
    indicator: { text, target: null, ...indicator },
  };
}

const PLAN: Plan = {
  years: [2025, 2026, 2027, 2028],
  goals: [
    { id: "1", title: text },
    { id: "2", title: text },
    { id: "3", title: text },
  ],
  measures: [
    measure("1.1", "monthly", { type: "posts" }, { unit: "%", aggregate: "max", field: "reach", per_population: true, target: 60 }),
    measure("1.2", "two-windows", { type: "presentations" }, { unit: "%", aggregate: "max", field: "attendance", per_population: true }),
    measure("1.3", "quarterly", { type: "mailings" }, { unit: "%", aggregate: "max", field: "recipients", per_population: true }),
    measure("1.5", "monthly-25", { type: "reports" }, { unit: "%", aggregate: "max", field: "reach", per_population: true, target: 60 }),
    measure("2.1", "half-yearly", { type: "meetings" }, { unit: "people", aggregate: "sum", field: "attendance" }),
    measure("2.2", "yearly", { type: "initiatives" }, { unit: "count", aggregate: "count", where: { status: ["supported", "implemented"] }, target: 3 }),
    measure("3.1", "quarterly", { type: "surveys", kind: "questionnaire" }, { unit: "count", aggregate: "count" }),
    measure("3.2", "half-yearly", { type: "surveys", kind: "collection" }, { unit: "count", aggregate: "sum", field: "responses" }),
    measure("3.3", "yearly", { type: "surveys", kind: "report" }, { unit: "count", aggregate: "count", where: { presented_to: "council" } }),
  ],
};

interface EntryInput {
  type: string;
  slug: string;
  date: string;
  lang?: "ky" | "ru";
  state?: ProgressEntry["state"];
  publish?: string;
  firstCommit?: string | null;
  data?: Record<string, unknown>;
}

function entry({ type, slug, date, lang = "ru", state = "live", publish = date, firstCommit, data = {} }: EntryInput): ProgressEntry {
  return { type, slug, lang, url: `/${lang}/${type}/${slug}/`, state, date, publish, firstCommit, data };
}

/** A monthly report (1.5) for `period`. */
function report(period: string, date: string, more: Partial<EntryInput> = {}): ProgressEntry {
  return entry({ type: "reports", slug: period, date, ...more, data: { period, ...more.data } });
}

function periodOf(measureId: string, period: string, entries: readonly ProgressEntry[], today: string): PeriodProgress | undefined {
  const progress = computeProgress(PLAN, entries, { today, population: POPULATION });
  return progress.measures.find((m) => m.id === measureId)?.periods.find((p) => p.period === period);
}

interface StatusCase {
  name: string;
  measure: string;
  period: string;
  today: string;
  entries: readonly ProgressEntry[];
  expected: Partial<PeriodProgress>;
}

const statusCases: readonly StatusCase[] = [
  // 1.5, monthly on the 25th
  { name: "the October report with nothing published is upcoming on its due day", measure: "1.5", period: "2026-10", today: "2026-11-25", entries: [], expected: { status: "upcoming", due: "2026-11-25", entries: [] } },
  { name: "the October report with nothing published is missing the day after", measure: "1.5", period: "2026-10", today: "2026-11-26", entries: [], expected: { status: "missing" } },
  { name: "a report published on its due day is done", measure: "1.5", period: "2026-10", today: "2026-11-25", entries: [report("2026-10", "2026-11-25")], expected: { status: "done", day: "2026-11-25", entries: ["/ru/reports/2026-10/"] } },
  { name: "a report published after its due day is late", measure: "1.5", period: "2026-10", today: "2026-12-01", entries: [report("2026-10", "2026-11-27")], expected: { status: "late", day: "2026-11-27", lateReason: { kind: "publish", day: "2026-11-27" } } },
  { name: "a report dated early but with publish after the due day is late", measure: "1.5", period: "2026-10", today: "2026-12-01", entries: [report("2026-10", "2026-11-20", { publish: "2026-11-26" })], expected: { status: "late", lateReason: { kind: "publish", day: "2026-11-26" } } },
  { name: "a report with a future publish is scheduled", measure: "1.5", period: "2026-10", today: "2026-11-20", entries: [report("2026-10", "2026-11-20", { publish: "2026-11-24", state: "scheduled" })], expected: { status: "scheduled", publishOn: "2026-11-24", entries: [] } },
  { name: "a scheduled report stays scheduled after the due day", measure: "1.5", period: "2026-10", today: "2026-11-27", entries: [report("2026-10", "2026-11-20", { publish: "2026-11-30", state: "scheduled" })], expected: { status: "scheduled", publishOn: "2026-11-30" } },
  { name: "a draft never counts (missing after due)", measure: "1.5", period: "2026-10", today: "2026-11-26", entries: [report("2026-10", "2026-11-20", { state: "draft" })], expected: { status: "missing", entries: [] } },
  { name: "a draft never counts (upcoming before due)", measure: "1.5", period: "2026-10", today: "2026-11-20", entries: [report("2026-10", "2026-11-10", { state: "draft" })], expected: { status: "upcoming" } },
  { name: "a ky+ru pair is one entry with both URLs", measure: "1.5", period: "2026-10", today: "2026-11-25", entries: [report("2026-10", "2026-11-20", { lang: "ru" }), report("2026-10", "2026-11-20", { lang: "ky" })], expected: { status: "done", entries: ["/ky/reports/2026-10/", "/ru/reports/2026-10/"] } },
  { name: "a pair counts from its earliest live language", measure: "1.5", period: "2026-10", today: "2026-12-01", entries: [report("2026-10", "2026-11-28", { lang: "ru" }), report("2026-10", "2026-11-21", { lang: "ky" })], expected: { status: "done", day: "2026-11-21" } },
  { name: "a pair is live when one language is live; the scheduled one is not linked", measure: "1.5", period: "2026-10", today: "2026-11-25", entries: [report("2026-10", "2026-11-20", { lang: "ru" }), report("2026-10", "2026-11-20", { lang: "ky", publish: "2026-11-28", state: "scheduled" })], expected: { status: "done", entries: ["/ru/reports/2026-10/"] } },
  { name: "firstCommit after the due day makes a report late though date and publish are early", measure: "1.5", period: "2026-10", today: "2026-12-01", entries: [report("2026-10", "2026-11-20", { firstCommit: "2026-11-27" })], expected: { status: "late", day: "2026-11-27", lateReason: { kind: "first-commit", day: "2026-11-27", publish: "2026-11-20" } } },
  { name: "firstCommit before publish leaves the publish day", measure: "1.5", period: "2026-10", today: "2026-12-01", entries: [report("2026-10", "2026-11-24", { firstCommit: "2026-11-10" })], expected: { status: "done", day: "2026-11-24" } },
  { name: "without git history (firstCommit null) publish decides", measure: "1.5", period: "2026-10", today: "2026-12-01", entries: [report("2026-10", "2026-11-24", { firstCommit: null })], expected: { status: "done", day: "2026-11-24" } },
  { name: "one report on time is enough when another is late", measure: "1.5", period: "2026-10", today: "2026-12-05", entries: [report("2026-10", "2026-12-01"), entry({ type: "reports", slug: "2026-10-extra", date: "2026-11-25", data: { period: "2026-10" } })], expected: { status: "done", day: "2026-11-25", entries: ["/ru/reports/2026-10-extra/", "/ru/reports/2026-10/"] } },
  { name: "a report counts by its period, not its date", measure: "1.5", period: "2026-09", today: "2026-11-26", entries: [report("2026-10", "2026-10-20")], expected: { status: "missing" } },
  { name: "the December report is due 25 January", measure: "1.5", period: "2025-12", today: "2026-01-25", entries: [report("2025-12", "2026-01-25")], expected: { status: "done", due: "2026-01-25" } },
  { name: "a report without period counts for the month of its date", measure: "1.5", period: "2026-10", today: "2026-11-25", entries: [entry({ type: "reports", slug: "x", date: "2026-10-30" })], expected: { status: "done" } },
  // 1.1, monthly
  { name: "a post on the leap day counts for February 2028", measure: "1.1", period: "2028-02", today: "2028-03-01", entries: [entry({ type: "posts", slug: "leap", date: "2028-02-29" })], expected: { status: "done", due: "2028-02-29", end: "2028-02-29" } },
  { name: "February 2028 with no post is upcoming on the leap day", measure: "1.1", period: "2028-02", today: "2028-02-29", entries: [], expected: { status: "upcoming" } },
  { name: "February 2028 with no post is missing on 1 March", measure: "1.1", period: "2028-02", today: "2028-03-01", entries: [], expected: { status: "missing" } },
  { name: "a post of another month does not count", measure: "1.1", period: "2026-10", today: "2026-11-01", entries: [entry({ type: "posts", slug: "nov", date: "2026-11-01" })], expected: { status: "missing" } },
  // 1.2, two windows
  { name: "a presentation in February counts for the Jan–Feb window", measure: "1.2", period: "2026-H1", today: "2026-03-10", entries: [entry({ type: "presentations", slug: "feb", date: "2026-02-10" })], expected: { status: "done", start: "2026-01-01", due: "2026-02-28" } },
  { name: "a March presentation counts for no window (H1 missing)", measure: "1.2", period: "2026-H1", today: "2026-03-11", entries: [entry({ type: "presentations", slug: "mar", date: "2026-03-10" })], expected: { status: "missing", entries: [] } },
  { name: "a March presentation counts for no window (H2 upcoming)", measure: "1.2", period: "2026-H2", today: "2026-03-11", entries: [entry({ type: "presentations", slug: "mar", date: "2026-03-10" })], expected: { status: "upcoming", entries: [] } },
  { name: "a presentation in August counts for the Jul–Aug window", measure: "1.2", period: "2026-H2", today: "2026-09-01", entries: [entry({ type: "presentations", slug: "aug", date: "2026-08-31" })], expected: { status: "done", due: "2026-08-31" } },
  { name: "a presentation on the leap day counts for 2028-H1", measure: "1.2", period: "2028-H1", today: "2028-03-01", entries: [entry({ type: "presentations", slug: "leap", date: "2028-02-29" })], expected: { status: "done", due: "2028-02-29" } },
  // 1.3, quarterly
  { name: "a mailing on 31 December counts for Q4", measure: "1.3", period: "2026-Q4", today: "2027-01-01", entries: [entry({ type: "mailings", slug: "dec", date: "2026-12-31" })], expected: { status: "done", due: "2026-12-31" } },
  { name: "a quarter with no mailing is missing after its last day", measure: "1.3", period: "2026-Q3", today: "2026-10-01", entries: [], expected: { status: "missing" } },
  // 2.1, half-yearly
  { name: "a meeting on 30 June counts for H1", measure: "2.1", period: "2026-H1", today: "2026-07-01", entries: [entry({ type: "meetings", slug: "jun", date: "2026-06-30", data: { attendance: 10 } })], expected: { status: "done", due: "2026-06-30" } },
  { name: "the second half is upcoming on 31 December", measure: "2.1", period: "2026-H2", today: "2026-12-31", entries: [], expected: { status: "upcoming", start: "2026-07-01" } },
  // 2.2, yearly
  { name: "an initiative counts for its year", measure: "2.2", period: "2026", today: "2027-01-01", entries: [entry({ type: "initiatives", slug: "park", date: "2026-05-01", data: { status: "proposed" } })], expected: { status: "done" } },
  { name: "a year with no initiative is upcoming on 31 December", measure: "2.2", period: "2026", today: "2026-12-31", entries: [], expected: { status: "upcoming", due: "2026-12-31" } },
  { name: "a year with no initiative is missing on 1 January", measure: "2.2", period: "2026", today: "2027-01-01", entries: [], expected: { status: "missing" } },
  // 3.1 vs 3.3, surveys told apart by kind
  { name: "a questionnaire counts for 3.1", measure: "3.1", period: "2026-Q2", today: "2026-07-01", entries: [entry({ type: "surveys", slug: "q", date: "2026-05-01", data: { kind: "questionnaire" } })], expected: { status: "done" } },
  { name: "a survey report does not count for 3.1", measure: "3.1", period: "2026-Q2", today: "2026-07-01", entries: [entry({ type: "surveys", slug: "r", date: "2026-05-01", data: { kind: "report" } })], expected: { status: "missing" } },
  { name: "a survey report counts for 3.3", measure: "3.3", period: "2026", today: "2026-07-01", entries: [entry({ type: "surveys", slug: "r", date: "2026-05-01", data: { kind: "report" } })], expected: { status: "done" } },
];

describe("period status", () => {
  it.each(statusCases)("$name", ({ measure: id, period, today, entries, expected }) => {
    expect(periodOf(id, period, entries, today)).toMatchObject(expected);
  });

  it("a done period has no lateReason, a late one has one", () => {
    expect(periodOf("1.5", "2026-10", [report("2026-10", "2026-11-20")], "2026-12-01")).not.toHaveProperty("lateReason");
    expect(periodOf("1.5", "2026-10", [report("2026-10", "2026-11-26")], "2026-12-01")).toHaveProperty("lateReason");
  });

  it("lists every period of the plan years for every measure", () => {
    const progress = computeProgress(PLAN, [], { today: "2026-11-25", population: POPULATION });
    expect(progress.measures.map((m) => [m.id, m.periods.length])).toEqual([
      ["1.1", 48], ["1.2", 8], ["1.3", 16], ["1.5", 48], ["2.1", 8], ["2.2", 4], ["3.1", 16], ["3.2", 8], ["3.3", 4],
    ]);
  });
});

describe("indicator", () => {
  function years(measureId: string, entries: readonly ProgressEntry[], population = POPULATION) {
    const progress = computeProgress(PLAN, entries, { today: "2028-12-31", population });
    return progress.measures.find((m) => m.id === measureId)?.indicator;
  }
  const post = (slug: string, date: string, reach: number, more: Partial<EntryInput> = {}) =>
    entry({ type: "posts", slug, date, ...more, data: { reach } });

  const cases = [
    {
      name: "max reach of live posts ÷ population, one decimal; a year with no data is null",
      measure: "1.1",
      entries: [post("a", "2025-03-01", 3481), post("b", "2026-01-10", 3490), post("c", "2026-06-10", 4047), post("d", "2026-07-01", 8000, { state: "scheduled", publish: "2029-01-01" }), post("e", "2026-07-02", 8400, { state: "draft" })],
      expected: { unit: "%", target: 60, years: { "2025": 41.2, "2026": 47.9, "2027": null, "2028": null } },
    },
    {
      name: "a report for December 2025 counts in 2025",
      measure: "1.5",
      entries: [report("2025-12", "2026-01-20", { data: { reach: 845 } }), report("2026-01", "2026-02-20", { data: { reach: 169 } })],
      expected: { unit: "%", target: 60, years: { "2025": 10, "2026": 2, "2027": null, "2028": null } },
    },
    {
      name: "a blank target stays null; a March presentation counts for no year",
      measure: "1.2",
      entries: [entry({ type: "presentations", slug: "mar", date: "2027-03-10", data: { attendance: 500 } }), entry({ type: "presentations", slug: "jul", date: "2027-07-10", data: { attendance: 1000 } })],
      expected: { unit: "%", target: null, years: { "2025": null, "2026": null, "2027": 11.8, "2028": null } },
    },
    {
      name: "sum of attendance; a ky+ru pair counts once; a year with none is 0",
      measure: "2.1",
      entries: [
        entry({ type: "meetings", slug: "m1", date: "2026-03-01", lang: "ky", data: { attendance: 120 } }),
        entry({ type: "meetings", slug: "m1", date: "2026-03-01", lang: "ru", data: { attendance: 120 } }),
        entry({ type: "meetings", slug: "m2", date: "2026-09-01", data: { attendance: 80 } }),
      ],
      expected: { unit: "people", target: null, years: { "2025": 0, "2026": 200, "2027": 0, "2028": 0 } },
    },
    {
      name: "count where status is supported or implemented",
      measure: "2.2",
      entries: [
        entry({ type: "initiatives", slug: "a", date: "2026-02-01", data: { status: "proposed" } }),
        entry({ type: "initiatives", slug: "b", date: "2026-03-01", data: { status: "supported" } }),
        entry({ type: "initiatives", slug: "c", date: "2026-04-01", data: { status: "implemented" } }),
        entry({ type: "initiatives", slug: "c", date: "2026-04-01", lang: "ky", data: { status: "implemented" } }),
      ],
      expected: { unit: "count", target: 3, years: { "2025": 0, "2026": 2, "2027": 0, "2028": 0 } },
    },
    {
      name: "count of survey reports presented to the council (a list includes it)",
      measure: "3.3",
      entries: [
        entry({ type: "surveys", slug: "a", date: "2026-12-01", data: { kind: "report", presented_to: ["staff", "council"] } }),
        entry({ type: "surveys", slug: "b", date: "2026-12-02", data: { kind: "report", presented_to: ["staff"] } }),
        entry({ type: "surveys", slug: "c", date: "2026-12-03", data: { kind: "questionnaire", presented_to: ["council"] } }),
      ],
      expected: { unit: "count", target: null, years: { "2025": 0, "2026": 1, "2027": 0, "2028": 0 } },
    },
    {
      name: "sum of responses of collections only",
      measure: "3.2",
      entries: [
        entry({ type: "surveys", slug: "a", date: "2027-02-01", data: { kind: "collection", responses: 150 } }),
        entry({ type: "surveys", slug: "b", date: "2027-08-01", data: { kind: "collection", responses: 95 } }),
        entry({ type: "surveys", slug: "c", date: "2027-08-01", data: { kind: "questionnaire", responses: 1000 } }),
      ],
      expected: { unit: "count", target: null, years: { "2025": 0, "2026": 0, "2027": 245, "2028": 0 } },
    },
  ] as const;

  it.each(cases)("$name", ({ measure: id, entries, expected }) => {
    expect(years(id, entries)).toMatchObject(expected);
  });

  const rounding = [
    { reach: 1, population: 3, percent: 33.3 },
    { reach: 2, population: 3, percent: 66.7 },
    { reach: 1, population: 8, percent: 12.5 },
    { reach: 1, population: 16, percent: 6.3 },
    { reach: 8450, population: 8450, percent: 100 },
  ] as const;
  it.each(rounding)("reach $reach of $population people is $percent%", ({ reach, population, percent }) => {
    expect(years("1.1", [post("a", "2026-01-01", reach)], population)?.years["2026"]).toBe(percent);
  });
});

describe("summaries", () => {
  const progress = computeProgress(PLAN, [report("2026-10", "2026-11-20"), report("2026-09", "2026-11-01"), report("2026-11", "2026-11-20", { state: "scheduled", publish: "2026-12-01" })], {
    today: "2026-11-25",
    population: POPULATION,
  });
  const m15 = progress.measures.find((m) => m.id === "1.5");

  it("counts every status of a measure, and the periods already due", () => {
    // Due by 2026-11-25: 2025-01 … 2026-10 = 22 periods.
    expect(m15?.summary).toEqual({ periods: 48, due: 22, done: 1, late: 1, scheduled: 1, missing: 20, upcoming: 25 });
  });

  it("adds up measures into goals and the whole plan", () => {
    const goal1 = progress.goals.find((g) => g.id === "1")?.summary;
    const sum = (ids: string[], key: "periods" | "missing") =>
      progress.measures.filter((m) => ids.includes(m.id)).reduce((a, m) => a + m.summary[key], 0);
    expect(goal1?.periods).toBe(sum(["1.1", "1.2", "1.3", "1.5"], "periods"));
    expect(goal1?.missing).toBe(sum(["1.1", "1.2", "1.3", "1.5"], "missing"));
    expect(progress.summary.periods).toBe(160);
    expect(progress.goals.map((g) => g.summary.periods).reduce((a, b) => a + b, 0)).toBe(160);
    expect(progress.summary.done).toBe(1);
  });
});

describe("open data", () => {
  const progress = computeProgress(PLAN, [report("2026-10", "2026-11-20", { data: { reach: 4047 } })], { today: "2026-11-25", population: POPULATION });

  it("progressJson has the shape of CONTENT-MODEL.md", () => {
    const json = progressJson(progress);
    expect(json.today).toBe("2026-11-25");
    const m = json.measures.find((x) => x.id === "1.5");
    expect(m).toMatchObject({ id: "1.5", rhythm: "monthly-25", indicator: { unit: "%", target: 60, years: { "2026": 47.9 } } });
    expect(m?.periods.find((p) => p.period === "2026-10")).toMatchObject({ period: "2026-10", due: "2026-11-25", status: "done", entries: ["/ru/reports/2026-10/"] });
    // It survives a JSON round trip unchanged (no undefined, no functions).
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("progressCsv has a header, a row per measure-period and CRLF line ends", () => {
    const csv = progressCsv(progress);
    const rows = csv.split("\r\n");
    expect(rows[0]).toBe("measure,period,start,end,due,status,entries");
    expect(rows).toHaveLength(1 + 160 + 1); // trailing CRLF leaves an empty last item
    expect(rows.at(-1)).toBe("");
    expect(rows).toContain("1.5,2026-10,2026-10-01,2026-10-31,2026-11-25,done,/ru/reports/2026-10/");
  });

  it("progressCsv quotes fields with commas and quotes (RFC 4180) and joins URLs by a space", () => {
    const odd = computeProgress(
      PLAN,
      [report("2026-10", "2026-11-20", { lang: "ky" }), { ...report("2026-10", "2026-11-20"), url: '/ru/reports/a,"b"/' }],
      { today: "2026-11-25", population: POPULATION },
    );
    expect(progressCsv(odd)).toContain('1.5,2026-10,2026-10-01,2026-10-31,2026-11-25,done,"/ky/reports/2026-10/ /ru/reports/a,""b""/"\r\n');
  });
});

describe("csvField: open data that a spreadsheet opens without running anything", () => {
  const cases = [
    { value: "1.5", out: "1.5" },
    { value: "=HYPERLINK(\"http://evil.example\",\"x\")", out: "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"" },
    { value: "=1+1", out: "'=1+1" },
    { value: "+1", out: "'+1" },
    { value: "-2+3", out: "'-2+3" },
    { value: "@SUM(A1)", out: "'@SUM(A1)" },
    { value: "\t=1", out: "'\t=1" },
    { value: "\r=1", out: "\"'\r=1\"" },
    { value: "a,b", out: "\"a,b\"" },
    { value: "2026-10", out: "2026-10" },
  ] as const;
  it.each(cases)("%j", ({ value, out }) => expect(csvField(value)).toBe(out));

  it("a measure id starting with = is written inert in progress.csv", () => {
    const plan = { ...PLAN, measures: PLAN.measures.map((m) => (m.id === "1.5" ? { ...m, id: "=1+1" } : m)) };
    const csv = progressCsv(computeProgress(plan, [], { today: "2026-11-25", population: POPULATION }));
    expect(csv).toContain("\r\n'=1+1,2026-10,");
    expect(csv).not.toMatch(/\r\n[=+@-]/);
  });
});

describe("bad input", () => {
  const cases = [
    { today: "2026-11-31", population: POPULATION },
    { today: "25.11.2026", population: POPULATION },
    { today: "2026-11-25", population: 0 },
    { today: "2026-11-25", population: Number.NaN },
  ] as const;
  it.each(cases)("throws a RangeError for today $today and population $population", (options) => {
    expect(() => computeProgress(PLAN, [], options)).toThrow(RangeError);
  });
});
