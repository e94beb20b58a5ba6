/**
 * The text of an Office Open XML part (DOCX, XLSX, PPTX) or an OpenDocument `content.xml`,
 * enough to look for numbers in it: paragraphs and rows on lines of their own, table and
 * sheet cells kept apart, runs of one paragraph joined as Word joins them, markup dropped.
 */

/** Tags that end a line: paragraphs, line breaks, table and sheet rows. */
const LINE_END = /<\/(?:w:p|a:p|text:p|text:h|row|table:table-row|w:tr|a:tr)>|<(?:w:br|w:cr|text:line-break|a:br)\b[^>]*\/?>/g;
/** Tags that end a cell: a bar keeps the numbers of neighbouring cells from joining. */
const CELL_END = /<\/(?:c|w:tc|a:tc|table:table-cell|si)>/g;
const TAB = /<(?:w:tab|text:tab|text:s)\b[^>]*\/?>/g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/**
 * @example xmlText('<w:p><w:r><w:t>0555 12</w:t></w:r><w:r><w:t> 34 56</w:t></w:r></w:p>') // "0555 12 34 56"
 */
export function xmlText(xml: string): string {
  return xml
    .replace(LINE_END, "\n")
    .replace(CELL_END, " | ")
    .replace(TAB, " ")
    .replace(/<[^>]*>/g, "")
    .replace(ENTITY, (whole, name: string) => {
      if (name[0] !== "#") return NAMED[name.toLowerCase()] ?? whole;
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{2,}/g, "\n")
    .trim();
}
