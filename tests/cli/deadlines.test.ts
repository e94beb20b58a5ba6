import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeGh } from "../helpers/fake-gh.ts";
import { runScript, type RunResult } from "../helpers/run.ts";

const TODAY = "2026-11-24";

const SITE = `name: { ky: "Ак-Терек айыл аймагы", ru: "Ак-Терекский айыльный аймак" }
kind: aiyl-aimak
region: { ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" }
population: 8450
contacts:
  address: { ky: "Ак-Терек айылы", ru: "село Ак-Терек" }
repository: { owner: achyk-kg, name: ak-terek, branch: main }
base_url: "https://achyk-kg.github.io/ak-terek/"
`;

function measure(id: string, rhythm: string, type: string): string {
  return `  - id: "${id}"
    goal: "1"
    title: { ky: "${id}-иш-чаранын толук аталышы", ru: "Полное название мероприятия ${id}" }
    rhythm: ${rhythm}
    counts: { type: ${type} }
    responsible: { ky: "Жооптуу кызматкер", ru: "Ответственный сотрудник" }
    budget: { ky: "Талап кылынбайт", ru: "Не требуется" }
    expected_result: { ky: "Натыйжа", ru: "Результат" }
    indicator:
      text: { ky: "Калктын үлүшү", ru: "Доля населения" }
      unit: "%"
      aggregate: max
      field: reach
      per_population: true
      target: 50
`;
}

const PLAN = `years: [2026]
goals:
  - id: "1"
    title: { ky: "Маалымдоо", ru: "Информирование" }
measures:
${measure("1.1", "monthly", "posts")}${measure("1.5", "monthly-25", "reports")}`;

const pad = (n: number) => String(n).padStart(2, "0");

/** 2026: posts every month to October; reports on time to July, none for August, September's, October's scheduled. */
function writeFixture(content: string): void {
  const file = (rel: string, text: string) => {
    mkdirSync(dirname(join(content, rel)), { recursive: true });
    writeFileSync(join(content, rel), text);
  };
  file("_data/site.yaml", SITE);
  file("_data/plan.yaml", PLAN);
  for (let m = 1; m <= 10; m++) {
    file(`ru/posts/2026-${pad(m)}-15-novost.md`, `---\ntitle: "Новость ${m}"\ndate: 2026-${pad(m)}-15\n---\n\nТекст новости.\n`);
  }
  for (const m of [1, 2, 3, 4, 5, 6, 7, 9]) {
    file(`ru/reports/2026-${pad(m)}.md`, `---\ntitle: "Отчёт за месяц ${m}"\ndate: 2026-${pad(m + 1)}-20\nperiod: "2026-${pad(m)}"\n---\n\nТекст отчёта.\n`);
  }
  file("ru/reports/2026-10.md", `---\ntitle: "Отчёт за октябрь"\ndate: 2026-11-25\nperiod: "2026-10"\n---\n\nТекст отчёта.\n`);
}

const DONE = "Бул мезгил үчүн материал жарыяланды (же мезгил пландан алынды): тапшырма автоматтык түрдө жабылды. / Материал за этот период опубликован (или период убран из плана): задача закрыта автоматически.";
const MOVED = "Бул иш-чаранын кийинки мезгилинин да мөөнөтү өттү: бул мезгил «Мурунку аткарылбаган мезгилдер» тапшырмасына кошулду. / У этого мероприятия прошёл срок и следующего периода: этот период перенесён в задачу «Прошлые невыполненные периоды».";
const marker = (measureId: string, period: string) => `<!-- achyk:deadline ${measureId} ${period} -->`;
const OPEN_ISSUES = [
  { number: 5, title: "Ежемесячный отчёт за июль 2026", body: `${marker("1.5", "2026-07")}\nold`, labels: [{ name: "achyk-deadline" }] },
  { number: 6, title: "Ежемесячный отчёт за октябрь 2026", body: `${marker("1.5", "2026-10")}\nold`, labels: [{ name: "achyk-deadline" }] },
  { number: 7, title: "Сайт не открывается", body: "Помогите, пожалуйста", labels: [{ name: "achyk-deadline" }] },
  { number: 8, title: "old title", body: `${marker("1.5", "2026-08")}\nold`, labels: [{ name: "achyk-deadline" }] },
];

