import { z } from "zod";
import { describe, expect, it } from "vitest";
import { describeExpected, editDistance, issueMessage } from "../../../scripts/lib/validate/messages.ts";
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

describe("issueMessage: Kyrgyz closes the clause with its verb, the list or example follows it", () => {
  const issue = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error!.issues[0]!;
  const cases = [
    {
      name: "one of the values",
      issue: issue(z.enum(["gathering", "hearing"]), "x"),
      key: "kind",
      found: "x",
      ky: "«kind» талаасында «x» жазылган, бирок төмөнкү маанилердин бири болушу керек: gathering, hearing.",
      ru: "Поле «kind»: ожидается одно из значений: gathering, hearing, найдено «x».",
    },
    {
      name: "a day in the wrong shape",
      issue: issue(schemas.posts.shape.date, "25.11.2026"),
      key: "date",
      found: "25.11.2026",
      ky: "«date» талаасында «25.11.2026» жазылган, бирок ЖЖЖЖ-АА-КК түрүндөгү дата болушу керек (мисалы, 2026-11-25).",
      ru: "Поле «date»: ожидается дата в виде ГГГГ-ММ-ДД, например 2026-11-25, найдено «25.11.2026».",
    },
    {
      name: "a whole number",
      issue: issue(z.int(), 1.5),
      key: "reach",
      found: 1.5,
      ky: "«reach» талаасында «1.5» жазылган, бирок бүтүн сан болушу керек.",
      ru: "Поле «reach»: ожидается целое число, найдено «1.5».",
    },
    {
      name: "too small",
      issue: issue(z.int().min(0), -1),
      key: "attendance",
      found: -1,
      ky: "«attendance» талаасында «-1» жазылган, бирок 0 же андан көп сан болушу керек.",
      ru: "Поле «attendance»: ожидается число не меньше 0, найдено «-1».",
    },
  ] as const;
  it.each(cases)("$name", ({ issue: zodIssue, key, found, ky, ru }) => {
    expect(issueMessage(zodIssue, key, found, [])).toEqual({ ky, ru });
  });
});
