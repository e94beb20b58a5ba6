import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../../scripts/lib/validate/plan.ts";

const FILE = "content/_data/plan.yaml";
const VALID = readFileSync(new URL("../../fixtures/plan/valid.yaml", import.meta.url), "utf8");

/** 1-based line of the `nth` line containing `marker`. */
function lineOf(text: string, marker: string, nth = 1): number {
  let seen = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.includes(marker) && ++seen === nth) return i + 1;
  }
  throw new Error(`marker not found: ${marker}`);
}

/** The valid plan with one piece of text replaced (the piece must occur exactly once). */
function edit(from: string, to: string): string {
  expect(VALID.split(from)).toHaveLength(2);
  return VALID.replace(from, to);
}

describe("parsePlan on a valid plan", () => {
  const { plan, errors } = parsePlan(VALID, FILE);

  it("returns the plan and no error", () => {
    expect(errors).toEqual([]);
    expect(plan?.years).toEqual([2025, 2026, 2027, 2028]);
    expect(plan?.measures.map((m) => m.id)).toEqual(["1.1", "1.2", "1.5", "2.1", "2.2", "3.1"]);
  });

  const targets = [
    ["1.1", 60],
    ["1.2", null],
    ["1.5", 12.5],
    ["2.1", null],
    ["2.2", 3],
  ] as const;
  it.each(targets)("measure %s has target %j (blank stays null, never 0)", (id, target) => {
    expect(plan?.measures.find((m) => m.id === id)?.indicator.target).toBe(target);
  });

  it("keeps filters: where and counts.kind", () => {
    expect(plan?.measures.find((m) => m.id === "2.2")?.indicator.where).toEqual({ status: ["supported", "implemented"] });
    expect(plan?.measures.find((m) => m.id === "3.1")?.counts).toEqual({ type: "surveys", kind: "questionnaire" });
  });

  it("accepts a blank target written with trailing spaces", () => {
    const result = parsePlan(edit("target: 60\n", "target:   \n"), FILE);
    expect(result.errors).toEqual([]);
    expect(result.plan?.measures[0]?.indicator.target).toBeNull();
  });
});

interface ErrorCase {
  name: string;
  text: string;
  key: string;
  line: number;
  /** Pieces each message (ky and ru) must contain. */
  says: readonly string[];
}

const unknownRhythm = edit("rhythm: two-windows", "rhythm: weekly");
const duplicateId = edit('id: "1.2"', 'id: "1.1"');
const unknownGoal = edit('goal: "2"\n    title: { ky: "Сурамжылоо"', 'goal: "9"\n    title: { ky: "Сурамжылоо"');
const missingTarget = edit("      where: { status: [supported, implemented] }\n      target: 3\n", "      where: { status: [supported, implemented] }\n");
const typo = edit("per_population: true\n      target:\n", "per_populaton: true\n      target:\n");
const textTarget = edit("target: 60", 'target: "60%"');
const numericId = edit('id: "1.5"', "id: 1.5");
const noField = edit("      field: reach\n      per_population: true\n      target: 60", "      per_population: true\n      target: 60");
const yearTwice = edit("years: [2025, 2026, 2027, 2028]", "years: [2025, 2026, 2026, 2028]");
const blankKy = edit('{ ky: "Жыйындар", ru: "Сходы" }', '{ ky: "", ru: "Сходы" }');
const badUnit = edit('unit: people', 'unit: persons');
const noGoals = VALID.replace(/^goals:\n(?: {2}.*\n)+/m, "");

