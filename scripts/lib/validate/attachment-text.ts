/**
 * The text inside an attachment, read once per build so the privacy guard can scan it and the
 * search index can reuse it: a PDF's text layer page by page, CSV, TXT and RTF as text, the
 * XML inside DOCX, XLSX, PPTX and OpenDocument files, and every file inside a ZIP archive,
 * checked the same way (its type, its name, its text). Images and media hold no text to read.
 */
import path from "node:path";
import type { Bilingual } from "../shared/lang.ts";
import { stripForbiddenXml } from "../shared/xml-chars.ts";
import { isAcceptedExtension } from "./attachments.ts";
import { fileMessages, type AttachmentPlace } from "./messages.ts";
import { decodeText } from "./text-encoding.ts";
import { xmlText } from "./xml-text.ts";
import { listZip, readZipEntry, ZipError } from "./zip.ts";

/** A piece of text of an attachment and where it lies. */
export interface TextPart extends Omit<AttachmentPlace, "line"> {
  text: string;
  /** The text is a file name inside an archive, not its content. */
  isName?: boolean;
  /** The text has lines staff can find (a CSV or TXT): findings keep their line. */
  hasLines?: boolean;
}

export interface AttachmentText {
  parts: TextPart[];
  /** What stops the file from being read or published, each said for staff. */
  issues: Bilingual[];
  /** A PDF's text for the search index, `null` for a scan (absent for other types). */
  searchText?: string | null;
}

/** File types whose text is read, by extension. */
const PLAIN = new Set(["txt", "csv", "rtf"]);
const OFFICE = new Set(["docx", "xlsx", "pptx", "odt", "ods", "odp"]);
const MAX_UNPACKED = 200 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

/**
 * Whether a file of this name has text to read.
 * @example hasText("minutes/a.PDF") // true
 */
export function hasText(file: string): boolean {
  const ext = extOf(file);
  return ext === "pdf" || ext === "zip" || PLAIN.has(ext) || OFFICE.has(ext);
}

/**
 * The text of an attachment's bytes, by its extension (the caller has checked the bytes are of
 * that type). Never throws: what cannot be read is an issue.
 * @example (await attachmentText("lists/a.csv", bytes)).parts[0]?.text // "Асанов;21205199100123;0555 12 34 56"
 */
export async function attachmentText(file: string, bytes: Uint8Array): Promise<AttachmentText> {
  const ext = extOf(file);
  if (ext === "pdf") return pdfText(file, bytes);
  if (PLAIN.has(ext)) return plainText(file, bytes);
  if (OFFICE.has(ext)) return officeText(file, bytes);
  if (ext === "zip") return archiveText(file, bytes);
  return { parts: [], issues: [] };
}

async function pdfText(file: string, bytes: Uint8Array, inner?: string): Promise<AttachmentText> {
  // pdfjs costs ~120 MiB and half a second to load: only when there is a PDF to read.
  const { extractPdfPages, pdfSearchText } = await import("./pdf-text.ts");
  try {
    // Control characters of a PDF's text layer would go into the search index as they are.
    const pages = (await extractPdfPages(bytes)).map(stripForbiddenXml);
    const parts = pages.map((text, i) => ({ text, page: i + 1, inner }));
    return inner ? { parts, issues: [] } : { parts, issues: [], searchText: pdfSearchText(pages) };
  } catch {
    return { parts: [], issues: [fileMessages.damagedPdf(inner ? `${file} → ${inner}` : file)] };
  }
}

function plainText(file: string, bytes: Uint8Array, inner?: string): AttachmentText {
  const decoded = decodeText(bytes);
  if (decoded.encoding === null) return { parts: [], issues: [fileMessages.notTextFile(inner ? `${file} → ${inner}` : file)] };
  return { parts: [{ text: decoded.text, inner, hasLines: true }], issues: [] };
}

function officeText(file: string, bytes: Uint8Array, inner?: string): AttachmentText {
  try {
    const parts: TextPart[] = [];
    for (const entry of listZip(bytes)) {
      if (entry.isFolder || !entry.name.endsWith(".xml") || entry.name.includes("_rels/")) continue;
      if (entry.size > MAX_UNPACKED) throw new ZipError(`«${entry.name}» too large`);
      const text = xmlText(new TextDecoder("utf-8").decode(readZipEntry(bytes, entry)));
      if (text) parts.push({ text, inner });
    }
    return { parts, issues: [] };
  } catch (error) {
    return { parts: [], issues: [fileMessages.damagedArchive(inner ? `${file} → ${inner}` : file, (error as Error).message)] };
  }
}

async function archiveText(file: string, bytes: Uint8Array): Promise<AttachmentText> {
  let entries;
  try {
    entries = listZip(bytes);
  } catch (error) {
    return { parts: [], issues: [fileMessages.damagedArchive(file, (error as Error).message)] };
  }
  const files = entries.filter((e) => !e.isFolder);
  if (files.length > MAX_ENTRIES || files.reduce((sum, e) => sum + e.size, 0) > MAX_UNPACKED) {
    return { parts: [], issues: [fileMessages.archiveTooLarge(file)] };
  }
  const result: AttachmentText = { parts: [], issues: [] };
  for (const entry of files) {
    const inner = entry.name;
    result.parts.push({ text: inner, inner, isName: true });
    const ext = extOf(inner);
    const why = entry.isSymlink ? "link" : inner.split("/").some((p) => p.startsWith(".")) ? "hidden" : ext === "zip" ? "nested" : !isAcceptedExtension(ext) ? "type" : null; // what may be published on its own
    if (why) {
      result.issues.push(fileMessages.archiveItem(file, inner, why));
      continue;
    }
    if (!hasText(inner)) continue;
    let content: Uint8Array;
    try {
      content = readZipEntry(bytes, entry);
    } catch (error) {
      result.issues.push(fileMessages.damagedArchive(file, (error as Error).message));
      continue;
    }
    const read = ext === "pdf" ? await pdfText(file, content, inner) : PLAIN.has(ext) ? plainText(file, content, inner) : officeText(file, content, inner);
    result.parts.push(...read.parts);
    result.issues.push(...read.issues);
  }
  return result;
}

function extOf(file: string): string {
  return path.posix.extname(file).slice(1).toLowerCase();
}
