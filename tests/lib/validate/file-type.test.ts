import { describe, expect, it } from "vitest";
import { sniffFileType } from "../../../scripts/lib/validate/file-type.ts";

// ---- tiny real file headers ------------------------------------------------------------

const bytes = (...parts: (string | number[] | Uint8Array)[]): Uint8Array => {
  const chunks = parts.map((p) => (typeof p === "string" ? Uint8Array.from(p, (c) => c.charCodeAt(0)) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
const le16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];
const le32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** A ZIP made of stored entries, with a central directory unless `central` is false. */
function zip(entries: { name: string; data?: string; descriptor?: boolean }[], central = true): Uint8Array {
  const parts: Uint8Array[] = [];
  const headers: { name: string; offset: number; size: number }[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = e.data ?? "";
    const size = e.descriptor ? 0 : data.length; // bit 3: sizes come after the data
    const local = bytes(
      [0x50, 0x4b, 0x03, 0x04], le16(20), le16(e.descriptor ? 8 : 0), le16(0), le16(0), le16(0),
      le32(0), le32(size), le32(size), le16(e.name.length), le16(0), e.name, data,
      e.descriptor ? [0x50, 0x4b, 0x07, 0x08, ...le32(0), ...le32(data.length), ...le32(data.length)] : [],
    );
    headers.push({ name: e.name, offset, size: data.length });
    parts.push(local);
    offset += local.length;
  }
  if (central) {
    for (const h of headers) {
      parts.push(bytes(
        [0x50, 0x4b, 0x01, 0x02], le16(20), le16(20), le16(0), le16(0), le16(0), le16(0), le32(0),
        le32(h.size), le32(h.size), le16(h.name.length), le16(0), le16(0), le16(0), le16(0), le32(0), le32(h.offset), h.name,
      ));
    }
    parts.push(bytes([0x50, 0x4b, 0x05, 0x06], new Array(18).fill(0)));
  }
  return bytes(...parts);
}

/** Blank out the local file header of `name`, so that only the central directory names it. */
function withoutLocalHeader(file: Uint8Array, name: string): Uint8Array {
  const text = String.fromCharCode(...file);
  const local = text.lastIndexOf("PK\x03\x04", text.indexOf(name));
  const out = file.slice();
  out.fill(0x20, local, local + 30 + name.length);
  if (local < 0 || String.fromCharCode(...out).split(name).length !== 2) throw new Error("fixture: header not removed");
  return out;
}

type CfbEntry = { name: string; type: 1 | 2; left?: number; right?: number; child?: number };

/**
 * A minimal OLE compound file (MS-CFB v3, 512-byte sectors): header, one FAT sector,
 * directory sectors (chained through the FAT, optionally out of order) holding the root entry
 * and `entries`, whose ids start at 1.
 */
function cfb(rootChild: number, entries: CfbEntry[], options: { reverseDirSectors?: boolean } = {}): Uint8Array {
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const all: (CfbEntry | { name: string; type: 5; child: number })[] = [{ name: "Root Entry", type: 5, child: rootChild }, ...entries];
  const dirSectors = Math.max(1, Math.ceil(all.length / 4));
  // Sector 0 = FAT; directory sectors 1..n, or n..1 when reversed.
  const order = Array.from({ length: dirSectors }, (_, i) => (options.reverseDirSectors ? dirSectors - i : i + 1));
  const file = new Uint8Array(512 * (2 + dirSectors));
  const view = new DataView(file.buffer);
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(24, 0x3e, true);
  view.setUint16(26, 3, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true); // one FAT sector
  view.setUint32(48, order[0] ?? END, true);
  view.setUint32(56, 4096, true);
  view.setUint32(60, END, true);
  view.setUint32(68, END, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i === 0 ? 0 : FREE, true);
  const fat = 512;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, FREE, true);
  view.setUint32(fat, 0xfffffffd, true); // FATSECT
  order.forEach((sector, i) => view.setUint32(fat + sector * 4, order[i + 1] ?? END, true));
  all.forEach((e, id) => {
    const at = ((order[Math.floor(id / 4)] ?? 0) + 1) * 512 + (id % 4) * 128;
    for (let i = 0; i < e.name.length; i++) view.setUint16(at + i * 2, e.name.charCodeAt(i), true);
    view.setUint16(at + 64, (e.name.length + 1) * 2, true);
    file[at + 66] = e.type;
    view.setUint32(at + 68, ("left" in e ? e.left : undefined) ?? FREE, true);
    view.setUint32(at + 72, ("right" in e ? e.right : undefined) ?? FREE, true);
    view.setUint32(at + 76, e.child ?? FREE, true);
  });
  return file;
}

const PDF = { mime: "application/pdf", ext: "pdf" };
const DOCX = { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: "docx" };
const XLSX = { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: "xlsx" };
const PPTX = { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", ext: "pptx" };
const ZIP = { mime: "application/zip", ext: "zip" };
const DOC = { mime: "application/msword", ext: "doc" };
const XLS = { mime: "application/vnd.ms-excel", ext: "xls" };
const PPT = { mime: "application/vnd.ms-powerpoint", ext: "ppt" };

describe("sniffFileType", () => {
  const ooxml = (main: string): { name: string; data?: string }[] => [
    { name: "[Content_Types].xml", data: "<Types/>" },
    { name: "_rels/.rels", data: "<Relationships/>" },
    { name: main, data: "<x/>" },
  ];
  const cases = [
    { name: "PDF", file: bytes("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), out: PDF },
    { name: "text that mentions %PDF- later", file: bytes("hello %PDF-1.7"), out: null },
    { name: "JPEG (JFIF)", file: bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF\0"), out: { mime: "image/jpeg", ext: "jpg" } },
    { name: "JPEG (Exif, phone camera)", file: bytes([0xff, 0xd8, 0xff, 0xe1, 0x12, 0x34], "Exif\0\0"), out: { mime: "image/jpeg", ext: "jpg" } },
    { name: "PNG", file: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR"), out: { mime: "image/png", ext: "png" } },
    { name: "WebP", file: bytes("RIFF", le32(26), "WEBPVP8 "), out: { mime: "image/webp", ext: "webp" } },
    { name: "RIFF but WAVE", file: bytes("RIFF", le32(26), "WAVEfmt "), out: null },
    { name: "GIF89a", file: bytes("GIF89a", [1, 0, 1, 0]), out: { mime: "image/gif", ext: "gif" } },
    { name: "GIF87a", file: bytes("GIF87a", [1, 0, 1, 0]), out: { mime: "image/gif", ext: "gif" } },
    { name: "DOCX", file: zip(ooxml("word/document.xml")), out: DOCX },
    { name: "XLSX", file: zip(ooxml("xl/workbook.xml")), out: XLSX },
    { name: "PPTX", file: zip(ooxml("ppt/presentation.xml")), out: PPTX },
    { name: "DOCX without central directory, sizes in data descriptors", file: zip(ooxml("word/document.xml").map((e) => ({ ...e, descriptor: true })), false), out: DOCX },
    { name: "DOCX whose main part is named only in the central directory", file: withoutLocalHeader(zip(ooxml("word/document.xml")), "word/document.xml"), out: DOCX },
    { name: "plain ZIP", file: zip([{ name: "photos/1.jpg", data: "x" }]), out: ZIP },
    { name: "ZIP with word/ but no [Content_Types].xml", file: zip([{ name: "word/notes.txt", data: "x" }]), out: ZIP },
    { name: "ODT", file: zip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.text" }, { name: "content.xml", data: "<x/>" }]), out: { mime: "application/vnd.oasis.opendocument.text", ext: "odt" } },
    { name: "DOC", file: cfb(1, [{ name: "WordDocument", type: 2, left: 2 }, { name: "1Table", type: 2 }]), out: DOC },
    { name: "XLS", file: cfb(1, [{ name: "Workbook", type: 2, right: 2 }, { name: "\u0005SummaryInformation", type: 2 }]), out: XLS },
    { name: "XLS (Excel 5, 'Book')", file: cfb(1, [{ name: "Book", type: 2 }]), out: XLS },
    { name: "PPT", file: cfb(2, [{ name: "Current User", type: 2 }, { name: "PowerPoint Document", type: 2, left: 1 }]), out: PPT },
    {
      name: "XLS with an embedded Word document (deeper in the tree) is still XLS",
      file: cfb(2, [{ name: "WordDocument", type: 2 }, { name: "Workbook", type: 2, right: 3 }, { name: "MBD0001", type: 1, child: 1 }]),
      out: XLS,
    },
    {
      name: "directory spread over sectors chained out of order",
      file: cfb(5, [...[1, 2, 3, 4].map((i): CfbEntry => ({ name: `S${i}`, type: 2 })), { name: "WordDocument", type: 2, left: 4 }], { reverseDirSectors: true }),
      out: DOC,
    },
    { name: "OLE with unknown streams (e.g. MSI)", file: cfb(1, [{ name: "\u4840Summary", type: 2 }]), out: null },
    { name: "damaged FAT: falls back to the directory entries", file: cfb(1, [{ name: "WordDocument", type: 2 }]).fill(0, 512, 1024), out: DOC },
    { name: "truncated DOC: header only", file: cfb(1, [{ name: "WordDocument", type: 2 }]).slice(0, 512), out: null },
    { name: "MP4 (isom)", file: bytes(le32(0x20).reverse(), "ftypisom", [0, 0, 2, 0]), out: { mime: "video/mp4", ext: "mp4" } },
    { name: "MP4 (mp42)", file: bytes([0, 0, 0, 0x18], "ftypmp42"), out: { mime: "video/mp4", ext: "mp4" } },
    { name: "MOV", file: bytes([0, 0, 0, 0x14], "ftypqt  "), out: { mime: "video/quicktime", ext: "mov" } },
    { name: "3GP (Android video)", file: bytes([0, 0, 0, 0x18], "ftyp3gp4"), out: { mime: "video/3gpp", ext: "3gp" } },
    { name: "HEIC (iPhone photo)", file: bytes([0, 0, 0, 0x18], "ftypheic"), out: { mime: "image/heic", ext: "heic" } },
    { name: "empty", file: new Uint8Array(0), out: null },
    { name: "one byte", file: bytes([0xff]), out: null },
    { name: "plain text", file: new TextEncoder().encode("Протокол жыйыны"), out: null },
  ] as const;
  it.each(cases)("$name", ({ file, out }) => {
    expect(sniffFileType(file)).toEqual(out);
  });
});
