import { describe, expect, it } from "vitest";
import { decodeText } from "../../../scripts/lib/validate/text-encoding.ts";
import { sourceText } from "../../../scripts/lib/validate/source-text.ts";

const TEXT = "---\ntitle: «Отчёт» за октябрь — №5\ndate: 2026-11-20\n---\nЖыйын болду.\n";
/** Windows-1251 bytes of Russian text, made with the table itself (TextDecoder cannot encode). */
function toCp1251(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1251");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((c) => table.get(c) ?? 0x3f));
}
const utf16 = (text: string, le: boolean, bom: boolean): Uint8Array => {
  const bytes: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const unit of Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))) {
    bytes.push(...(le ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff]));
  }
  return new Uint8Array(bytes);
};
const ascii = "---\ntitle: Report\ndate: 2026-11-20\n---\nText.\n";

describe("decodeText: how a file was saved", () => {
  const cases = [
    { name: "UTF-8", bytes: new TextEncoder().encode(TEXT), encoding: "utf-8", text: TEXT },
    { name: "UTF-8 with BOM", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]), encoding: "utf-8", text: TEXT },
    { name: "Windows-1251 (Russian, with «», — and №)", bytes: toCp1251(TEXT.replace("Жыйын болду", "Собрание прошло")), encoding: "windows-1251", text: TEXT.replace("Жыйын болду", "Собрание прошло") },
    { name: "UTF-16 LE with BOM (Notepad's «Unicode»)", bytes: utf16(TEXT, true, true), encoding: "utf-16le", text: TEXT },
    { name: "UTF-16 BE with BOM", bytes: utf16(TEXT, false, true), encoding: "utf-16be", text: TEXT },
    { name: "UTF-16 LE without BOM", bytes: utf16(ascii, true, false), encoding: "utf-16le", text: ascii },
    { name: "a PNG is no text", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]), encoding: null, text: "" },
    { name: "Latin-1 bytes are not taken for Cyrillic", bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x99, 0x98]), encoding: null, text: "" },
  ] as const;

  it.each(cases)("$name", ({ bytes, encoding, text }) => {
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
  });
});

describe("sourceText: staff are told, the build reads it right", () => {
  it("a Windows-1251 file is read as such, with a warning to save it as UTF-8", () => {
    const { text, problems } = sourceText("ru/posts/a.md", toCp1251("---\ntitle: Новость\n---\n"));
    expect(text).toBe("---\ntitle: Новость\n---\n");
    expect(problems).toMatchObject([{ severity: "warning", file: "ru/posts/a.md", line: 1 }]);
    expect(problems[0]!.message.ru).toContain("Windows-1251");
    expect(problems[0]!.message.ru).toContain("Сохраните файл в UTF-8");
    expect(problems[0]!.message.ky).toContain("UTF-8 коддоосунда сактаңыз");
  });

  it("a UTF-16 file likewise", () => {
    const { text, problems } = sourceText("ky/posts/a.md", utf16("---\ntitle: Жаңылык\n---\n", true, true));
    expect(text).toBe("---\ntitle: Жаңылык\n---\n");
    expect(problems[0]!.message.ru).toContain("UTF-16");
  });

  it("bytes that are no text are an error", () => {
    const { text, problems } = sourceText("ky/posts/a.md", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x99, 0x98, 0x00, 0x01]));
    expect(text).toBeNull();
    expect(problems).toMatchObject([{ severity: "error", line: 1 }]);
  });

  const controls = [
    { name: "Word's line break U+000B", source: "---\ntitle: A\n---\nБир\u000Bэки\n", line: 4, code: "U+000B", clean: "---\ntitle: A\n---\nБир эки\n" },
    { name: "a page break U+000C", source: "---\ntitle: A\u000C\n---\n", line: 2, code: "U+000C", clean: "---\ntitle: A \n---\n" },
    { name: "NUL and escape", source: "---\ntitle: A\n---\n\n\nx\u0000y\u001bz", line: 6, code: "U+0000", clean: "---\ntitle: A\n---\n\n\nx y z" },
    { name: "U+FFFF", source: "a\uFFFF", line: 1, code: "U+FFFF", clean: "a " },
  ] as const;
  it.each(controls)("$name is replaced by a space, with a warning on its line", ({ source, line, code, clean }) => {
    const { text, problems } = sourceText("ky/posts/a.md", new TextEncoder().encode(source));
    expect(text).toBe(clean);
    expect(problems).toMatchObject([{ severity: "warning", line }]);
    expect(problems[0]!.message.ru).toContain(code);
  });
});
