import { describe, expect, it } from "vitest";
import { buildNational, latestOf, memberState, STALE_AFTER_DAYS } from "../../../scripts/lib/national/national-model.ts";
import { nationalCsv, nationalJson, nationalJsonSchema } from "../../../scripts/lib/national/national-data.ts";
import { nationalHome, nationalPlanPage } from "../../../scripts/lib/national/plan-view.ts";
import type { Snapshot } from "../../../scripts/lib/national/snapshots.ts";
import { report } from "../progress/plan-fixture.ts";
import { CHUY, files, JALAL_ABAD, member, NOOKEN, OK, PLAN, snapshot, SUZAK } from "./national-fixture.ts";

const TODAY = "2026-11-25";

const akTerek = member("achyk-kg/ak-terek", "Ак-Терек", JALAL_ABAD, SUZAK);
const karaSuu = member("41707215000000", "Кара-Суу", JALAL_ABAD, NOOKEN);
const tokmok = member("achyk-kg/kemin", "Кемин", CHUY, null);
const sary = member("achyk-kg/sary", "Сары", CHUY, null);
const members = [tokmok, karaSuu, akTerek, sary];

const snapshots = new Map<string, Snapshot>([
  // Every report on time, October's included (due 25 November).
  [akTerek.id, snapshot(files(akTerek, TODAY, [report("2026-08", "2026-09-20"), report("2026-09", "2026-10-24"), report("2026-10", "2026-11-20")]))],
  // September late, October not yet (its due day is today): upcoming.
  [karaSuu.id, snapshot(files(karaSuu, TODAY, [report("2026-08", "2026-09-25"), report("2026-09", "2026-10-30")]))],
  // Stale: the last run failed; its data is of 18 November, before October's due day.
  [tokmok.id, snapshot(files(tokmok, "2026-11-18", [report("2026-08", "2026-09-10")]), { ...OK, error: { ky: "жок", ru: "нет" }, failing_since: "2026-11-19T22:23:00Z" })],
  // Never reached.
  [sary.id, snapshot(undefined, { ...OK, last_ok_at: null, error: { ky: "жок", ru: "нет" }, failing_since: "2026-11-01T22:23:00Z" })],
]);
const model = buildNational(PLAN, members, snapshots, TODAY);
const byId = (id: string) => model.members.find((m) => m.id === id)!;

describe("each member's counts are exactly its own progress.json's", () => {
  it.each(members.filter((m) => snapshots.get(m.id)?.files))("%s", (m) => {
    const progress = snapshots.get(m.id)!.files!.progress;
    for (const measure of progress.measures) {
      const counts = { done: 0, late: 0, missing: 0, scheduled: 0, upcoming: 0 };
      for (const p of measure.periods) counts[p.status] += 1;
      expect(byId(m.id).measures[measure.id]).toMatchObject(counts);
    }
  });

  it("a member without files has no counts", () => expect(byId(sary.id).measures).toEqual({}));
});

describe("the latest period due nationally", () => {
  it("is October for the monthly report on its due day, and each member's status for it", () => {
    const measure = model.measures.find((m) => m.id === "1.5")!;
    expect(measure.latest).toEqual({ id: "2026-10", start: "2026-10-01", end: "2026-10-31", due: "2026-11-25" });
    expect(byId(akTerek.id).measures["1.5"]?.latest).toEqual({ period: "2026-10", status: "done" });
    expect(byId(karaSuu.id).measures["1.5"]?.latest).toEqual({ period: "2026-10", status: "upcoming" });
    // The stale member's own file says "upcoming" (its today was the 18th): not its answer for the nation.
    expect(byId(tokmok.id).measures["1.5"]?.latest).toEqual({ period: "2026-10", status: "upcoming" });
    expect(latestOf(byId(tokmok.id), measure)).toBe("none");
    expect(measure.latestCounts).toEqual({ done: 1, late: 0, missing: 0, scheduled: 0, upcoming: 1, none: 2 });
  });

  it("so far sums the members' own done, late and missing periods", () => {
    const measure = model.measures.find((m) => m.id === "1.5")!;
    const sum = (status: "done" | "late" | "missing") => model.members.reduce((n, m) => n + (m.measures["1.5"]?.[status] ?? 0), 0);
    expect(measure.soFar).toEqual({ done: sum("done"), late: sum("late"), missing: sum("missing") });
    expect(measure.soFar.late).toBe(1);
  });
});

