/**
 * Small real files made at test time rather than committed: PDFs with a text layer, ZIP
 * archives (and so DOCX, XLSX, PPTX, ODT, which are ZIP archives of XML).
 */
import { crc32, deflateRawSync } from "node:zlib";

/**
 * A minimal, valid PDF: one page per string, each drawn in Helvetica (ASCII only);
 * an empty string gives a page with no text at all, like a scan's page.
 */
export function makePdf(pages: readonly string[]): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`;
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
  pages.forEach((text, i) => {
    const stream = text === "" ? "0 0 m 10 10 l S" : `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, "\\$&")}) Tj ET`;
    objects[pageIds[i]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

export interface ZipFileOptions {
  /** Store as a symbolic link (Unix mode 0120777): the content is the link's target. */
  symlink?: boolean;
  /** Mark as encrypted (flag bit 0), as a password-protected archive does. */
  encrypted?: boolean;
  /** Claim this uncompressed size instead of the real one. */
  claimedSize?: number;
  /** Store without compression. */
  stored?: boolean;
}

/**
 * A ZIP archive of the given files (path → text or bytes), deflated, written the way common
 * tools write it (local headers, central directory, end record).
 */
export function makeZip(files: Record<string, string | Uint8Array>, options: Record<string, ZipFileOptions> = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const opts = options[name] ?? {};
    const data = Buffer.from(typeof content === "string" ? new TextEncoder().encode(content) : content);
    const packed = opts.stored ? data : deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const method = opts.stored ? 0 : 8;
    const flags = 0x0800 | (opts.encrypted ? 1 : 0);
    const size = opts.claimedSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(((opts.symlink ? 0o120777 : 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${body}`;

/** A Word document whose paragraphs are the given lines (each split in two runs, as Word does). */
export function makeDocx(paragraphs: readonly string[]): Uint8Array {
  const runs = (text: string) => {
    const cut = Math.floor(text.length / 2);
    return `<w:r><w:t xml:space="preserve">${escapeXml(text.slice(0, cut))}</w:t></w:r><w:r><w:t>${escapeXml(text.slice(cut))}</w:t></w:r>`;
  };
  return makeZip({
    "[Content_Types].xml": xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "_rels/.rels": xml("<Relationships/>"),
    "word/document.xml": xml(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p>${runs(p)}</w:p>`).join("")}</w:body></w:document>`),
  });
}

/** An Excel workbook with one sheet: rows of cells, text through shared strings, numbers as numbers. */
export function makeXlsx(rows: readonly (readonly (string | number)[])[]): Uint8Array {
  const strings: string[] = [];
  const cells = rows.map((row, r) =>
    `<row r="${r + 1}">${row
      .map((cell) => (typeof cell === "number" ? `<c><v>${cell}</v></c>` : `<c t="s"><v>${strings.push(cell) - 1}</v></c>`))
      .join("")}</row>`,
  );
  return makeZip({
    "[Content_Types].xml": xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "xl/workbook.xml": xml("<workbook/>"),
    "xl/sharedStrings.xml": xml(`<sst>${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join("")}</sst>`),
    "xl/worksheets/sheet1.xml": xml(`<worksheet><sheetData>${cells.join("")}</sheetData></worksheet>`),
  });
}

/** A PowerPoint file with one slide per text. */
export function makePptx(slides: readonly string[]): Uint8Array {
  const files: Record<string, string> = {
    "[Content_Types].xml": xml('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "ppt/presentation.xml": xml("<p:presentation/>"),
  };
  slides.forEach((text, i) => {
    files[`ppt/slides/slide${i + 1}.xml`] = xml(`<p:sld><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`);
  });
  return makeZip(files);
}

/** An OpenDocument file (text, spreadsheet or presentation) whose content is the given paragraphs. */
export function makeOdf(kind: "text" | "spreadsheet" | "presentation", paragraphs: readonly string[]): Uint8Array {
  return makeZip(
    {
      mimetype: `application/vnd.oasis.opendocument.${kind}`,
      "META-INF/manifest.xml": xml("<manifest:manifest/>"),
      "content.xml": xml(`<office:document-content><office:body>${paragraphs.map((p) => `<text:p>${escapeXml(p)}</text:p>`).join("")}</office:body></office:document-content>`),
    },
    { mimetype: { stored: true } },
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
