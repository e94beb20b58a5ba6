import { describe, expect, it } from "vitest";
import { formatProblem, githubAnnotation, type Problem } from "../../../scripts/lib/validate/problems.ts";

const problem = (severity: Problem["severity"], ky = "«reach» талаасында «көп» жазылган", ru = "В поле «reach» написано «много»"): Problem => ({
  severity,
  file: "ru/reports/2026-10.md",
  line: 4,
  key: "reach",
  message: { ky, ru },
});

describe("formatProblem: one line per problem, Kyrgyz first (state-language law)", () => {
  const cases = [
    { severity: "error", out: "content/ru/reports/2026-10.md:4: «reach» талаасында «көп» жазылган / В поле «reach» написано «много»" },
    { severity: "warning", out: "content/ru/reports/2026-10.md:4: эскертүү / предупреждение: «reach» талаасында «көп» жазылган / В поле «reach» написано «много»" },
    { severity: "info", out: "content/ru/reports/2026-10.md:4: «reach» талаасында «көп» жазылган / В поле «reach» написано «много»" },
  ] as const;

  it.each(cases)("$severity", ({ severity, out }) => {
    expect(formatProblem(problem(severity), "content/")).toBe(out);
  });
});

describe("githubAnnotation: the same line as a workflow command on the file", () => {
  it("names level, file and line, Kyrgyz first", () => {
    expect(githubAnnotation(problem("error"), "content")).toBe(
      "::error file=content/ru/reports/2026-10.md,line=4::«reach» талаасында «көп» жазылган / В поле «reach» написано «много»",
    );
    expect(githubAnnotation(problem("warning"), "content")).toMatch(/^::warning /);
    expect(githubAnnotation(problem("info"), "content")).toMatch(/^::notice /);
  });

  it("escapes what the runner would read as a command: %, CR and LF", () => {
    const line = githubAnnotation(problem("error", "50 %\nэки сап", "50 %\rдве строки"), "content");
    expect(line).toContain("50 %25%0Aэки сап / 50 %25%0Dдве строки");
    expect(line.split("\n")).toHaveLength(1);
  });
});
