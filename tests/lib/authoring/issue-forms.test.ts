import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  EDITOR_ONLY_KEYS,
  FORM_LABEL,
  FORMS_DIR,
  formByFileName,
  formUrl,
  issueForm,
  issueForms,
  renderIssueForm,
} from "../../../scripts/lib/authoring/issue-forms.ts";
import { fieldRows } from "../../../scripts/lib/authoring/field-tables.ts";
import { contentTypes } from "../../../scripts/lib/validate/schema.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SCHEMA = JSON.parse(readFileSync(path.join(ROOT, "tests/fixtures/schemas/github-issue-forms.json"), "utf8")) as object;
// GitHub's documented syntax (SchemaStore's schema, see tests/fixtures/schemas/README.md).
const validate = new Ajv({ allErrors: true, strict: false }).compile(SCHEMA);
const forms = issueForms();

interface FormYaml {
  name: string;
  description: string;
  labels: string[];
  body: { type: string; id?: string; attributes: Record<string, unknown>; validations?: { required: boolean } }[];
}

describe(".github/ISSUE_TEMPLATE", () => {
  it("has one form per content type, and nothing else", () => {
    const onDisk = readdirSync(path.join(ROOT, FORMS_DIR)).sort();
    expect(onDisk).toEqual(contentTypes.map((t) => `${t}.yml`).sort());
  });

  it.each(forms)("$fileName is what the generator writes (run `npm run forms`)", (form) => {
    expect(readFileSync(path.join(ROOT, FORMS_DIR, form.fileName), "utf8")).toBe(renderIssueForm(form));
  });

  it.each(forms)("$fileName is valid against GitHub's issue-form schema", (form) => {
    const ok = validate(parse(renderIssueForm(form)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe("the schema really checks", () => {
  const broken = [
    { name: "no body", form: { name: "x", description: "x" } },
    { name: "an unknown element type", form: { name: "x", description: "x", body: [{ type: "upload", attributes: { label: "x" } }] } },
    { name: "a dropdown without options", form: { name: "x", description: "x", body: [{ type: "dropdown", id: "a", attributes: { label: "x" } }] } },
    { name: "an id with a space", form: { name: "x", description: "x", body: [{ type: "input", id: "a b", attributes: { label: "x" } }] } },
    { name: "an empty label", form: { name: "x", description: "x", body: [{ type: "input", id: "a", attributes: { label: "" } }] } },
    { name: "an unknown attribute", form: { name: "x", description: "x", body: [{ type: "input", id: "a", attributes: { label: "x", options: ["a"] } }] } },
  ] as const;
  it.each(broken)("refuses $name", ({ form }) => {
    expect(validate(form)).toBe(false);
  });
});

describe("each form", () => {
  const parsed = forms.map((form) => ({ form, yaml: parse(renderIssueForm(form)) as FormYaml }));

  it.each(parsed)("$form.fileName: Kyrgyz first in every label, option and description", ({ yaml }) => {
    for (const element of yaml.body.filter((e) => e.type !== "markdown")) {
      const label = String(element.attributes.label);
      const [ky, ru] = label.split(" / ");
      // The Kyrgyz half comes first: it has a Kyrgyz letter or no Russian-only word order; the Russian half has no ө, ү, ң.
      if (ru !== undefined) expect(ru).not.toMatch(/[өүң]/i);
      expect(ky).toBeTruthy();
      const description = String(element.attributes.description);
      const [kyText, ruText] = description.split("\n\n");
      expect(kyText).toBeTruthy();
      expect(ruText).toBeTruthy();
    }
    const intro = String(yaml.body[0]!.attributes.value);
    expect(intro.indexOf("Кантип толтуруу")).toBeLessThan(intro.indexOf("Как заполнить"));
  });

  it.each(parsed)("$form.fileName: unique ids and labels, the form label, no `render` (it would switch off file uploads)", ({ yaml }) => {
    const inputs = yaml.body.filter((e) => e.type !== "markdown");
    const ids = inputs.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const labels = inputs.map((e) => e.attributes.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(yaml.labels).toEqual([FORM_LABEL]);
    for (const e of inputs) expect(e.attributes).not.toHaveProperty("render");
  });

  it.each(parsed)("$form.fileName: no option holds a comma (GitHub joins several choices with one)", ({ yaml }) => {
    for (const e of yaml.body.filter((x) => x.type === "dropdown")) {
      for (const option of e.attributes.options as string[]) expect(option).not.toContain(",");
    }
  });

  it.each(forms)("$fileName: every schema key is a field, except attachments (uploaded files) and editor-only keys", (form) => {
    const keys = fieldRows(form.type).map((r) => r.key);
    const fields = form.fields.flatMap((f) => ("key" in f.target ? [f.target.key] : []));
    expect([...fields, "attachments", ...EDITOR_ONLY_KEYS].sort()).toEqual([...keys].sort());
    for (const row of fieldRows(form.type)) {
      const field = form.fields.find((f) => f.id === row.key);
      if (field) expect(field.required, row.key).toBe(row.required);
    }
    expect(form.fields.map((f) => f.id).slice(0, 3)).toEqual(["lang", "title", "date"]);
    expect(form.fields.map((f) => f.id).slice(-3)).toEqual(["body", "files", "slug"]);
  });

  it("no two forms ask for the same list of fields, so a submitted body names its form", () => {
    const lists = forms.map((f) => f.fields.map((x) => x.label).join("\n"));
    expect(new Set(lists).size).toBe(forms.length);
  });

  const inputs = [
    { type: "meetings", id: "kind", input: "dropdown" },
    { type: "events", id: "status", input: "dropdown" },
    { type: "surveys", id: "presented_to", input: "dropdown" },
    { type: "reports", id: "period", input: "input" },
    { type: "meetings", id: "agenda", input: "textarea" },
    { type: "surveys", id: "results", input: "textarea" },
    { type: "acts", id: "number", input: "input" },
  ] as const;
  it.each(inputs)("$type.$id is a $input", ({ type, id, input }) => {
    expect(issueForm(type).fields.find((f) => f.id === id)?.input).toBe(input);
  });

  it("the entry language is a dropdown with Kyrgyz chosen", () => {
    const lang = issueForm("posts").fields[0]!;
    expect(lang.options?.map((o) => o.value)).toEqual(["ky", "ru"]);
    expect(lang.defaultOption).toBe(0);
  });
});

describe("formByFileName", () => {
  const cases = [
    { name: "reports.yml", type: "reports" },
    { name: ".github/ISSUE_TEMPLATE/meetings.yaml", type: "meetings" },
    { name: "tos", type: "tos" },
    { name: "report.yml", type: undefined },
  ] as const;
  it.each(cases)("$name", ({ name, type }) => {
    expect(formByFileName(name)?.type).toBe(type);
  });
});

describe("formUrl", () => {
  const repo = { owner: "achyk-kg", name: "ak-terek" };
  it("opens the form with text fields filled in", () => {
    expect(formUrl(repo, "reports", { period: "2026-10", date: "2026-11-25" })).toBe(
      "https://github.com/achyk-kg/ak-terek/issues/new?template=reports.yml&period=2026-10&date=2026-11-25",
    );
  });
  it("refuses to pre-fill a dropdown (GitHub would show a blank issue) or a field the form lacks", () => {
    expect(() => formUrl(repo, "meetings", { kind: "gathering" })).toThrow(/dropdown/);
    expect(() => formUrl(repo, "posts", { period: "2026-10" })).toThrow(/no field/);
  });
});
