/**
 * The real type of an attachment, read from its first bytes (magic bytes), so that a scan
 * saved as .pdf but really a JPEG, or a program renamed to .docx, is caught.
 */

/** Result of {@link sniffFileType}: MIME type and usual extension (no dot). */
export interface SniffedType {
  mime: string;
  ext: string;
}

/**
 * The file's type from its content (magic bytes): PDF, JPEG, PNG, WebP, GIF, DOCX/XLSX/PPTX
 * (ZIP with `[Content_Types].xml`), ODT/ODS/ODP, other ZIP, DOC/XLS/PPT (OLE compound file),
 * MP4 and its relatives (MOV, M4A, 3GP, HEIC, AVIF). `null` when it is none of these.
 * Pass the whole file: Office formats are told apart by the names of the parts inside.
 *
 * @example
 * sniffFileType(new TextEncoder().encode("%PDF-1.7\n")) // { mime: "application/pdf", ext: "pdf" }
 */
export function sniffFileType(buffer: Uint8Array): SniffedType | null {
  const b = buffer;
  if (ascii(b, 0, 5) === "%PDF-") return { mime: "application/pdf", ext: "pdf" };
  if (bytesAt(b, 0, [0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg" };
  if (bytesAt(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", ext: "png" };
  if (ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 4) === "WEBP") return { mime: "image/webp", ext: "webp" };
  if (ascii(b, 0, 6) === "GIF87a" || ascii(b, 0, 6) === "GIF89a") return { mime: "image/gif", ext: "gif" };
  if (bytesAt(b, 0, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(b);
  if (bytesAt(b, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffOle(b);
  if (ascii(b, 4, 4) === "ftyp") return sniffIsoMedia(ascii(b, 8, 4));
  return null;
}

function sniffZip(b: Uint8Array): SniffedType {
  // ODF: the first entry is an uncompressed "mimetype" holding the type.
  if (ascii(b, 30, 8) === "mimetype" && u16(b, 26) === 8 && u16(b, 8) === 0) {
    const start = 30 + 8 + u16(b, 28);
    const type = ascii(b, start, Math.min(u32(b, 18), 80));
    const odf: Record<string, string> = {
      "application/vnd.oasis.opendocument.text": "odt",
      "application/vnd.oasis.opendocument.spreadsheet": "ods",
      "application/vnd.oasis.opendocument.presentation": "odp",
    };
    const ext = odf[type];
    if (ext) return { mime: type, ext };
  }
  const names = zipEntryNames(b);
  if (names.has("[Content_Types].xml")) {
    const has = (prefix: string): boolean => [...names].some((n) => n.startsWith(prefix));
    if (has("word/")) return { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: "docx" };
    if (has("xl/")) return { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: "xlsx" };
    if (has("ppt/")) return { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", ext: "pptx" };
  }
  return { mime: "application/zip", ext: "zip" };
}

/**
 * Entry names from every local file header ("PK\3\4") and central directory header
 * ("PK\1\2") found in the buffer. Scanning for headers rather than walking sizes also works
 * when sizes sit in data descriptors after the data (general purpose flag bit 3).
 */
function zipEntryNames(b: Uint8Array): Set<string> {
  const names = new Set<string>();
  for (let i = b.indexOf(0x50); i >= 0 && i + 4 <= b.length; i = b.indexOf(0x50, i + 1)) {
    if (b[i + 1] !== 0x4b) continue;
    let nameLength = -1;
    let nameStart = -1;
    if (b[i + 2] === 0x03 && b[i + 3] === 0x04) {
      nameLength = u16(b, i + 26);
      nameStart = i + 30;
    } else if (b[i + 2] === 0x01 && b[i + 3] === 0x02) {
      nameLength = u16(b, i + 28);
      nameStart = i + 46;
    }
    if (nameLength > 0 && nameLength <= 1024 && nameStart + nameLength <= b.length) {
      names.add(new TextDecoder("utf-8").decode(b.subarray(nameStart, nameStart + nameLength)));
    }
  }
  return names;
}

const OLE_STREAMS: readonly [string, SniffedType][] = [
  ["WordDocument", { mime: "application/msword", ext: "doc" }],
  ["PowerPoint Document", { mime: "application/vnd.ms-powerpoint", ext: "ppt" }],
  ["Workbook", { mime: "application/vnd.ms-excel", ext: "xls" }],
  ["Book", { mime: "application/vnd.ms-excel", ext: "xls" }],
];

/**
 * OLE compound file (MS-CFB): the type is given by the streams directly under the root
 * storage (a Word file's "WordDocument", an Excel file's "Workbook"); streams of embedded
 * objects, deeper in the tree, do not count. A truncated file falls back to any directory
 * entry with a known stream name.
 */
function sniffOle(b: Uint8Array): SniffedType | null {
  const names = oleRootStreamNames(b) ?? oleAnyStreamNames(b);
  for (const [stream, type] of OLE_STREAMS) if (names.has(stream)) return type;
  return null;
}

const END_OF_CHAIN = 0xfffffffe;
const NO_STREAM = 0xffffffff;

/** Names of the root storage's children, or null when the buffer cannot be walked. */
function oleRootStreamNames(b: Uint8Array): Set<string> | null {
  const shift = u16(b, 30);
  if (shift !== 9 && shift !== 12) return null;
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  const offset = (sector: number): number => (sector + 1) * sectorSize;

  // FAT sectors: 109 in the header, then the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) fatSectors.push(u32(b, 76 + i * 4));
  for (let s = u32(b, 68), guard = 0; s < END_OF_CHAIN && guard < 10_000; guard++) {
    if (offset(s) + sectorSize > b.length) return null;
    for (let i = 0; i < perSector - 1; i++) fatSectors.push(u32(b, offset(s) + i * 4));
    s = u32(b, offset(s) + (perSector - 1) * 4);
  }
  const next = (sector: number): number | null => {
    const fat = fatSectors[Math.floor(sector / perSector)];
    if (fat === undefined || fat >= END_OF_CHAIN) return null;
    const at = offset(fat) + (sector % perSector) * 4;
    return at + 4 <= b.length ? u32(b, at) : null;
  };

  // Directory entries (128 bytes each) along the directory sector chain.
  const entries: number[] = [];
  const visited = new Set<number>();
  for (let s = u32(b, 48); s !== END_OF_CHAIN; ) {
    if (visited.has(s) || offset(s) + sectorSize > b.length) return null; // a loop, or past the end
    visited.add(s);
    for (let i = 0; i < sectorSize; i += 128) entries.push(offset(s) + i);
    const n = next(s);
    if (n === null) return null;
    s = n;
  }
  const root = entries[0];
  if (root === undefined || b[root + 66] !== 5) return null;

  // Walk the red-black tree of the root's children (left/right siblings).
  const names = new Set<string>();
  const stack = [u32(b, root + 76)];
  const seen = new Set<number>();
  while (stack.length > 0) {
    const id = stack.pop() as number;
    if (id === NO_STREAM || seen.has(id)) continue;
    seen.add(id);
    const at = entries[id];
    if (at === undefined) return null;
    if (b[at + 66] === 2) names.add(oleEntryName(b, at));
    stack.push(u32(b, at + 68), u32(b, at + 72));
  }
  return names;
}

/** Names of all stream entries at 128-byte-aligned positions (directory entries always are). */
function oleAnyStreamNames(b: Uint8Array): Set<string> {
  const names = new Set<string>();
  for (let at = 512; at + 128 <= b.length; at += 128) {
    if (b[at + 66] === 2) names.add(oleEntryName(b, at));
  }
  return names;
}

function oleEntryName(b: Uint8Array, at: number): string {
  const length = u16(b, at + 64); // in bytes, including the terminating NUL
  if (length < 2 || length > 64 || length % 2 !== 0) return "";
  let name = "";
  for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(u16(b, at + i));
  return name;
}

function sniffIsoMedia(brand: string): SniffedType {
  if (brand === "qt  ") return { mime: "video/quicktime", ext: "mov" };
  if (brand === "M4A " || brand === "M4B ") return { mime: "audio/mp4", ext: "m4a" };
  if (brand.startsWith("3gp") || brand.startsWith("3g2")) return { mime: "video/3gpp", ext: "3gp" };
  if (brand === "heic" || brand === "heix") return { mime: "image/heic", ext: "heic" };
  if (brand === "avif" || brand === "avis") return { mime: "image/avif", ext: "avif" };
  return { mime: "video/mp4", ext: "mp4" };
}

function bytesAt(b: Uint8Array, offset: number, expected: readonly number[]): boolean {
  return expected.every((byte, i) => b[offset + i] === byte);
}

/** Bytes as Latin-1 text; "" past the end. */
function ascii(b: Uint8Array, offset: number, length: number): string {
  if (offset + length > b.length) return "";
  return String.fromCharCode(...b.subarray(offset, offset + length));
}

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16)) + (b[at + 3] ?? 0) * 0x1000000;
}
