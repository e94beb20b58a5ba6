/**
 * Reads the body GitHub writes for a submitted issue form: one `### <label>` heading per
 * field, in the form's order, then the value; `_No response_` for an optional field left
 * empty; several dropdown choices joined by ", ". Only the form's own labels count as
 * headings, so a `### ` heading inside the text a staff member wrote stays in that text.
 */
import { issueForms, type FormField, type IssueForm } from "./issue-forms.ts";

/** What GitHub writes for an optional field left empty. */
const NO_RESPONSE = "_No response_";

/** Each field's value by id: null when left empty (or its heading is missing). */
export type FormValues = Record<string, string | null>;

/**
 * The text as GitHub may send it, with Windows or old Mac line endings and a byte-order mark,
 * read as plain `\n` lines.
 * @example normaliseNewlines("a\r\nb\rc") // "a\nb\nc"
 */
function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** The label of a heading line, or null for any other line. GitHub may leave spaces after it. */
function headingOf(line: string): string | null {
  const m = /^###\s+(.*?)\s*$/.exec(line);
  return m ? m[1]! : null;
}

/** The form labels that head sections of the body, in order. */
function sectionLabels(lines: readonly string[], known: ReadonlySet<string>): string[] {
  return lines.map(headingOf).filter((label): label is string => label !== null && known.has(label));
}

/**
 * The form a body was submitted with, told by its headings: every heading must be a field of
 * the form and every required field of the form must be there (a staff member editing the
 * issue may drop an optional section). When several forms fit, the smallest.
 * @example detectForm("### Жазуунун тили / Язык записи\n\nКыргызча\n\n### Аталышы / Заголовок\n\n…")?.type
 */
export function detectForm(body: string, forms: readonly IssueForm[] = issueForms()): IssueForm | undefined {
  const lines = normaliseNewlines(body).split("\n");
  const known = new Set(forms.flatMap((f) => f.fields.map((x) => x.label)));
  const found = new Set(sectionLabels(lines, known));
  if (found.size === 0) return undefined;
  const fits = forms.filter((form) => {
    const labels = new Set(form.fields.map((f) => f.label));
    return [...found].every((l) => labels.has(l)) && form.fields.every((f) => !f.required || found.has(f.label));
  });
  return fits.sort((a, b) => a.fields.length - b.fields.length)[0];
}

/**
 * Every field's value, by id. A value is the text between its heading and the next, without
 * the blank lines around it; `_No response_` and a missing section are null.
 * @example readFormBody("### Аталышы / Заголовок\n\nОтчёт\n\n### Күнү / Дата\n\n_No response_", issueForm("posts")) // { title: "Отчёт", date: null, … }
 */
export function readFormBody(body: string, form: IssueForm): FormValues {
  const lines = normaliseNewlines(body).split("\n");
  const byLabel = new Map<string, FormField>(form.fields.map((f) => [f.label, f]));
  const values: FormValues = Object.fromEntries(form.fields.map((f) => [f.id, null]));
  let current: FormField | undefined;
  let buffer: string[] = [];
  const flush = (): void => {
    if (!current) return;
    const text = trimBlankLines(buffer);
    values[current.id] = text === "" || text === NO_RESPONSE ? null : text;
  };
  for (const line of lines) {
    const label = headingOf(line);
    const field = label === null ? undefined : byLabel.get(label);
    if (field) {
      flush();
      current = field;
      buffer = [];
    } else if (current) {
      buffer.push(line);
    }
  }
  flush();
  return values;
}

/** Lines joined, blank lines at both ends dropped, trailing spaces of the last line too. */
function trimBlankLines(lines: readonly string[]): string {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === "") start++;
  while (end > start && lines[end - 1]!.trim() === "") end--;
  return lines.slice(start, end).join("\n").replace(/[ \t]+$/, "");
}

/**
 * The choices of a dropdown as GitHub writes them: one, or several joined by ", ".
 * @example splitChoices("Кеңешке / Кенешу, Социалдык тармактар / Социальные сети") // ["Кеңешке / Кенешу", "Социалдык тармактар / Социальные сети"]
 */
export function splitChoices(value: string): string[] {
  return value
    .split(", ")
    .map((s) => s.trim())
    .filter(Boolean);
}
