/**
 * Numbers and files as residents read them: "1 250 000", "53,0 %", "1,2 МБ", and the
 * "PDF, 1,2 МБ" shown beside a download link. Kyrgyz and Russian write numbers alike: thousands
 * grouped with a no-break space, a decimal comma, and a no-break space before "%".
 */
import type { Lang } from "./lang.ts";

/** Short type names residents know from file names, by MIME type. */
const TYPE_NAMES: Record<string, string> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/webp": "WebP",
  "image/gif": "GIF",
  "image/heic": "HEIC",
  "image/avif": "AVIF",
  "image/svg+xml": "SVG",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PPTX",
  "application/msword": "DOC",
  "application/vnd.ms-excel": "XLS",
  "application/vnd.ms-powerpoint": "PPT",
  "application/vnd.oasis.opendocument.text": "ODT",
  "application/vnd.oasis.opendocument.spreadsheet": "ODS",
  "application/vnd.oasis.opendocument.presentation": "ODP",
  "application/zip": "ZIP",
  "application/rtf": "RTF",
  "text/plain": "TXT",
  "text/csv": "CSV",
  "video/mp4": "MP4",
  "video/quicktime": "MOV",
  "video/3gpp": "3GP",
  "audio/mp4": "M4A",
  "audio/mpeg": "MP3",
};

/** Units (1024-based, as Windows shows them). Same abbreviations in Kyrgyz and Russian. */
const UNITS: Record<Lang, { bytes: string; units: readonly string[]; file: string }> = {
  ky: { bytes: "байт", units: ["КБ", "МБ", "ГБ"], file: "Файл" },
  ru: { bytes: "байт", units: ["КБ", "МБ", "ГБ"], file: "Файл" },
};

const NBSP = "\u00A0";

/**
 * Thousands grouped with a no-break space, as both languages write them.
 * @example formatNumber(1250000) // "1 250 000"
 */
export function formatNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
}

/**
 * A number with a decimal comma and grouped thousands; `digits` decimals, or up to `digits`
 * when `trim` is set (no ",0").
 * @example formatDecimal(53) // "53,0"
 * @example formatDecimal(1250.25, 2) // "1 250,25"
 * @example formatDecimal(75, 1, { trim: true }) // "75"
 */
export function formatDecimal(value: number, digits = 1, { trim = false }: { trim?: boolean } = {}): string {
  if (!Number.isFinite(value)) throw new Error(`A number to format must be finite, found ${value}`);
  const fixed = Math.abs(value).toFixed(digits);
  const [whole = "0", fraction = ""] = fixed.split(".");
  const kept = trim ? fraction.replace(/0+$/, "") : fraction;
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return `${sign}${formatNumber(Number(whole))}${kept ? `,${kept}` : ""}`;
}

/**
 * A percentage as both languages print it: decimal comma, a no-break space before "%".
 * One decimal by default; `trim` drops a ",0".
 * @example formatPercent(53) // "53,0 %"
 * @example formatPercent(75.6, 1, { trim: true }) // "75,6 %"
 * @example formatPercent(87, 1, { trim: true }) // "87 %"
 */
export function formatPercent(value: number, digits = 1, options: { trim?: boolean } = {}): string {
  return `${formatDecimal(value, digits, options)}${NBSP}%`;
}

/**
 * File size in words a resident reads: below 10 units one decimal, above whole numbers,
 * decimal comma, a no-break space before the unit.
 *
 * @example
 * formatFileSize(1_258_291, "ru") // "1,2 МБ" (with a no-break space)
 */
export function formatFileSize(bytes: number, lang: Lang): string {
  if (!Number.isSafeInteger(bytes) || bytes < 0) throw new Error(`File size must be a whole number of bytes ≥ 0, found ${bytes}`);
  const u = UNITS[lang];
  const format = (n: number, digits: number): string =>
    new Intl.NumberFormat(lang, { maximumFractionDigits: digits, useGrouping: false }).format(n);
  if (bytes < 1024) return `${format(bytes, 0)}${NBSP}${u.bytes}`;
  let value = bytes / 1024;
  let unit = 0;
  const round = (v: number): number => (v < 10 ? Math.round(v * 10) / 10 : Math.round(v));
  while (round(value) >= 1024 && unit < u.units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = round(value);
  return `${format(rounded, rounded < 10 ? 1 : 0)}${NBSP}${u.units[unit]}`;
}

/**
 * "Type, size" for a download link: ru "PDF, 1,2 МБ", ky "DOCX, 340 КБ"; an unknown type is
 * "Файл, 12 КБ". Size and unit are joined by a no-break space. `mime` may carry parameters.
 *
 * @example
 * describeFile(1_258_291, "application/pdf", "ru") // "PDF, 1,2 МБ"
 */
export function describeFile(bytes: number, mime: string, lang: Lang): string {
  const type = mime.split(";")[0]?.trim().toLowerCase() ?? "";
  return `${TYPE_NAMES[type] ?? UNITS[lang].file}, ${formatFileSize(bytes, lang)}`;
}

/** Usual extensions (lower case, no dot) of the types in {@link TYPE_NAMES}. */
const EXTENSIONS: Record<string, string> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  heic: "image/heic",
  avif: "image/avif",
  svg: "image/svg+xml",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
  zip: "application/zip",
  rtf: "application/rtf",
  txt: "text/plain",
  csv: "text/csv",
  mp4: "video/mp4",
  mov: "video/quicktime",
  "3gp": "video/3gpp",
  m4a: "audio/mp4",
  mp3: "audio/mpeg",
};

/**
 * MIME type of a file name's extension (case-insensitive), for {@link describeFile} when the
 * file's bytes are not at hand; "application/octet-stream" when unknown.
 *
 * @example
 * mimeOfFileName("minutes/2025-02-20-protokol.PDF") // "application/pdf"
 */
export function mimeOfFileName(name: string): string {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  return EXTENSIONS[ext] ?? "application/octet-stream";
}
