/**
 * The staff guide's field tables, generated from the zod schemas (which keys, which are
 * required, which values are allowed) and from `field-docs.ts` (what they mean, an example).
 * `npm run guide` writes them into `content/README.md` between two markers.
 */
import type { z } from "zod";
import { typeNames } from "../shared/dictionary.ts";
import { fieldDoc, type FieldDoc } from "./field-docs.ts";
import { allowedKeys, contentTypes, schemas, type ContentType } from "../validate/schema.ts";

export const FIELDS_START = "<!-- fields:start -->";
export const FIELDS_END = "<!-- fields:end -->";

export interface FieldRow {
  key: string;
  required: boolean;
  /** Allowed values when the key takes one of a list (or a list of them). */
  values?: readonly string[];
  doc?: FieldDoc;
}

/**
 * The zod schema of one key of a type.
 * @example fieldSchema("meetings", "attendance").safeParse(-1).success // false
 */
export function fieldSchema(type: ContentType, key: string): z.ZodType {
  const schema = schemas[type] as unknown as { shape: Record<string, z.ZodType> };
  const field = schema.shape[key];
  if (!field) throw new Error(`${type} has no key ${key}`);
  return field;
}

interface Def {
  type: string;
  innerType?: { def: Def };
  element?: { def: Def; options?: readonly string[] };
}

function allowedValues(field: z.ZodType): readonly string[] | undefined {
  let node = field as unknown as { def: Def; options?: readonly string[] };
  if (node.def.type === "optional" && node.def.innerType) node = node.def.innerType as typeof node;
  if (node.def.type === "enum") return node.options;
  if (node.def.type === "array" && node.def.element?.def.type === "enum") return node.def.element.options;
  return undefined;
}

const COMMON_FIRST = ["publish", "summary"];
const COMMON_LAST = ["attachments", "draft", "allow_personal"];

/**
 * Every key a type allows, required ones first, the rarely used common ones last.
 * @example fieldRows("reports").map((r) => r.key).slice(0, 3) // ["title", "date", "period"]
 */
export function fieldRows(type: ContentType): FieldRow[] {
  const rows = allowedKeys(type).map((key): FieldRow => {
    const field = fieldSchema(type, key);
    const values = allowedValues(field);
    return { key, required: !field.safeParse(undefined).success, ...(values ? { values } : {}), doc: fieldDoc(type, key) };
  });
  const rank = (row: FieldRow): number =>
    row.required ? 0 : COMMON_FIRST.includes(row.key) ? 1 : COMMON_LAST.includes(row.key) ? 3 : 2;
  return rows.map((row, i) => ({ row, i })).sort((a, b) => rank(a.row) - rank(b.row) || a.i - b.i).map(({ row }) => row);
}

/**
 * Keys of the schemas that `field-docs.ts` does not explain yet, as `type.key`.
 * @example undocumentedFields() // [] (a test keeps it so)
 */
export function undocumentedFields(): string[] {
  return contentTypes.flatMap((type) => fieldRows(type).filter((r) => !r.doc).map((r) => `${type}.${r.key}`));
}

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * Markdown tables, one per type, in Kyrgyz and Russian side by side.
 * @example renderFieldTables().startsWith("\n### `posts`") // true
 */
export function renderFieldTables(): string {
  const parts: string[] = [""];
  for (const type of contentTypes) {
    const names = typeNames[type];
    parts.push(
      `### \`${type}\` — ${names.ky} / ${names.ru}`,
      "",
      `Папка: \`content/ky/${type}/\`, \`content/ru/${type}/\` · Шаблон: [\`_templates/${type}.ky.md\`](_templates/${type}.ky.md), [\`_templates/${type}.ru.md\`](_templates/${type}.ru.md)`,
      "",
      "| Талаа / Поле | Милдеттүүбү? / Обязательно? | Мааниси | Значение | Мисал / Пример |",
      "|---|---|---|---|---|",
    );
    for (const row of fieldRows(type)) {
      const doc = row.doc;
      if (!doc) throw new Error(`No meaning for ${type}.${row.key}: add it to scripts/lib/authoring/field-docs.ts`);
      const required = row.required ? "**ооба / да**" : "жок / нет";
      parts.push(`| \`${row.key}\` | ${required} | ${cell(doc.ky)} | ${cell(doc.ru)} | \`${cell(`${row.key}: ${doc.example}`)}\` |`);
    }
    parts.push("");
  }
  return parts.join("\n");
}

/**
 * Puts a generated block between the markers, keeping everything else as it is.
 * @example replaceBetweenMarkers("a\n<!-- fields:start -->old<!-- fields:end -->\nb", "\nnew\n") // "a\n<!-- fields:start -->\nnew\n<!-- fields:end -->\nb"
 */
export function replaceBetweenMarkers(text: string, block: string): string {
  const start = text.indexOf(FIELDS_START);
  const end = text.indexOf(FIELDS_END);
  if (start < 0 || end < start) throw new Error(`Markers ${FIELDS_START} … ${FIELDS_END} not found`);
  return text.slice(0, start + FIELDS_START.length) + block + text.slice(end);
}
