import { z } from "zod";
import { describe, expect, it } from "vitest";
import { planSchema } from "../../../scripts/lib/validate/plan.ts";
import { keysAtPath } from "../../../scripts/lib/validate/schema-keys.ts";
import { commonShape, schemas } from "../../../scripts/lib/validate/schema.ts";
import { siteSchema } from "../../../scripts/lib/validate/site.ts";

const common = Object.keys(commonShape);
const inner = z.strictObject({ a: z.string(), b: z.number() });

const cases: readonly { name: string; schema: z.core.$ZodType; path: readonly PropertyKey[]; keys: readonly string[] }[] = [
  { name: "acts: top level, with number behind z.preprocess", schema: schemas.acts, path: [], keys: [...common, "status", "number", "mandate"] },
  { name: "acts: number (preprocess into text) holds no keys", schema: schemas.acts, path: ["number"], keys: [] },
  { name: "meetings: superRefine keeps the object", schema: schemas.meetings, path: [], keys: [...common, "kind", "attendance", "place", "women", "youth", "agenda", "decisions"] },
  { name: "optional list of objects: attachments[0]", schema: schemas.posts, path: ["attachments", 0], keys: ["file", "title"] },
  { name: "surveys results[0]", schema: schemas.surveys, path: ["results", 0], keys: ["question", "answers"] },
  { name: "surveys results[0].answers[0]", schema: schemas.surveys, path: ["results", 0, "answers", 0], keys: ["label", "count"] },
  { name: "a list step given as a key", schema: schemas.surveys, path: ["results", "answers"], keys: [] },
  { name: "a key step given as an index", schema: schemas.surveys, path: [0], keys: [] },
  { name: "an unknown key", schema: schemas.surveys, path: ["nope"], keys: [] },
  { name: "an inherited name is not a key", schema: schemas.surveys, path: ["toString"], keys: [] },
  { name: "past a scalar", schema: schemas.surveys, path: ["title", "x"], keys: [] },
  { name: "site: list behind .default([])", schema: siteSchema, path: ["social", 0], keys: ["name", "url"] },
  { name: "site: nested object", schema: siteSchema, path: ["repository"], keys: ["owner", "name", "branch"] },
  { name: "plan: indicator (superRefine) of a measure", schema: planSchema, path: ["measures", 0, "indicator"], keys: ["text", "unit", "aggregate", "field", "where", "per_population", "target"] },
  { name: "plan: counts", schema: planSchema, path: ["measures", 3, "counts"], keys: ["type", "kind"] },
  { name: "nullable", schema: z.object({ x: inner.nullable() }), path: ["x"], keys: ["a", "b"] },
  { name: "optional nullable default, stacked", schema: z.object({ x: inner.nullable().optional().default(null) }), path: ["x"], keys: ["a", "b"] },
  { name: "preprocess into an object", schema: z.preprocess((v) => v, inner), path: [], keys: ["a", "b"] },
  { name: "transform after an object", schema: inner.transform((v) => v.a), path: [], keys: ["a", "b"] },
  { name: "array of optional objects", schema: z.array(inner.optional()), path: [0], keys: ["a", "b"] },
  { name: "a record has no fixed keys", schema: z.record(z.string(), z.string()), path: [], keys: [] },
];

describe("keysAtPath", () => {
  it.each(cases)("$name", ({ schema, path, keys }) => {
    expect(keysAtPath(schema, path)).toEqual(keys);
  });
});