describe("members' states", () => {
  it("ok, stale (last run failed), unavailable (no files)", () => {
    expect(model.members.map((m) => [m.id, m.status])).toEqual([
      [karaSuu.id, "ok"],
      [akTerek.id, "ok"],
      [tokmok.id, "stale"],
      [sary.id, "unavailable"],
    ]);
    expect(byId(tokmok.id)).toMatchObject({ dataAsOf: "2026-11-18", lastOkAt: "2026-11-24T22:23:00Z", failingSince: "2026-11-19T22:23:00Z" });
  });

  it(`stale too when a member's own today is more than ${STALE_AFTER_DAYS} days behind, though it answers`, () => {
    const old = snapshot(files(akTerek, "2026-11-21", []));
    expect(memberState(old, "2026-11-24")).toBe("ok");
    expect(memberState(old, "2026-11-25")).toBe("stale");
    expect(memberState({ status: OK }, TODAY)).toBe("unavailable");
  });
});

describe("roll-ups by oblast and district", () => {
  it("sorts oblasts and districts in Kyrgyz order, members without a district after the districts", () => {
    expect(model.oblasts.map((o) => [o.name.ky, o.members, o.districts.map((d) => d.name?.ky ?? null)])).toEqual([
      ["Жалал-Абад облусу", 2, ["Ноокен району", "Сузак району"]],
      ["Чүй облусу", 2, [null]],
    ]);
  });

  it("counts each group's members by their status of the latest period", () => {
    const jalalAbad = model.oblasts[0]!;
    expect(jalalAbad.latest["1.5"]).toMatchObject({ done: 1, upcoming: 1, none: 0 });
    expect(jalalAbad.districts.map((d) => d.latest["1.5"]?.done)).toEqual([0, 1]);
    expect(model.oblasts[1]!.latest["1.5"]).toMatchObject({ done: 0, none: 2 });
  });
});

describe("the monthly report, month by month", () => {
  it("counts on time, late and missing among members whose data has the month", () => {
    const points = new Map(model.onTime!.points.map((p) => [p.period, p]));
    expect(model.onTime?.measureId).toBe("1.5");
    expect(points.get("2026-08")).toMatchObject({ onTime: 3, late: 0, missing: 0, withData: 3, share: 1 });
    // September: Ак-Терек on time, Кара-Суу late, Кемин missing (its data, of the 18th, has it due on 25 October).
    expect(points.get("2026-09")).toMatchObject({ onTime: 1, late: 1, missing: 1, withData: 3 });
    expect(points.get("2026-10")).toMatchObject({ onTime: 1, withData: 1, share: 1 });
    expect(points.has("2026-11")).toBe(false);
  });
});

describe("national.json and national.csv", () => {
  const data = nationalJson(model, "agency/national");

  it("passes its schema, with each member's counts and latest", () => {
    expect(nationalJsonSchema.safeParse(data).error?.issues ?? []).toEqual([]);
    const member = data.members.find((m) => m.id === akTerek.id)!;
    expect(member.measures["1.5"]).toEqual({ ...byId(akTerek.id).measures["1.5"] });
    expect(member).toMatchObject({ status: "ok", data_as_of: TODAY, url: "https://ак-терек.example.kg/" });
    expect(data.measures.find((m) => m.id === "1.5")).toMatchObject({ latest_period: "2026-10", latest_due: "2026-11-25", latest: { done: 1, no_data: 2 } });
  });

  it("CSV: a row per member and measure, a member without data on one row, formulas guarded", () => {
    const hostile = buildNational(PLAN, [{ ...sary, name: { ky: "=1+1", ru: "@cmd" } }], snapshots, TODAY);
    const csv = nationalCsv(hostile);
    expect(csv).toContain("\r\nachyk-kg/sary,'=1+1,'@cmd,");
    const rows = nationalCsv(model).split("\r\n");
    expect(rows[0]).toBe("id,name_ky,name_ru,oblast_ky,oblast_ru,district_ky,district_ru,status,last_ok_at,data_as_of,measure,done,late,scheduled,missing,upcoming,latest_period,latest_status");
    expect(rows).toHaveLength(1 + 3 * PLAN.measures.length + 1 + 1);
    expect(rows).toContain(`achyk-kg/ak-terek,Ак-Терек айыл аймагы,Айыльный аймак Ак-Терек,Жалал-Абад облусу,Джалал-Абадская область,Сузак району,Сузакский район,ok,2026-11-24T22:23:00Z,2026-11-25,1.5,${["done", "late", "scheduled", "missing", "upcoming"].map((s) => byId(akTerek.id).measures["1.5"]![s as "done"]).join(",")},2026-10,done`);
  });
});

