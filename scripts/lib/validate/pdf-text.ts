/**
 * The text layer of a PDF attachment, read once per build: validation scans it for personal
 * data and the search index takes it from there. Uses pdfjs-dist's legacy build (the one
 * meant for Node). A scanned document has no text layer: its search text is `null` and the
 * entry page says the document is a scan.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/**
 * Fewer letters than this in the whole document count as "no text layer": scanners and
 * stamping tools sometimes leave a page number or a "КОПИЯ" watermark as text.
 */
export const MIN_TEXT_LETTERS = 20;

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/**
 * Joins a page's text items into lines. A line that ends in a hyphen right after a letter
 * is glued to the next one ("Ак-" + "Тереком" → "Ак-Тереком"): both languages break
 * compound names at the hyphen.
 *
 * @example
 * joinTextItems([{ str: "Суу", hasEOL: false }, { str: "мунарасы", hasEOL: true }]) // "Суу мунарасы"
 */
export function joinTextItems(items: readonly TextItemLike[]): string {
  let text = "";
  for (const item of items) {
    text += item.str ?? "";
    if (item.hasEOL) text += "\n";
    else if (item.str && !/\s$/.test(item.str)) text += " ";
  }
  return text
    .replace(/(\p{L})-\s*\n\s*(?=\p{L})/gu, "$1-")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/**
 * The text of every page of a PDF, pages separated by a blank line, or `null` when the
 * document has no text layer (a scan) — fewer than MIN_TEXT_LETTERS letters in all.
 * Throws when the bytes are not a readable PDF: a broken attachment should fail the build.
 *
 * @example
 * await extractPdfText(await readFile("content/files/minutes/2025-02-20-jyiyn-protokol.pdf"))
 * // "Жалал-Абад облусу, Сузак району\nАк-Терек айыл аймагынын айыл өкмөтү\n…"
 * await extractPdfText(await readFile("content/files/minutes/2025-05-15-uguu-protokol-scan.pdf")) // null
 */
export async function extractPdfText(bytes: Uint8Array): Promise<string | null> {
  return pdfSearchText(await extractPdfPages(bytes));
}

/**
 * The search text of a PDF from its pages' texts: `null` for a scan (see {@link extractPdfText}).
 * @example pdfSearchText(["", "Протокол схода граждан села Ак-Терек"]) // "Протокол схода граждан села Ак-Терек"
 */
export function pdfSearchText(pages: readonly string[]): string | null {
  const text = pages.filter((p) => p !== "").join("\n\n");
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters < MIN_TEXT_LETTERS ? null : text;
}

/**
 * The text of each page of a PDF (page 1 first; "" for a page without text). Throws when the
 * bytes are not a readable PDF (cut short, damaged, encrypted with a password).
 * @example (await extractPdfPages(bytes)).length // the number of pages
 */
export async function extractPdfPages(bytes: Uint8Array): Promise<string[]> {
  // pdfjs detaches the buffer it is given: pass a copy so the caller's bytes stay usable.
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(joinTextItems(content.items as TextItemLike[]));
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
