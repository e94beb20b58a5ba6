/**
 * The text of every PDF attached to a live entry, read once per content load: the search
 * index takes the text, entry pages take which PDFs are scans without text.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { LoadedContent } from "../validate/load.ts";

export interface PdfTexts {
  /** Attachment `file` → its text, or null for a scan. */
  texts: Map<string, string | null>;
  seconds: number;
}

const cache = new WeakMap<LoadedContent, Promise<PdfTexts>>();

/**
 * A PDF that cannot be read fails (the build stops with the file named).
 * @example (await pdfTexts(content)).texts.get("minutes/2025-02-20-protokol.pdf") // "ПРОТОКОЛ …"
 */
export function pdfTexts(content: LoadedContent): Promise<PdfTexts> {
  let cached = cache.get(content);
  if (!cached) {
    cached = readPdfTexts(content);
    cache.set(content, cached);
  }
  return cached;
}

async function readPdfTexts(content: LoadedContent): Promise<PdfTexts> {
  const started = performance.now();
  const files = new Set(
    content.entries
      .filter((e) => e.state === "live")
      .flatMap((e) => (e.data.attachments ?? []).map((a) => a.file.replace(/^\/+/, "")))
      .filter((file) => file.toLowerCase().endsWith(".pdf")),
  );
  const texts = new Map<string, string | null>();
  // pdfjs costs ~120 MiB and half a second to load: only when there is a PDF to read.
  const { extractPdfText } = files.size ? await import("./pdf-text.ts") : { extractPdfText: null };
  for (const file of [...files].sort()) {
    const bytes = await readFile(path.join(content.contentDir, "files", file));
    try {
      texts.set(file, await extractPdfText!(bytes));
    } catch (error) {
      throw new Error(`PDF cannot be read / PDF окулбайт: files/${file}: ${(error as Error).message}`);
    }
  }
  return { texts, seconds: (performance.now() - started) / 1000 };
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