const errorCases: readonly ErrorCase[] = [
  {
    name: "an unknown rhythm",
    text: unknownRhythm,
    key: "measures[1.2].rhythm",
    line: lineOf(unknownRhythm, "rhythm: weekly"),
    says: ["weekly", "monthly-25", "two-windows"],
  },
  {
    name: "a duplicated measure id",
    text: duplicateId,
    key: "measures[1.1].id",
    line: lineOf(duplicateId, 'id: "1.1"', 2),
    says: ["1.1", String(lineOf(duplicateId, 'id: "1.1"', 1))],
  },
  {
    name: "a measure whose goal does not exist",
    text: unknownGoal,
    key: "measures[3.1].goal",
    line: lineOf(unknownGoal, 'goal: "9"'),
    says: ["9", "1, 2"],
  },
  {
    name: "a missing target key (reported on its indicator line)",
    text: missingTarget,
    key: "measures[2.2].indicator.target",
    line: lineOf(missingTarget, "indicator:", 5),
    says: ["target"],
  },
  {
    name: "an unknown key (a typo), with the key it was meant to be",
    text: typo,
    key: "measures[1.2].indicator.per_populaton",
    line: lineOf(typo, "per_populaton"),
    says: ["per_populaton", "per_population"],
  },
  {
    name: "a target written as text",
    text: textTarget,
    key: "measures[1.1].indicator.target",
    line: lineOf(textTarget, 'target: "60%"'),
    says: ['"60%"'],
  },
  {
    name: "a measure id written as a number",
    text: numericId,
    key: "measures[#3].id",
    line: lineOf(numericId, "id: 1.5"),
    says: ["1.5", '"1.5"'],
  },
  {
    name: "a max indicator without field",
    text: noField,
    key: "measures[1.1].indicator.field",
    line: lineOf(noField, "indicator:", 1),
    says: ["field", "reach"],
  },
  {
    name: "a year listed twice",
    text: yearTwice,
    key: "years[#3]",
    line: 2,
    says: ["2026"],
  },
  {
    name: "a blank Kyrgyz title",
    text: blankKy,
    key: "measures[2.1].title.ky",
    line: lineOf(blankKy, 'ky: ""'),
    says: ['""'],
  },
  {
    name: "an unknown unit",
    text: badUnit,
    key: "measures[2.1].indicator.unit",
    line: lineOf(badUnit, "unit: persons"),
    says: ["persons", "people"],
  },
  {
    name: "a missing section of the file (reported on the first line)",
    text: noGoals,
    key: "goals",
    line: 1,
    says: ["goals", "id", "title"],
  },
];

describe("parsePlan errors", () => {
  it.each(errorCases)("$name: $key at line $line", ({ text, key, line, says }) => {
    const { plan, errors } = parsePlan(text, FILE);
    expect(plan).toBeUndefined();
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error).toMatchObject({ file: FILE, key, line });
    for (const piece of says) {
      expect(error?.message.ky).toContain(piece);
      expect(error?.message.ru).toContain(piece);
    }
    // The message is for people: it names the key in both languages.
    expect(error?.message.ky).toContain(key.split(".").at(-1)?.replace(/\[.*$/, ""));
    expect(error?.message.ru).toContain(key.split(".").at(-1)?.replace(/\[.*$/, ""));
  });

  it("reports every problem of the file at once, by line", () => {
    const text = unknownRhythm.replace("target: 60", 'target: "60%"').replace('goal: "2"\n    title: { ky: "Сурамжылоо"', 'goal: "9"\n    title: { ky: "Сурамжылоо"');
    const { errors } = parsePlan(text, FILE);
    expect(errors.map((e) => e.key)).toEqual([
      "measures[1.1].indicator.target",
      "measures[1.2].rhythm",
      "measures[3.1].goal",
    ]);
  });

  const broken = [
    { name: "an unclosed quote", text: edit('title: { ky: "Маалымдоо", ru: "Информирование" }', 'title: { ky: "Маалымдоо, ru: "Информирование" }'), near: lineOf(VALID, "Маалымдоо") },
    { name: "a key repeated in one section", text: edit("      target: 60\n", "      target: 60\n      target: 70\n"), near: lineOf(VALID, "target: 60") + 1 },
  ] as const;
  it.each(broken)("YAML that cannot be read ($name) gives a located error", ({ text, near }) => {
    const { plan, errors } = parsePlan(text, FILE);
    expect(plan).toBeUndefined();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(near);
    expect(errors[0]?.line).toBeLessThanOrEqual(near + 1);
    expect(errors[0]?.message.ru).toContain("YAML");
    expect(errors[0]?.message.ky).toContain("YAML");
  });

  const notSections = [
    { name: "an empty file", text: "" },
    { name: "a file of comments only", text: "# plan\n# to be written\n" },
    { name: "a list instead of sections", text: "- years: [2026]\n- goals: []\n" },
    { name: "a lone text", text: "plan\n" },
  ] as const;
  it.each(notSections)("$name says what the file must hold, once, on line 1", ({ text }) => {
    const { plan, errors } = parsePlan(text, FILE);
    expect(plan).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: FILE, line: 1, key: "" });
    for (const said of [errors[0]?.message.ru, errors[0]?.message.ky]) {
      expect(said).toContain("years, goals");
      expect(said).toContain("measures");
    }
  });
});
