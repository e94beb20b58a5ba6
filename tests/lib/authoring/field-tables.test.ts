import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { documentedKeys } from "../../../scripts/lib/authoring/field-docs.ts";
import {
  FIELDS_END,
  FIELDS_START,
  fieldRows,
  fieldSchema,
  renderFieldTables,
  replaceBetweenMarkers,
  undocumentedFields,
} from "../../../scripts/lib/authoring/field-tables.ts";
import { allowedKeys, contentTypes } from "../../../scripts/lib/validate/schema.ts";

const README = path.resolve(import.meta.dirname, "../../../content/README.md");

describe("the staff guide's field tables", () => {
  it("every key of every schema has a meaning in field-docs.ts", () => {
    expect(undocumentedFields()).toEqual([]);
  });

  it("field-docs.ts explains no key that the schemas dropped", () => {
    const all = new Set(contentTypes.flatMap((t) => allowedKeys(t)));
    const stale = documentedKeys().filter((k) => {
      const [type, key] = k.includes(".") ? k.split(".") : [undefined, k];
      return type ? !(contentTypes as string[]).includes(type) || !allowedKeys(type as never).includes(key!) : !all.has(key!);
    });
    expect(stale).toEqual([]);
  });

  it("content/README.md holds exactly what the generator writes (run `npm run guide`)", () => {
    const readme = readFileSync(README, "utf8");
    expect(readme).toContain(FIELDS_START);
    expect(replaceBetweenMarkers(readme, renderFieldTables())).toBe(readme);
  });

  const rows = contentTypes.flatMap((type) => fieldRows(type).map((row) => ({ type, ...row })));

  it.each(rows)("$type.$key: the example is valid for the schema", ({ type, key, doc }) => {
    const value = (parse(`${key}: ${doc!.example}`) as Record<string, unknown>)[key];
    expect(fieldSchema(type, key).safeParse(value).success).toBe(true);
  });

  it.each(rows.filter((r) => r.values))("$type.$key: the meaning names every allowed value in both languages", ({ values, doc }) => {
    for (const value of values!) {
      expect(doc!.ky).toContain(value);
      expect(doc!.ru).toContain(value);
    }
  });

  const required = [
    { type: "reports", keys: ["title", "date", "period"] },
    { type: "meetings", keys: ["title", "date", "kind", "attendance", "place"] },
    { type: "events", keys: ["title", "date", "kind", "place", "time"] },
    { type: "posts", keys: ["title", "date"] },
    { type: "acts", keys: ["title", "date", "status", "number"] },
  ] as const;
  it.each(required)("$type: required keys come first and are marked", ({ type, keys }) => {
    const list = fieldRows(type);
    expect(list.filter((r) => r.required).map((r) => r.key)).toEqual(keys);
    expect(list.slice(0, keys.length).every((r) => r.required)).toBe(true);
    const table = renderFieldTables().split(`### \`${type}\``)[1]!.split("### ")[0]!;
    for (const key of keys) expect(table).toContain(`| \`${key}\` | **ооба / да** |`);
    expect(table.match(/^\| `/gm)).toHaveLength(allowedKeys(type).length);
  });
});

describe("replaceBetweenMarkers", () => {
  const cases = [
    { text: `a\n${FIELDS_START}\nold\n${FIELDS_END}\nb`, block: "\nnew\n", out: `a\n${FIELDS_START}\nnew\n${FIELDS_END}\nb` },
    { text: `${FIELDS_START}${FIELDS_END}`, block: "x", out: `${FIELDS_START}x${FIELDS_END}` },
  ] as const;
  it.each(cases)("%#", ({ text, block, out }) => {
    expect(replaceBetweenMarkers(text, block)).toBe(out);
  });
  it("refuses a text without markers", () => {
    expect(() => replaceBetweenMarkers("no markers", "x")).toThrow(/Markers/);
  });
});
