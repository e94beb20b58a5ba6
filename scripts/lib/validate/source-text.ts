/**
 * The text of a file staff wrote (an entry, `site.yaml`, `plan.yaml`), read as the build
 * will use it: decoded whatever it was saved in, cleaned of characters XML forbids, with a
 * word to staff about either.
 */
import { contentMessages } from "./messages.ts";
import type { Problem } from "./problems.ts";
import { decodeText } from "./text-encoding.ts";
import { findForbiddenXml, stripForbiddenXml } from "../shared/xml-chars.ts";

const ENCODING_NAMES = { "utf-16le": "UTF-16", "utf-16be": "UTF-16", "windows-1251": "Windows-1251" } as const;

/**
 * @example sourceText("ky/posts/a.md", new TextEncoder().encode("---\ntitle: A\u000B\n---\n")) // { text: "---\ntitle: A \n---\n", problems: [{ severity: "warning", line: 2, … }] }
 */
export function sourceText(rel: string, bytes: Uint8Array): { text: string | null; problems: Problem[] } {
  const decoded = decodeText(bytes);
  if (decoded.encoding === null) return { text: null, problems: [{ severity: "error", file: rel, line: 1, message: contentMessages.notText() }] };
  const problems: Problem[] = [];
  if (decoded.encoding !== "utf-8") {
    problems.push({ severity: "warning", file: rel, line: 1, message: contentMessages.encoding(ENCODING_NAMES[decoded.encoding]) });
  }
  const forbidden = findForbiddenXml(decoded.text);
  if (forbidden) {
    problems.push({ severity: "warning", file: rel, line: forbidden.line, message: contentMessages.controlChars(forbidden.code, forbidden.count) });
  }
  return { text: forbidden ? stripForbiddenXml(decoded.text) : decoded.text, problems };
}
