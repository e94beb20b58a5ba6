/**
 * What must never reach the public site, checked on the whole file as staff wrote it:
 * personal data (law No. 58), text garbled by old 8-bit Kyrgyz fonts, lists of residents' names.
 */
import type { Entry } from "./entry.ts";
import { findGarbledKyrgyz } from "../guards/garbled-text.ts";
import { findNameList } from "../guards/personal-names.ts";
import { fileMessages } from "./messages.ts";
import type { Problem } from "./problems.ts";
import { scanPersonalData } from "../guards/privacy.ts";

/**
 * @example guardEntrySource(entry, "...ПИН 21205199100123...", ["+996 3722 5 12 34"]) // [{ severity: "error", key: "pin", … }]
 */
export function guardEntrySource(entry: Entry, source: string, officeAllowed: readonly string[]): Problem[] {
  const allowed = [...officeAllowed, ...(entry.data.allow_personal ?? []).map((a) => a.value)];
  const problems: Problem[] = [];
  // The file name is the page's address: a ПИН or phone there is published in every link.
  for (const finding of scanPersonalData(entry.slug, { allowed })) {
    problems.push({ severity: "error", file: entry.inputPath, line: 1, key: finding.kind, message: fileMessages.personalName(finding.kind, finding.value, entry.inputPath) });
  }
  for (const finding of scanPersonalData(source, { allowed })) {
    problems.push({ severity: "error", file: entry.inputPath, line: finding.line, key: finding.kind, message: finding.message });
  }
  for (const finding of findGarbledKyrgyz(source)) {
    problems.push({ severity: "error", file: entry.inputPath, line: finding.line, message: finding.message });
  }
  if (entry.type === "meetings") {
    const names = findNameList(source);
    if (names) problems.push({ severity: "warning", file: entry.inputPath, line: names.line, message: names.message });
  }
  return problems;
}
