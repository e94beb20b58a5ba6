/**
 * Attachments through the same privacy guard as Markdown: the text inside each file (see
 * attachment-text.ts) and the file's own name. A finding names the attachment, and the page of
 * a PDF, the file inside an archive or the line of a CSV. The text is read once per build and
 * handed on: the search index takes PDF text from here.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { scanPersonalData } from "../guards/privacy.ts";
import { attachmentText, hasText, type AttachmentText } from "./attachment-text.ts";
import { fileMessages } from "./messages.ts";
import type { Problem } from "./problems.ts";

/** Watch mode: each file's text, kept while its size and modification time stay the same. */
export type AttachmentTextCache = Map<string, { signature: string; text: AttachmentText }>;

export interface AttachmentScan {
  problems: Problem[];
  /** Every PDF read: its text for the search index, `null` for a scan. */
  pdfText: Map<string, string | null>;
}

/**
 * Scans the given attachments (paths under `filesDir`). `allowedFor` says which values may be
 * published in a file: the office contacts, and the `allow_personal` values of the entries
 * that attach it.
 * @example await scanAttachments("content/files", ["lists/a.csv"], () => []) // { problems: [{ file: "files/lists/a.csv", line: 1, key: "pin", … }], pdfText: Map {} }
 */
export async function scanAttachments(
  filesDir: string,
  files: readonly string[],
  allowedFor: (file: string) => readonly string[],
  cache?: AttachmentTextCache,
): Promise<AttachmentScan> {
  const problems: Problem[] = [];
  const pdfText = new Map<string, string | null>();
  for (const file of files) {
    const allowed = allowedFor(file);
    const at = (line: number, message: Problem["message"], key?: string): Problem => ({ severity: "error", file: `files/${file}`, line, key, message });
    for (const finding of scanPersonalData(file, { allowed })) {
      problems.push(at(1, fileMessages.personalName(finding.kind, finding.value, file), finding.kind));
    }
    if (!hasText(file)) continue;
    const text = await readText(path.join(filesDir, file), file, cache);
    problems.push(...text.issues.map((message) => at(1, message)));
    if (text.searchText !== undefined) pdfText.set(file, text.searchText);
    for (const part of text.parts) {
      for (const finding of scanPersonalData(part.text, { allowed })) {
        if (part.isName) {
          problems.push(at(1, fileMessages.personalName(finding.kind, finding.value, `${file} → ${part.inner}`), finding.kind));
          continue;
        }
        const line = part.hasLines && !part.inner ? finding.line : 1;
        const place = { page: part.page, inner: part.inner, line: part.hasLines && part.inner ? finding.line : undefined };
        problems.push(at(line, fileMessages.personal(finding.kind, finding.value, file, place), finding.kind));
      }
    }
  }
  return { problems, pdfText };
}

async function readText(full: string, file: string, cache: AttachmentTextCache | undefined): Promise<AttachmentText> {
  const info = cache ? await stat(full) : undefined;
  const signature = info ? `${info.size}:${info.mtimeMs}` : "";
  const hit = cache?.get(file);
  if (hit && hit.signature === signature) return hit.text;
  const text = await attachmentText(file, new Uint8Array(await readFile(full)));
  cache?.set(file, { signature, text });
  return text;
}
