import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { entriesJsonSchema, siteJsonSchema } from "../../../scripts/lib/model/site-data.ts";
import { plainTextExcerpt } from "../../../scripts/lib/shared/markdown.ts";
import { progressJsonSchema } from "../../../scripts/lib/progress/open-data.ts";
import { jsonSchemaText, listPerLine, OPEN_DATA_SCHEMAS, openDataOf, type OutputFile } from "../../../scripts/lib/reach/open-data.ts";
import { loadContent } from "../../../scripts/lib/validate/load.ts";

const SMALL = path.resolve(import.meta.dirname, "../../fixtures/small");
const BUILD = { builtAt: "2026-11-24T18:07:00Z", engineVersion: "0.1.0" };

let files: Map<string, string>;
const json = (url: string): Record<string, unknown> => JSON.parse(files.get(url)!) as Record<string, unknown>;

beforeAll(async () => {
  const content = await loadContent({ contentDir: SMALL, today: "2026-11-25", gitHistory: false });
  files = new Map(openDataOf(content, "tests/fixtures/small", BUILD).map((f: OutputFile) => [f.url, f.body]));
});

describe("the open data of a municipality", () => {
  it("has site.json, entries.json, progress.json and .csv, and a JSON Schema for each JSON file", () => {
    expect([...files.keys()]).toEqual([
      "/data/site.json",
      "/data/entries.json",
      "/data/progress.json",
      "/data/progress.csv",
      "/data/schema/site.json",
      "/data/schema/entries.json",
      "/data/schema/progress.json",
    ]);
  });

  it("site.json says who the site is, in the contract's fields", () => {
    expect(json("/data/site.json")).toEqual({
      schema: "achyk-site/1",
      id: "achyk-kg/ak-terek",
      code: null,
      name: { ky: "Ак-Терек айыл аймагы", ru: "Ак-Терекский айыльный аймак" },
      kind: "aiyl-aimak",
      oblast: { ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" },
      district: { ky: "Сузак району", ru: "Сузакский район" },
      population: 8450,
      base_url: "https://achyk-kg.github.io/",
      repository: "https://github.com/achyk-kg/ak-terek",
      engine_version: "0.1.0",
      built_at: "2026-11-24T18:07:00Z",
      today: "2026-11-25",
    });
  });

  it("entries.json lists every live entry in each of its languages, with absolute URLs, measure and period", () => {
    const entries = json("/data/entries.json") as { schema: string; site: string; entries: Record<string, unknown>[] };
    expect(entries.schema).toBe("achyk-entries/1");
    expect(entries.site).toBe("achyk-kg/ak-terek");
    const urls = entries.entries.map((e) => e.url);
    expect(urls).toContain("https://achyk-kg.github.io/ru/reports/2026-10/");
    // Scheduled (November's report) and draft entries are not published.
    expect(urls.some((u) => String(u).includes("/reports/2026-11/") || String(u).includes("karalama"))).toBe(false);
    const report = entries.entries.find((e) => e.url === "https://achyk-kg.github.io/ru/reports/2026-10/");
    expect(report).toMatchObject({ type: "reports", slug: "2026-10", lang: "ru", date: "2026-11-20", measure: "1.5", period: "2026-10" });
    expect(String(report?.text)).not.toMatch(/[#*<>]/);
    const event = entries.entries.find((e) => e.type === "events");
    expect(event).not.toHaveProperty("measure");
  });

  it("entries.json holds one entry per line, so a snapshot's git diff shows the entries that changed", () => {
    const lines = files.get("/data/entries.json")!.trimEnd().split("\n");
    const entries = (json("/data/entries.json").entries as unknown[]).length;
    expect(lines).toHaveLength(entries + 2);
  });

  it("progress.json carries its version and the site's id", () => {
    expect(json("/data/progress.json")).toMatchObject({ schema: "achyk-progress/1", site: "achyk-kg/ak-terek", today: "2026-11-25" });
  });
});

describe("each file passes the zod schema that produced it and the JSON Schema published beside it", () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
  const pairs = [
    { file: "site.json", zod: siteJsonSchema },
    { file: "entries.json", zod: entriesJsonSchema },
    { file: "progress.json", zod: progressJsonSchema },
  ] as const;

  it.each(pairs)("$file", ({ file, zod }) => {
    const data = json(`/data/${file}`);
    expect(zod.safeParse(data).error?.issues ?? []).toEqual([]);
    const published = JSON.parse(files.get(`/data/schema/${file}`)!) as object;
    const validate = ajv.compile(published);
    expect(validate(data) ? [] : validate.errors).toEqual([]);
  });

  it.each(pairs)("$file: another version or a missing field is refused by both", ({ file, zod }) => {
    const validate = ajv.compile(JSON.parse(files.get(`/data/schema/${file}`)!) as object);
    const data = json(`/data/${file}`);
    const otherVersion = { ...data, schema: String(data.schema).replace("/1", "/2") };
    const { today: _today, ...withoutToday } = data;
    for (const bad of [otherVersion, withoutToday]) {
      expect(zod.safeParse(bad).success).toBe(false);
      expect(validate(bad)).toBe(false);
    }
  });

  it("a reader of version 1 accepts fields a later engine adds", () => {
    const validate = ajv.compile(JSON.parse(files.get("/data/schema/site.json")!) as object);
    const data = { ...json("/data/site.json"), added_later: 1 };
    expect(validate(data)).toBe(true);
    expect(siteJsonSchema.safeParse(data).success).toBe(true);
  });

  it("a page address that is not http(s) is refused: readers put them in links", () => {
    const data = json("/data/entries.json") as { entries: { url: string }[] };
    const hostile = { ...data, entries: [{ ...data.entries[0], url: "javascript:alert(1)" }] };
    expect(entriesJsonSchema.safeParse(hostile).success).toBe(false);
  });

  it("every published schema is the zod schema's own conversion", () => {
    for (const [name, schema] of Object.entries(OPEN_DATA_SCHEMAS)) expect(files.get(`/data/schema/${name}`)).toBe(jsonSchemaText(schema));
  });
});

describe("helpers", () => {
  const excerpts = [
    { markdown: "## Суу\n\nТаза **суу** келди.", max: 100, out: "Суу\nТаза суу келди." },
    { markdown: "- бир\n- эки\n\n| a | b |\n|---|---|\n| 1 | 2 |", max: 100, out: "бир\nэки\na\nb\n1\n2" },
    { markdown: "[шилтеме](https://a.kg) `код`", max: 100, out: "шилтеме код" },
    { markdown: "бир эки үч төрт беш", max: 12, out: "бир эки үч…" },
  ] as const;
  it.each(excerpts)("plainTextExcerpt($markdown, $max)", ({ markdown, max, out }) => expect(plainTextExcerpt(markdown, max)).toBe(out));

  it("listPerLine is the same JSON as JSON.stringify", () => {
    const value = { a: 1, items: [{ b: "x,\n" }, { b: 3 }] };
    expect(JSON.parse(listPerLine(value, "items"))).toEqual(value);
    expect(JSON.parse(listPerLine({ items: [] }, "items"))).toEqual({ items: [] });
    expect(JSON.parse(listPerLine({ a: 1, items: [{ b: 2 }], c: [3] }, "items"))).toEqual({ a: 1, items: [{ b: 2 }], c: [3] });
  });
});
