import { describe, expect, it } from "vitest";
import {
  DEADLINE_LABEL,
  deadlineMarker,
  dueLabel,
  issueBody,
  issueTitle,
  parseDeadlineMarker,
  planIssueSync,
  SUMMARY_MARKER,
  summaryBody,
  summaryTitle,
  type IssueDeadline,
  type OpenIssue,
} from "../../../scripts/lib/publish/github-issues.ts";

const REPORT_TITLE = { ru: "Ежемесячный информационный материал", ky: "Ай сайын маалыматтык материал" };

function deadline(over: Partial<IssueDeadline> = {}): IssueDeadline {
  return {
    measureId: "1.5",
    period: "2026-10",
    rhythm: "monthly-25",
    due: "2026-11-25",
    status: "upcoming",
    daysLeft: 7,
    measureTitle: REPORT_TITLE,
    what: { ru: "Отчёт", ky: "Отчет" },
    addUrl: { ru: "https://github.com/o/r/new/main/content/ru/reports?filename=2026-10.md", ky: "https://github.com/o/r/new/main/content/ky/reports?filename=2026-10.md" },
    ...over,
  };
}

/** An issue exactly as the planner would have opened it for this deadline. */
function issueFor(number: number, d: IssueDeadline): OpenIssue {
  return { number, title: issueTitle(d), body: issueBody(d), labels: [DEADLINE_LABEL] };
}

describe("dueLabel", () => {
  const cases = [
    { due: "2026-11-25", period: "2026-10", ru: "25 ноября", ky: "25-ноябрь" },
    { due: "2026-12-31", period: "2026-Q4", ru: "31 декабря", ky: "31-декабрь" },
    { due: "2028-02-29", period: "2028-H1", ru: "29 февраля", ky: "29-февраль" },
    // December's report is due in January of the next year: the year is said.
    { due: "2027-01-25", period: "2026-12", ru: "25 января 2027", ky: "2027-жылдын 25-январы" },
  ] as const;
  it.each(cases)("$due for $period", ({ due, period, ru, ky }) => {
    expect(dueLabel(due, period)).toEqual({ ru, ky });
  });
});

describe("issueTitle", () => {
  // One case per rhythm: the period is named as on the progress page (plan-view.ts periodLabel).
  const cases = [
    {
      name: "the October report (monthly-25)",
      d: deadline(),
      title: "2026-жылдын октябры үчүн отчет — мөөнөтү 25-ноябрь / Отчёт за октябрь 2026 — срок 25 ноября",
    },
    {
      name: "the December report, due next year",
      d: deadline({ period: "2026-12", due: "2027-01-25" }),
      title: "2026-жылдын декабры үчүн отчет — мөөнөтү 2027-жылдын 25-январы / Отчёт за декабрь 2026 — срок 25 января 2027",
    },
    {
      name: "a monthly post",
      d: deadline({ measureId: "1.1", period: "2026-06", rhythm: "monthly", due: "2026-06-30", what: { ru: "Новость", ky: "Жаңылык" } }),
      title: "2026-жылдын июну үчүн жаңылык — мөөнөтү 30-июнь / Новость за июнь 2026 — срок 30 июня",
    },
    {
      name: "two-windows: the first window is January–February",
      d: deadline({ measureId: "1.2", period: "2026-H1", rhythm: "two-windows", due: "2026-02-28", what: { ru: "Презентация", ky: "Презентация" } }),
      title: "2026-жыл, январь–февраль үчүн презентация — мөөнөтү 28-февраль / Презентация за январь–февраль 2026 — срок 28 февраля",
    },
    {
      name: "two-windows: the second window is July–August",
      d: deadline({ measureId: "1.2", period: "2028-H2", rhythm: "two-windows", due: "2028-08-31", what: { ru: "Презентация", ky: "Презентация" } }),
      title: "2028-жыл, июль–август үчүн презентация — мөөнөтү 31-август / Презентация за июль–август 2028 — срок 31 августа",
    },
    {
      name: "a WhatsApp mailing keeps its capitals mid-sentence (quarterly)",
      d: deadline({ measureId: "1.3", period: "2026-Q4", rhythm: "quarterly", due: "2026-12-31", what: { ru: "Рассылка WhatsApp", ky: "WhatsApp билдирүүсү" } }),
      title: "2026-жылдын 4-чейреги үчүн WhatsApp билдирүүсү — мөөнөтү 31-декабрь / Рассылка WhatsApp за 4-й квартал 2026 — срок 31 декабря",
    },
    {
      name: "an acronym keeps its capitals (yearly)",
      d: deadline({ measureId: "2.4", period: "2026", rhythm: "yearly", due: "2026-12-31", what: { ru: "Проект ТОС", ky: "АКӨБ долбоору" } }),
      title: "2026-жыл үчүн АКӨБ долбоору — мөөнөтү 31-декабрь / Проект ТОС за 2026 год — срок 31 декабря",
    },
    {
      name: "without a noun, the measure's number (half-yearly)",
      d: deadline({ measureId: "2.1", period: "2026-H2", rhythm: "half-yearly", due: "2026-12-31", what: undefined }),
      title: "2026-жылдын экинчи жарымы үчүн 2.1-иш-чара — мөөнөтү 31-декабрь / Мероприятие 2.1 за 2-е полугодие 2026 — срок 31 декабря",
    },
  ] as const;
  it.each(cases)("$name", ({ d, title }) => {
    expect(issueTitle(d)).toBe(title);
  });

  it("puts Kyrgyz first (state-language law), in the title and in the body", () => {
    const title = issueTitle(deadline());
    expect(title.indexOf("мөөнөтү")).toBeLessThan(title.indexOf("срок"));
    const body = issueBody(deadline());
    expect(body.indexOf("[Материал кошуу]")).toBeLessThan(body.indexOf("[Добавить материал]"));
    expect(body.indexOf("Бул тапшырма")).toBeLessThan(body.indexOf("Эта задача"));
  });
});

