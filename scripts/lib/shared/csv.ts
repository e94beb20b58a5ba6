/**
 * CSV as spreadsheets read it safely: RFC 4180 (CRLF line ends, fields quoted when they hold a
 * comma, a quote or a line break) and OWASP's guard against formula injection: a field that
 * begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so that a name
 * such as `=HYPERLINK(…)` from someone else's data is shown as text, never run.
 */

/**
 * One field.
 * @example csvField('a,"b"') // '"a,""b"""'
 * @example csvField("=1+2") // "'=1+2"
 * @example csvField("2026-10") // "2026-10"
 */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as a CSV text ending with CRLF.
 * @example csvText([["a", "b"], ["1", "2"]]) // "a,b\r\n1,2\r\n"
 */
export function csvText(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
