/**
 * How a text file was saved. Staff on Windows still meet editors that save Cyrillic text as
 * Windows-1251 or UTF-16 ("Unicode" in Notepad and Excel): read as UTF-8, such a file shows
 * `����` on the page or loses its `---` line. Detected here so the file can be read right and
 * staff told to save it as UTF-8.
 */

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251";

export interface DecodedText {
  text: string;
  /** What the bytes were; `null` when they are no text we can read. */
  encoding: TextEncoding | null;
  /** A byte-order mark was present (and is not part of `text`). */
  bom: boolean;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The text of a file's bytes and the encoding they were in: UTF-8 (with or without BOM),
 * UTF-16 (by its BOM, or by the zero bytes of mostly-ASCII text), else Windows-1251 when the
 * bytes read as Cyrillic text. `encoding: null` when none fits (a binary file, another code page).
 *
 * @example decodeText(new Uint8Array([0xcf, 0xd0, 0xc8, 0xc2, 0xc5, 0xd2])) // { text: "ПРИВЕТ", encoding: "windows-1251", bom: false }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryUtf8(bytes.subarray(3));
    return text === null ? { text: "", encoding: null, bom: true } : { text, encoding: "utf-8", bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", bom: true };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, bom: false };
  const text = tryUtf8(bytes);
  if (text !== null) return { text, encoding: "utf-8", bom: false };
  if (looksLikeCp1251(bytes)) return { text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251", bom: false };
  return { text: "", encoding: null, bom: false };
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM: in text that is mostly Latin, digits and punctuation, every other byte is zero. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const sample = Math.min(bytes.length, 4096);
  if (!bytes.subarray(0, sample).includes(0)) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.3 && evenZeros === 0) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros === 0) return "utf-16be";
  return null;
}

/**
 * Windows-1251 Cyrillic: no control bytes besides tab and line ends, and most bytes above
 * 0x7F, punctuation aside, are Cyrillic letters (0xC0–0xFF, Ё 0xA8, ё 0xB8, and the letters
 * of 0x80–0xBF).
 */
function looksLikeCp1251(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
    if (b < 0x80 || CP1251_PUNCTUATION.has(b)) continue;
    if (b === 0x98) return false; // the one byte Windows-1251 leaves undefined
    high++;
    if (b >= 0xc0 || b === 0xa8 || b === 0xb8 || CP1251_LETTERS_80_BF.has(b)) letters++;
  }
  return high > 0 && letters / high >= 0.8;
}

// „ … – — ‘ ’ “ ” • ™ NBSP § © « ¬ SHY ® ° ± µ ¶ · № »: punctuation and signs.
const CP1251_PUNCTUATION = new Set([
  0x82, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8b, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x99, 0x9b,
  0xa0, 0xa4, 0xa6, 0xa7, 0xa9, 0xab, 0xac, 0xad, 0xae, 0xb0, 0xb1, 0xb5, 0xb6, 0xb7, 0xb9, 0xbb,
]);

// Ђ Ѓ ѓ Љ Њ Ќ Ћ Џ ђ љ њ ќ ћ џ Ў ў Ј Ґ Є Ї І і ґ є ј Ѕ ѕ ї: Cyrillic letters of other languages.
const CP1251_LETTERS_80_BF = new Set([
  0x80, 0x81, 0x83, 0x8a, 0x8c, 0x8d, 0x8e, 0x8f, 0x90, 0x9a, 0x9c, 0x9d, 0x9e, 0x9f,
  0xa1, 0xa2, 0xa3, 0xa5, 0xaa, 0xaf, 0xb2, 0xb3, 0xb4, 0xba, 0xbc, 0xbd, 0xbe, 0xbf,
]);