let work = "";
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "achyk-deadlines-"));
  writeFixture(join(work, "content"));
  writeFileSync(join(work, "open-issues.json"), JSON.stringify(OPEN_ISSUES));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Runs the CLI in the fixture folder (a plain folder: no git history), as `npm run deadlines` would. */
function run(args: string[], extraEnv: Record<string, string> = {}): Promise<RunResult> {
  return runScript("scripts/cli/deadlines.ts", args, { cwd: work, env: { CONTENT_DIR: "content", SITE_TODAY: TODAY, ...extraEnv } });
}

describe("npm run deadlines", () => {
  it("--dry-run prints exactly the issues it would open, update and close", async () => {
    const { code, stdout } = await run(["--dry-run", "--open-issues", "open-issues.json"]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n")).toEqual([
      `Dry run (${TODAY}): nothing is changed on GitHub.`,
      "Would open 1, update 1, close 2.",
      "open: 2026-жылдын ноябры үчүн жаңылык — мөөнөтү 30-ноябрь / Новость за ноябрь 2026 — срок 30 ноября [achyk-deadline]",
      "update #8: 2026-жылдын августу үчүн айлык отчет — мөөнөтү 25-сентябрь / Ежемесячный отчёт за август 2026 — срок 25 сентября",
      `close #5: ${DONE}`,
      "close #6: Тапшырма автоматтык түрдө жабылды: материал пландалды жана 2026-жылдын 25-ноябрында жарыяланат. / Задача закрыта автоматически: материал запланирован и станет публичным 25 ноября 2026 г.",
    ]);
  });

  it("--dry-run --json gives the full plan, bodies with the add-it links", async () => {
    const { code, stdout } = await run(["--dry-run", "--json", "--open-issues", "open-issues.json"]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { open: { body: string }[]; update: { number: number; body: string }[]; close: { number: number }[] };
    expect(plan.open).toHaveLength(1);
    expect(plan.open[0]!.body).toContain("<!-- achyk:deadline 1.1 2026-11 -->");
    expect(plan.open[0]!.body).toContain("https://github.com/achyk-kg/ak-terek/new/main/content/ru/posts?filename=");
    expect(plan.open[0]!.body).toContain("(https://github.com/achyk-kg/ak-terek/issues/new?template=posts.yml&date=2026-11-24)");
    expect(plan.update[0]!.body).toContain("(https://github.com/achyk-kg/ak-terek/issues/new?template=reports.yml&date=2026-11-24&period=2026-08)");
    expect(plan.update[0]!.body).toContain("https://github.com/achyk-kg/ak-terek/new/main/content/ky/reports?filename=2026-08.md&value=");
    expect(plan.update[0]!.body).toContain("Срок истёк 25 сентября 2026 г.");
    expect(plan.close.map((c) => c.number)).toEqual([5, 6]);
  });

  it("without open issues, it would open one issue per upcoming or missing period", async () => {
    const { stdout } = await run(["--dry-run"]);
    expect(stdout).toContain("Would open 2, update 0, close 0.");
  });

  it("--json lists upcoming, missing and scheduled periods", async () => {
    const { code, stdout } = await run(["--json"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { today: string; history: boolean; deadlines: { measureId: string; period: string; status: string; daysLeft: number; addUrl?: unknown }[] };
    expect(out.today).toBe(TODAY);
    expect(out.history).toBe(false);
    expect(out.deadlines.map(({ measureId, period, status, daysLeft }) => ({ measureId, period, status, daysLeft }))).toEqual([
      { measureId: "1.5", period: "2026-08", status: "missing", daysLeft: -60 },
      { measureId: "1.5", period: "2026-10", status: "scheduled", daysLeft: 1 },
      { measureId: "1.1", period: "2026-11", status: "upcoming", daysLeft: 6 },
    ]);
    expect(out.deadlines[1]!.addUrl).toBeUndefined();
  });

  const lookAhead = [
    { days: "0", periods: ["1.5 2026-08", "1.5 2026-10"] },
    { days: "31", periods: ["1.5 2026-08", "1.5 2026-10", "1.1 2026-11", "1.5 2026-11"] },
  ] as const;
  it.each(lookAhead)("--days $days looks that far ahead", async ({ days, periods }) => {
    const { stdout } = await run(["--json", "--days", days]);
    const out = JSON.parse(stdout) as { deadlines: { measureId: string; period: string }[] };
    expect(out.deadlines.map((d) => `${d.measureId} ${d.period}`)).toEqual(periods);
  });

  it("prints a human-readable list by default", async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(0);
    expect(stdout).toContain(`${TODAY} күнгө карата мөөнөттөр, жакынкы 7 күн / Сроки на ${TODAY}, ближайшие 7 дн.`);
    expect(stdout).toContain("⚠️ 1.5 2026-08 (2026-09-25): 60 күн кечикти / просрочено 60 дн.");
    expect(stdout).toContain("🗓 1.5 2026-10 (2026-11-25): 2026-11-25 күнүнө пландалган / запланировано на 2026-11-25");
    expect(stdout).toContain("⏳ 1.1 2026-11 (2026-11-30): 6 күн калды / осталось 6 дн.");
  });

  // On 2027-09-27 every period of 2026 is due: the latest gap of each measure gets an issue, the rest one summary.
  it("a year later: the latest gap of each measure alone, older ones in one summary issue, their own issues closed", async () => {
    const { code, stdout } = await run(["--dry-run", "--open-issues", "open-issues.json"], { SITE_TODAY: "2027-09-27" });
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n")).toEqual([
      "Dry run (2027-09-27): nothing is changed on GitHub.",
      "Would open 3, update 0, close 3.",
      "open: 2026-жылдын декабры үчүн жаңылык — мөөнөтү 31-декабрь / Новость за декабрь 2026 — срок 31 декабря [achyk-deadline]",
      "open: 2026-жылдын декабры үчүн айлык отчет — мөөнөтү 2027-жылдын 25-январы / Ежемесячный отчёт за декабрь 2026 — срок 25 января 2027 [achyk-deadline]",
      "open: Мурунку аткарылбаган мезгилдер: 3 / Прошлые невыполненные периоды: 3 [achyk-deadline]",
      `close #5: ${DONE}`,
      `close #6: ${DONE}`,
      // #8 (August 2026) is still missing, but no longer its measure's latest gap: it is in the summary now.
      `close #8: ${MOVED}`,
    ]);
  });

  it("counts the older gaps in the list and in --json", async () => {
    const list = await run([], { SITE_TODAY: "2027-09-27" });
    expect(list.stdout).toContain("(365 күндөн эски аткарылбаган мезгилдер көрсөтүлгөн жок: 1;");
    expect(list.stdout).toContain("(не показаны невыполненные периоды старше 365 дн.: 1;");
    expect(list.stdout).not.toContain("1.5 2026-08");
    const { stdout } = await run(["--json"], { SITE_TODAY: "2027-09-27" });
    const out = JSON.parse(stdout) as { deadlines: { measureId: string; period: string }[]; olderGaps: { measureId: string; period: string }[] };
    expect(out.olderGaps.map((d) => `${d.measureId} ${d.period}`)).toEqual(["1.5 2026-08"]);
    expect(out.deadlines.map((d) => `${d.measureId} ${d.period}`)).toEqual(["1.1 2026-11", "1.5 2026-11", "1.1 2026-12", "1.5 2026-12"]);
  });

  it("refuses a wrong --days", async () => {
    const { code, stderr } = await run(["--days", "soon"]);
    expect(code).toBe(1);
    expect(stderr).toContain("--days must be a whole number");
  });

  it("--github carries the plan out through the gh CLI", async () => {
    // A stand-in for gh: logs every call with its standard input, answers `issue list`.
    const gh = fakeGh(work, { readsInput: ["issue create", "issue edit"], answers: [`"issue list") cat "${join(work, "open-issues.json")}" ;;`] });
    const { code, stdout } = await run(["--github"], { PATH: `${gh.bin}:${process.env.PATH}` });
    expect(code).toBe(0);
    const calls = gh.calls();
    expect(calls.map((c) => c.split("|").slice(0, 3).join(" "))).toEqual([
      "issue list --label",
      "label create achyk-deadline",
      "issue create --title",
      "issue edit 8",
      "issue close 5",
      "issue close 6",
    ]);
    expect(calls[2]).toContain("--body-file|-|--label|achyk-deadline|");
    expect(calls[2]).toContain("<!-- achyk:deadline 1.1 2026-11 -->");
    expect(calls[3]).toContain("<!-- achyk:deadline 1.5 2026-08 -->");
    expect(calls[4]).toContain("--comment|Бул мезгил үчүн материал жарыяланды");
    expect(stdout).toContain("Opened 1, updated 1, closed 2 (2026-11-24).");
  });
});
