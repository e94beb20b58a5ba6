import { z } from "zod";
import { describe, expect, it } from "vitest";
import { describeExpected, editDistance } from "../../../scripts/lib/validate/messages.ts";
import { schemas } from "../../../scripts/lib/validate/schema.ts";

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

describe("describeExpected", () => {
  const cases = [
    { name: "a number", schema: z.number(), input: "x", ru: "число", ky: "сан" },
    { name: "a whole number", schema: z.int(), input: 1.5, ru: "целое число", ky: "бүтүн сан" },
    { name: "a list", schema: z.array(z.string()), input: "x", ru: "список", ky: "тизме" },
    { name: "true or false", schema: z.boolean(), input: 1, ru: "true или false", ky: "true же false" },
    { name: "one of the values", schema: z.enum(["max", "sum"]), input: "min", ru: "одно из значений: max, sum", ky: "max, sum" },
    { name: "a day, by its format", schema: schemas.posts.shape.date, input: "25.11.2026", ru: "ГГГГ-ММ-ДД", ky: "ЖЖЖЖ-АА-КК" },
    { name: "anything else", schema: z.string().max(2), input: "long", ru: "другое значение", ky: "башка маани" },
  ] as const;
  it.each(cases)("$name", ({ schema, input, ru, ky }) => {
    const issue = (schema as z.ZodType).safeParse(input).error?.issues[0];
    expect(issue).toBeDefined();
    const expected = describeExpected(issue!);
    expect(expected.ru).toContain(ru);
    expect(expected.ky).toContain(ky);
  });
});
