import { describe, expect, it } from "vitest";
import { editDistance } from "../../scripts/lib/messages.ts";

describe("editDistance", () => {
  const cases = [
    { a: "", b: "", out: 0 },
    { a: "", b: "reach", out: 5 },
    { a: "reach", b: "", out: 5 },
    { a: "reach", b: "reach", out: 0 },
    { a: "atendance", b: "attendance", out: 1 },
    { a: "per_populaton", b: "per_population", out: 1 },
    { a: "unti", b: "unit", out: 2 },
    { a: "kitten", b: "sitting", out: 3 },
    { a: "target", b: "budget", out: 3 },
  ] as const;
  it.each(cases)("$a → $b = $out", ({ a, b, out }) => {
    expect(editDistance(a, b)).toBe(out);
    expect(editDistance(b, a)).toBe(out);
  });
});
