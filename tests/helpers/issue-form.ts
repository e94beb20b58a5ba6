/**
 * Issue bodies exactly as GitHub writes them for a submitted issue form: `### <label>`, a blank
 * line, the value (`_No response_` when an optional field is left empty), a blank line.
 */
import type { IssueForm } from "../../scripts/lib/authoring/issue-forms.ts";

/**
 * @example issueBody(issueForm("posts"), { lang: "Кыргызча", title: "Жаңылык", date: "2026-11-20", body: "Текст" })
 */
export function issueBody(form: IssueForm, answers: Readonly<Record<string, string | undefined>>, options: { crlf?: boolean } = {}): string {
  const unknown = Object.keys(answers).filter((id) => !form.fields.some((f) => f.id === id));
  if (unknown.length > 0) throw new Error(`The ${form.type} form has no field ${unknown.join(", ")}`);
  const text = form.fields.map((f) => `### ${f.label}\n\n${answers[f.id] ?? "_No response_"}`).join("\n\n");
  return options.crlf ? text.replace(/\n/g, "\r\n") : text;
}

/** A dropdown's option as staff pick it (its label), by the value it stands for. */
export function option(form: IssueForm, id: string, value: string): string {
  const found = form.fields.find((f) => f.id === id)?.options?.find((o) => o.value === value);
  if (!found) throw new Error(`${form.type}.${id} has no option ${value}`);
  return found.label;
}
