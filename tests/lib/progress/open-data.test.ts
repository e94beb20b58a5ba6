import { describe, expect, it } from "vitest";
import { csvField, progressCsv, progressJson } from "../../../scripts/lib/progress/open-data.ts";
import { computeProgress } from "../../../scripts/lib/progress/progress.ts";
import { PLAN, POPULATION, report } from "./plan-fixture.ts";

describe("open data", () => {
  const progress = computeProgress(PLAN, [report("2026-10", "2026-11-20", { data: { reach: 4047 } })], { today: "2026-11-25", population: POPULATION });

  it("progressJson has the shape of the content model", () => {
    const json = progressJson(progress, "achyk-kg/ak-terek");
    expect(json).toMatchObject({ schema: "achyk-progress/1", site: "achyk-kg/ak-terek", today: "2026-11-25" });
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
