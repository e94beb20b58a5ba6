/**
 * GitHub Actions' runner reads every line a job prints, on stdout and stderr alike, and runs
 * any line that starts with `::` (after spaces) as a workflow command: `::add-mask::`,
 * `::stop-commands::`, `::error …`. A value from content (a field, a file name) that holds a
 * line break could start such a line. Every line the build and `check` print therefore goes
 * through these escapes, GitHub's own rules for command data and properties.
 */

/**
 * Command data: `%`, CR and LF escaped, so the text stays on one line whatever it holds.
 * @example escapeData("5\n::add-mask::x") // "5%0A::add-mask::x"
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/**
 * A command property (`file=…`): as data, and `:` and `,` too, which end a property.
 * @example escapeProperty("content/files/a,b:c.pdf") // "content/files/a%2Cb%3Ac.pdf"
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * An unexpected error as printable lines: its message on one escaped line, then its stack
 * frames (code locations, never content), so no part of it can become a command.
 * @example errorLines(new Error("bad\n::add-mask::x"))[0] // "Error: bad%0A::add-mask::x"
 */
export function errorLines(error: unknown): string[] {
  if (!(error instanceof Error)) return [escapeData(String(error))];
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at .+$/.test(line) && !/^\s*at\s*$/.test(line));
  return [escapeData(`${error.name}: ${error.message}`), ...frames.map((frame) => `    ${escapeData(frame.trim())}`)];
}