describe("issueBody", () => {
  it("starts with the hidden marker and links each language to its own folder", () => {
    const body = issueBody(deadline());
    expect(body.split("\n")[0]).toBe("<!-- achyk:deadline 1.5 2026-10 -->");
    expect(body).toContain("[Добавить материал](https://github.com/o/r/new/main/content/ru/reports?filename=2026-10.md)");
    expect(body).toContain("[Материал кошуу](https://github.com/o/r/new/main/content/ky/reports?filename=2026-10.md)");
    expect(body).toContain("«Ежемесячный информационный материал»");
    expect(body).toContain("«Ай сайын маалыматтык материал»");
  });

  const statuses = [
    { name: "upcoming", d: deadline(), ru: "Срок — 25 ноября 2026.", ky: "Мөөнөтү — 2026-жылдын 25-ноябры." },
    { name: "due today", d: deadline({ daysLeft: 0 }), ru: "Срок — сегодня, 25 ноября 2026.", ky: "Мөөнөтү — бүгүн" },
    { name: "missing", d: deadline({ status: "missing", daysLeft: -3 }), ru: "Срок истёк 25 ноября 2026 г.", ky: "Мөөнөтү 2026-жылдын 25-ноябрында бүттү" },
  ] as const;
  it.each(statuses)("says the status: $name", ({ d, ru, ky }) => {
    const body = issueBody(d);
    expect(body).toContain(ru);
    expect(body).toContain(ky);
  });

  it("does not change from one day to the next while nothing else changes", () => {
    expect(issueBody(deadline({ daysLeft: 6 }))).toBe(issueBody(deadline({ daysLeft: 2 })));
  });

  it("leads to the form first, the file editor second", () => {
    const body = issueBody(deadline({ formUrl: "https://github.com/o/r/issues/new?template=reports.yml&period=2026-10" }));
    expect(body).toContain("👉 [Форма менен кошуу](https://github.com/o/r/issues/new?template=reports.yml&period=2026-10)");
    expect(body).toContain("Же [GitHub редакторунда файл катары](https://github.com/o/r/new/main/content/ky/reports?filename=2026-10.md)");
    expect(body).toContain("👉 [Добавить через форму](https://github.com/o/r/issues/new?template=reports.yml&period=2026-10)");
    expect(body.indexOf("Форма менен")).toBeLessThan(body.indexOf("Добавить через форму"));
  });

  it("one link for both languages, or none", () => {
    expect(issueBody(deadline({ addUrl: "https://example.org/add" })).match(/\(https:\/\/example\.org\/add\)/g)).toHaveLength(2);
    expect(issueBody(deadline({ addUrl: undefined }))).not.toContain("](");
  });
});

describe("deadline markers", () => {
  const cases = [
    { body: "x\n<!-- achyk:deadline 1.5 2026-10 -->\ny", found: { measureId: "1.5", period: "2026-10" } },
    { body: "<!--achyk:deadline 3.1 2026-Q4-->", found: { measureId: "3.1", period: "2026-Q4" } },
    { body: "Written by a person about the October report", found: null },
  ] as const;
  it.each(cases)("$body", ({ body, found }) => {
    expect(parseDeadlineMarker(body)).toEqual(found);
  });

  it("round-trips", () => {
    expect(parseDeadlineMarker(deadlineMarker("2.2", "2027"))).toEqual({ measureId: "2.2", period: "2027" });
  });
});

