import { describe, expect, it } from "vitest";
import { describeFile, formatDecimal, formatFileSize, formatNumber, formatPercent, mimeOfFileName } from "../../../scripts/lib/shared/format.ts";

const NBSP = "\u00A0";
const KB = 1024;
const MB = 1024 * 1024;

describe("formatNumber: thousands grouped with a no-break space", () => {
  const cases = [
    [0, "0"],
    [7, "7"],
    [999, "999"],
    [1000, `1${NBSP}000`],
    [8450, `8${NBSP}450`],
    [12345, `12${NBSP}345`],
    [352000, `352${NBSP}000`],
    [1250000, `1${NBSP}250${NBSP}000`],
  ] as const;

  it.each(cases)("%i → %j", (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe("formatDecimal and formatPercent: a decimal comma in both languages, a no-break space before %", () => {
  const decimals = [
    { value: 53, digits: 1, trim: false, out: "53,0" },
    { value: 53.04, digits: 1, trim: false, out: "53,0" },
    { value: 12.46, digits: 1, trim: false, out: "12,5" },
    { value: 1250.25, digits: 2, trim: false, out: `1${NBSP}250,25` },
    { value: 75, digits: 1, trim: true, out: "75" },
    { value: 75.6, digits: 1, trim: true, out: "75,6" },
    { value: 0, digits: 1, trim: false, out: "0,0" },
    { value: -2.5, digits: 1, trim: false, out: "-2,5" },
  ] as const;

  it.each(decimals)("formatDecimal($value, $digits, trim $trim) → $out", ({ value, digits, trim, out }) => {
    expect(formatDecimal(value, digits, { trim })).toBe(out);
  });

  const percents = [
    { value: 53, trim: false, out: `53,0${NBSP}%` },
    { value: 101.3, trim: false, out: `101,3${NBSP}%` },
    { value: 87, trim: true, out: `87${NBSP}%` },
    { value: 33.3, trim: true, out: `33,3${NBSP}%` },
  ] as const;

  it.each(percents)("formatPercent($value, trim $trim) → $out", ({ value, trim, out }) => {
    expect(formatPercent(value, 1, { trim })).toBe(out);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("refuses %s", (value) => {
    expect(() => formatDecimal(value)).toThrow();
  });
});

describe("formatFileSize", () => {
  const cases = [
    { bytes: 0, lang: "ru", out: "0 байт" },
    { bytes: 512, lang: "ky", out: "512 байт" },
    { bytes: 1023, lang: "ru", out: "1023 байт" },
    { bytes: 1024, lang: "ru", out: "1 КБ" },
    { bytes: 1536, lang: "ru", out: "1,5 КБ" },
    { bytes: 9.96 * KB, lang: "ru", out: "10 КБ" },
    { bytes: 340 * KB + 100, lang: "ky", out: "340 КБ" },
    { bytes: 1023.7 * KB, lang: "ru", out: "1 МБ" },
    { bytes: 1_258_291, lang: "ru", out: "1,2 МБ" },
    { bytes: 1_258_291, lang: "ky", out: "1,2 МБ" },
    { bytes: 25 * MB, lang: "ky", out: "25 МБ" },
    { bytes: 3 * 1024 * MB + 400 * MB, lang: "ru", out: "3,4 ГБ" },
  ] as const;
  it.each(cases)("$bytes bytes in $lang = $out", ({ bytes, lang, out }) => {
    expect(formatFileSize(Math.round(bytes), lang)).toBe(out.replace(" ", NBSP));
  });

  const bad = [-1, 1.5, Number.NaN] as const;
  it.each(bad)("rejects %s", (bytes) => {
    expect(() => formatFileSize(bytes, "ru")).toThrow(/whole number of bytes/);
  });
});

describe("describeFile", () => {
  const cases = [
    { bytes: 1_258_291, mime: "application/pdf", lang: "ru", out: "PDF, 1,2 МБ" },
    { bytes: 1_258_291, mime: "application/pdf", lang: "ky", out: "PDF, 1,2 МБ" },
    { bytes: 348_160, mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", lang: "ky", out: "DOCX, 340 КБ" },
    { bytes: 2 * MB, mime: "image/JPEG", lang: "ru", out: "JPEG, 2 МБ" },
    { bytes: 900, mime: "text/plain; charset=utf-8", lang: "ru", out: "TXT, 900 байт" },
    { bytes: 12 * KB, mime: "application/x-unknown", lang: "ky", out: "Файл, 12 КБ" },
    { bytes: 5 * MB, mime: "", lang: "ru", out: "Файл, 5 МБ" },
  ] as const;
  it.each(cases)("$mime, $bytes bytes, $lang = $out", ({ bytes, mime, lang, out }) => {
    expect(describeFile(bytes, mime, lang)).toBe(out.replace(/ (?=байт|КБ|МБ)/, NBSP));
  });
});

describe("mimeOfFileName", () => {
  const cases = [
    { name: "minutes/2025-02-20-protokol.pdf", mime: "application/pdf", described: "PDF, 1,2 МБ" },
    { name: "photos/IMG_0001.JPG", mime: "image/jpeg", described: "JPEG, 1,2 МБ" },
    { name: "slides/budget.pptx", mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", described: "PPTX, 1,2 МБ" },
    { name: "archive.tar.gz", mime: "application/octet-stream", described: "Файл, 1,2 МБ" },
    { name: "no-extension", mime: "application/octet-stream", described: "Файл, 1,2 МБ" },
    { name: "dir.pdf/file", mime: "application/octet-stream", described: "Файл, 1,2 МБ" },
  ] as const;
  it.each(cases)("$name is $mime", ({ name, mime, described }) => {
    expect(mimeOfFileName(name)).toBe(mime);
    expect(describeFile(1_258_291, mimeOfFileName(name), "ru")).toBe(described.replace(" МБ", `${NBSP}МБ`));
  });
});
