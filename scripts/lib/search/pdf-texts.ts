/**
 * The text of every PDF attached to a live entry, as validation read it (once, for the privacy
 * guard): the search index takes the text, entry pages take which PDFs are scans without text.
 */
import { attachmentPath } from "../validate/file-references.ts";
import type { LoadedContent } from "../validate/load.ts";

/**
 * Attachment `file` → its text, or null for a scan; live entries' PDFs only, sorted by file.
 * @example livePdfTexts(content).get("minutes/2025-02-20-protokol.pdf") // "ПРОТОКОЛ …"
 */
export function livePdfTexts(content: Pick<LoadedContent, "entries" | "pdfText">): Map<string, string | null> {
  const files = content.entries
    .filter((e) => e.state === "live")
    .flatMap((e) => (e.data.attachments ?? []).map((a) => attachmentPath(a.file)))
    .filter((file) => content.pdfText.has(file));
  return new Map([...new Set(files)].sort().map((file) => [file, content.pdfText.get(file) ?? null]));
}

/**
 * Attachments whose PDF has no text layer, as a set of `file` names (for the "scan" note on
 * entry pages).
 *
 * @example
 * [...scannedFiles(new Map([["a.pdf", "text"], ["b-scan.pdf", null]]))] // ["b-scan.pdf"]
 */
export function scannedFiles(pdfText: ReadonlyMap<string, string | null>): Set<string> {
  return new Set([...pdfText].filter(([, text]) => text === null).map(([file]) => file));
}