describe("the national plan page and home block, as data", () => {
  const ru = nationalPlanPage(model, PLAN, "ru");
  const ky = nationalPlanPage(model, PLAN, "ky");

  it("says how many members and in what state, Kyrgyz and Russian", () => {
    expect(ru.lead).toBe("Зарегистрировано муниципалитетов: 4. Данные свежие: 2, устарели: 1, нет данных: 1.");
    expect(ky.lead).toBe("Катталган муниципалитеттер: 4. Маалыматы жаңы: 2, эскирген: 1, маалыматы жок: 1.");
  });

  it("links each member to its own plan page, and marks stale and unavailable ones with dates", () => {
    const rows = ru.memberGroups.flatMap((g) => g.rows);
    expect(rows.map((r) => r.planUrl)).toEqual([
      "https://кара-суу.example.kg/ru/plan/",
      "https://ак-терек.example.kg/ru/plan/",
      "https://кемин.example.kg/ru/plan/",
      "https://сары.example.kg/ru/plan/",
    ]);
    expect(rows[2]?.note).toBe("Данные устарели (последние: 18 ноября 2026). Сайт не отвечает или отдаёт неверные данные (впервые: 19 ноября 2026).");
    expect(rows[3]?.note).toBe("Нет данных. Сайт не отвечает или отдаёт неверные данные (впервые: 1 ноября 2026).");
    expect(rows[0]?.note).toBeNull();
  });

  it("a cell is an icon and words: the member's status, or no data", () => {
    const column = PLAN.measures.findIndex((m) => m.id === "1.5");
    const cells = ru.memberGroups.flatMap((g) => g.rows).map((r) => r.cells[column]);
    expect(cells.map((c) => [c?.status, c?.icon, c?.text])).toEqual([
      ["upcoming", "·", "Срок ещё не наступил"],
      ["done", "✓", "Выполнено"],
      ["none", "–", "нет данных"],
      ["none", "–", "нет данных"],
    ]);
  });

  it("the place table: each oblast, then its districts, done of members", () => {
    const column = PLAN.measures.findIndex((m) => m.id === "1.5");
    expect(ru.places.map((p) => [p.level, p.name, p.cells[column]])).toEqual([
      ["oblast", "Джалал-Абадская область", "1/2"],
      ["district", "Ноокенский район", "0/1"],
      ["district", "Сузакский район", "1/1"],
      ["oblast", "Чуйская область", "0/2"],
      ["district", "вне районов", "0/2"],
    ]);
  });

  it("the on-time line stays inside its 100 × 40 box and its table has every month", () => {
    const chart = ru.onTime!.chart;
    for (const dot of chart.dots) {
      expect(dot.x).toBeGreaterThanOrEqual(0);
      expect(dot.x).toBeLessThanOrEqual(100);
      expect(dot.y).toBeGreaterThanOrEqual(0);
      expect(dot.y).toBeLessThanOrEqual(40);
    }
    expect(ru.onTime!.rows.at(-1)).toEqual({ label: "октябрь 2026", onTime: 1, withData: 1, share: "100%" });
    expect(chart.ticks.map((t) => t.label)).toEqual(["2025", "2026"]);
  });

  it("the home block names last month's reports on time", () => {
    expect(nationalHome(model, "ru").onTime).toBe("Отчёт за октябрь 2026 опубликовали вовремя: 1 из 1.");
    expect(nationalHome(model, "ky").onTime).toBe("2026-жылдын октябры үчүн айлык отчетту өз убагында жарыялагандар: 1 / 1.");
  });
});