describe("planIssueSync", () => {
  const october = deadline();
  const novemberPosts = deadline({ measureId: "1.1", period: "2026-11", due: "2026-11-30", what: { ru: "Публикации", ky: "Жарыялоолор" } });
  const septemberMissing = deadline({ period: "2026-09", due: "2026-10-25", status: "missing", daysLeft: -31 });
  const human: OpenIssue = { number: 3, title: "Сайт не открывается", body: "Помогите", labels: [DEADLINE_LABEL] };

  const cases = [
    {
      name: "opens one issue per upcoming or missing period, labelled",
      deadlines: [october, septemberMissing],
      issues: [],
      open: [issueTitle(october), issueTitle(septemberMissing)],
      update: [],
      close: [],
    },
    {
      name: "leaves an issue that is already right alone",
      deadlines: [october],
      issues: [issueFor(10, october)],
      open: [],
      update: [],
      close: [],
    },
    {
      name: "ignores line endings and trailing space when comparing",
      deadlines: [october],
      issues: [{ ...issueFor(10, october), body: `${issueBody(october).replace(/\n/g, "\r\n")}  ` }],
      open: [],
      update: [],
      close: [],
    },
    {
      name: "does not edit an issue only because its link pre-fills another date",
      deadlines: [{ ...october, addUrl: { ru: "https://github.com/o/r/new/main/content/ru/reports?filename=2026-10.md&value=date%3A%202026-11-20", ky: "https://github.com/o/r/new/main/content/ky/reports?filename=2026-10.md&value=date%3A%202026-11-20" } }],
      issues: [issueFor(10, { ...october, addUrl: { ru: "https://github.com/o/r/new/main/content/ru/reports?filename=2026-10.md&value=date%3A%202026-11-18", ky: "https://github.com/o/r/new/main/content/ky/reports?filename=2026-10.md&value=date%3A%202026-11-18" } })],
      open: [],
      update: [],
      close: [],
    },
    {
      name: "updates the issue when its link points to another folder",
      deadlines: [{ ...october, addUrl: "https://github.com/o/r/new/main/site/ru/reports?filename=2026-10.md" }],
      issues: [issueFor(10, october)],
      open: [],
      update: [10],
      close: [],
    },
    {
      name: "updates the issue when the period became overdue",
      deadlines: [{ ...october, status: "missing", daysLeft: -1 }],
      issues: [issueFor(10, october)],
      open: [],
      update: [10],
      close: [],
    },
    {
      name: "updates a title edited by hand, found by its marker",
      deadlines: [october],
      issues: [{ ...issueFor(10, october), title: "октябрь" }],
      open: [],
      update: [10],
      close: [],
    },
    {
      name: "closes the issue of a period that is done",
      deadlines: [novemberPosts],
      issues: [issueFor(10, october), issueFor(11, novemberPosts)],
      open: [],
      update: [],
      close: [10],
    },
    {
      name: "closes the issue of a period whose entry is scheduled, and opens none for it",
      deadlines: [{ ...october, status: "scheduled", publishOn: "2026-11-25" }, { ...novemberPosts, status: "scheduled", publishOn: "2026-11-30" }],
      issues: [issueFor(10, october)],
      open: [],
      update: [],
      close: [10],
    },
    {
      name: "closes a second issue for the same period",
      deadlines: [october],
      issues: [issueFor(12, october), issueFor(10, october)],
      open: [],
      update: [],
      close: [12],
    },
    {
      name: "never touches an issue written by a person",
      deadlines: [],
      issues: [human],
      open: [],
      update: [],
      close: [],
    },
  ] as const;

  it.each(cases)("$name", ({ deadlines, issues, open, update, close }) => {
    const plan = planIssueSync(deadlines, issues);
    expect(plan.open.map((o) => o.title)).toEqual(open);
    expect(plan.update.map((u) => u.number)).toEqual(update);
    expect(plan.close.map((c) => c.number)).toEqual(close);
    for (const o of plan.open) expect(o.labels).toEqual([DEADLINE_LABEL]);
  });

  const comments = [
    { name: "done", deadlines: [], contains: ["опубликован", "жарыяланды"] },
    {
      name: "scheduled",
      deadlines: [{ ...october, status: "scheduled", publishOn: "2026-11-24" }],
      contains: ["станет публичным 24 ноября 2026 г.", "2026-жылдын 24-ноябрында жарыяланат"],
    },
    { name: "duplicate", deadlines: [october], extra: true, contains: ["Дубликат #10", "#10 тапшырмасынын"] },
  ] as const;
  it.each(comments)("closes with a comment in both languages: $name", ({ deadlines, contains, ...rest }) => {
    const issues = "extra" in rest ? [issueFor(10, october), issueFor(11, october)] : [issueFor(10, october)];
    const plan = planIssueSync(deadlines, issues);
    expect(plan.close).toHaveLength(1);
    for (const text of contains) expect(plan.close[0]!.comment).toContain(text);
  });

  it("an update carries the new title and body", () => {
    const overdue = { ...october, status: "missing" as const, daysLeft: -2 };
    const plan = planIssueSync([overdue], [issueFor(10, october)]);
    expect(plan.update).toEqual([{ number: 10, title: issueTitle(overdue), body: issueBody(overdue) }]);
  });

  const august = deadline({ period: "2026-08", due: "2026-09-25", status: "missing", daysLeft: -61 });
  const oldGap = deadline({ period: "2025-06", due: "2025-07-25", status: "missing", daysLeft: -400 });
  const otherMeasureGap = deadline({ measureId: "1.1", period: "2026-09", rhythm: "monthly", due: "2026-09-30", status: "missing", daysLeft: -56, what: { ru: "Новость", ky: "Жаңылык" } });

  it("one issue per measure's latest missing period; the older ones in one summary issue", () => {
    const plan = planIssueSync([october, august, septemberMissing, otherMeasureGap], [], [oldGap]);
    expect(plan.open.map((o) => o.title)).toEqual([
      issueTitle(october),
      issueTitle(septemberMissing),
      issueTitle(otherMeasureGap),
      summaryTitle(2),
    ]);
    const summary = plan.open.at(-1)!;
    expect(summary.body.startsWith(SUMMARY_MARKER)).toBe(true);
    expect(summary.body).toBe(summaryBody([august, oldGap]));
  });

  it("the summary lists periods by measure, Kyrgyz first, each with its link", () => {
    const body = summaryBody([{ ...august, formUrl: "https://github.com/o/r/issues/new?template=reports.yml&period=2026-08" }, oldGap]);
    expect(body).toContain("- **1.5. Отчет**: [2025-жылдын июну](https://github.com/o/r/new/main/content/ky/reports?filename=2026-10.md), [2026-жылдын августу](https://github.com/o/r/issues/new?template=reports.yml&period=2026-08)");
    expect(body).toContain("- **1.5. Отчёт**: [июнь 2025]");
    expect(body.indexOf("Бул мезгилдердин")).toBeLessThan(body.indexOf("Срок этих периодов"));
  });

  const summaryIssue = (body: string, title = summaryTitle(1)): OpenIssue => ({ number: 30, title, body, labels: [DEADLINE_LABEL] });
  const summaryCases = [
    { name: "keeps the summary that is right", issues: [summaryIssue(summaryBody([august]))], open: [], update: [], close: [] },
    { name: "updates the summary when a gap is added", issues: [summaryIssue(summaryBody([oldGap]))], gaps: [oldGap], open: [], update: [30], close: [] },
    { name: "closes an issue whose period is now in the summary", issues: [issueFor(20, august), summaryIssue(summaryBody([august]))], open: [], update: [], close: [20] },
  ];
  it.each(summaryCases)("summary: $name", ({ issues, open, update, close, ...rest }) => {
    const gaps = "gaps" in rest ? rest.gaps : [];
    const plan = planIssueSync([october, septemberMissing, august], [issueFor(10, october), issueFor(11, septemberMissing), ...issues], gaps);
    expect(plan.open.map((o) => o.title)).toEqual(open);
    expect(plan.update.map((u) => u.number)).toEqual(update);
    expect(plan.close.map((c) => c.number)).toEqual(close);
  });

  it("summary: a period moved into it is closed with a comment saying so", () => {
    const plan = planIssueSync([october, septemberMissing, august], [issueFor(20, august)]);
    expect(plan.close[0]!.comment).toContain("«Мурунку аткарылбаган мезгилдер»");
    expect(plan.close[0]!.comment).toContain("«Прошлые невыполненные периоды»");
  });

  it("summary: closed once every older gap is published", () => {
    const plan = planIssueSync([october], [issueFor(10, october), summaryIssue(summaryBody([august]))]);
    expect(plan.close.map((c) => c.number)).toEqual([30]);
    expect(plan.close[0]!.comment).toContain("жарыяланды");
  });

  it("a young site's first run: at most one issue per measure and a summary, not one per missed month", () => {
    const year = Array.from({ length: 12 }, (_, i) =>
      deadline({ period: `2025-${String(i + 1).padStart(2, "0")}`, due: `2025-${String(i + 1).padStart(2, "0")}-25`, status: "missing", daysLeft: -100 }),
    );
    const posts = year.map((d) => ({ ...d, measureId: "1.1", rhythm: "monthly" as const }));
    const plan = planIssueSync([...year, ...posts], []);
    expect(plan.open).toHaveLength(3);
  });

  it("lists a period once even when it is given twice", () => {
    expect(planIssueSync([october, october], []).open).toHaveLength(1);
  });
});
