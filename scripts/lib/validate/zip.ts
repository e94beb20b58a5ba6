/**
 * Reads the files inside a ZIP archive (and so inside DOCX, XLSX, PPTX and OpenDocument files,
 * which are ZIP archives of XML), with Node's own zlib. Only what checking needs: names, sizes,
 * flags and the bytes of stored or deflated entries. Written defensively: sizes come from the
 * central directory, inflating stops at the size it declares (a "zip bomb" cannot grow past
 * the limit), and anything unexpected is an error rather than a guess.
 */
import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  name: string;
  compressedSize: number;
  size: number;
  /** 0 stored, 8 deflated; anything else cannot be read here. */
  method: number;
  encrypted: boolean;
  isFolder: boolean;
  /** A symbolic link stored as such (Unix mode in the external attributes). */
  isSymlink: boolean;
  /** Where its local header starts. */
  offset: number;
}

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The entries of an archive, from its central directory.
 * @example listZip(bytes).map((e) => e.name) // ["[Content_Types].xml", "word/document.xml", …]
 */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) throw new ZipError("no end of central directory (the archive is cut short or is no ZIP)");
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_EOCD_LOCATOR) throw new ZipError("ZIP64 archives are not read");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError("the central directory is damaged");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const madeBy = view.getUint16(at + 4, true) >> 8;
    const external = view.getUint32(at + 38, true);
    const offset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > bytes.length) throw new ZipError("the central directory is damaged");
    // Bit 11: the name is UTF-8; else it is in the DOS code page, read here as UTF-8 all the same.
    const name = new TextDecoder("utf-8").decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, "/");
    const unixMode = madeBy === 3 ? external >>> 16 : 0;
    entries.push({
      name,
      compressedSize,
      size,
      method,
      encrypted: (flags & 1) !== 0,
      isFolder: name.endsWith("/"),
      isSymlink: (unixMode & 0o170000) === 0o120000,
      offset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The bytes of one entry. Throws `ZipError` for an encrypted or oddly compressed entry, or
 * when the data is damaged or larger than it says.
 * @example new TextDecoder().decode(readZipEntry(bytes, entry)) // "<?xml …"
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.encrypted) throw new ZipError(`«${entry.name}» is encrypted`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== LOCAL) throw new ZipError(`«${entry.name}»: damaged local header`);
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipError(`«${entry.name}»: cut short`);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError(`«${entry.name}»: compression method ${entry.method} is not read`);
  try {
    // One byte more than declared: an entry that inflates past its size is caught, never followed.
    const out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
    if (out.length !== entry.size) throw new ZipError(`«${entry.name}»: size differs from the directory`);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError(`«${entry.name}»: ${(error as Error).message}`);
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}
