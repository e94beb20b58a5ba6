import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MIN_TEXT_LETTERS, extractPdfText, joinTextItems } from "../../../scripts/lib/validate/pdf-text.ts";
import { makePdf } from "../../helpers/files.ts";

const root = path.resolve(import.meta.dirname, "../../..");

describe("joinTextItems", () => {
  const cases = [
    { name: "items on one line are separated by a space", items: [{ str: "Суу" }, { str: "мунарасы", hasEOL: true }], out: "Суу мунарасы" },
    { name: "an end of line becomes a line break", items: [{ str: "Күн тартиби", hasEOL: true }, { str: "1. Суу" }], out: "Күн тартиби\n1. Суу" },
    { name: "a compound name broken at its hyphen is glued back", items: [{ str: "между Ак-", hasEOL: true }, { str: "Тереком" }], out: "между Ак-Тереком" },
    { name: "a dash between spaces is not a broken word", items: [{ str: "за —", hasEOL: true }, { str: "158" }], out: "за —\n158" },
    { name: "runs of spaces and empty lines collapse", items: [{ str: "а   б", hasEOL: true }, { str: " ", hasEOL: true }, { str: "в" }], out: "а б\nв" },
    { name: "items without text are ignored", items: [{ hasEOL: false }, { str: "ok" }], out: "ok" },
  ] as const;
  it.each(cases)("$name", ({ items, out }) => {
    expect(joinTextItems(items)).toBe(out);
  });
});

describe("extractPdfText", () => {
  const generated = [
    { name: "a page with text gives its text", pages: ["Water tower repair estimate"], contains: ["Water tower repair estimate"] },
    { name: "every page is read", pages: ["First page of the minutes", "Second page decisions"], contains: ["First page", "Second page decisions"] },
    { name: "a page without any text gives null (a scan)", pages: [""], contains: null },
    { name: "a page number alone is not a text layer", pages: ["12"], contains: null },
    { name: "a short stamp below the letter threshold is not a text layer", pages: ["", "COPY"], contains: null },
  ] as const;

  it.each(generated)("$name", async ({ pages, contains }) => {
    const text = await extractPdfText(makePdf(pages));
    if (contains === null) expect(text).toBeNull();
    else for (const part of contains) expect(text).toContain(part);
  });

  it("the letter threshold is what the scan cases rely on", () => {
    expect("COPY".length).toBeLessThan(MIN_TEXT_LETTERS);
    expect("Water tower repair estimate".replace(/\P{L}/gu, "").length).toBeGreaterThanOrEqual(MIN_TEXT_LETTERS);
  });

  const demo = [
    {
      name: "Cyrillic minutes: Kyrgyz and Russian words of the text layer",
      file: "content/files/minutes/2025-02-20-jyiyn-protokol.pdf",
      contains: ["мунарасы", "водонапорной", "Ак-Тереком"],
    },
    { name: "the demo's scanned minutes have no text layer", file: "content/files/minutes/2025-05-15-uguu-protokol-scan.pdf", contains: null },
  ] as const;

  it.each(demo)("$name", async ({ file, contains }) => {
    const bytes = await readFile(path.join(root, file));
    const text = await extractPdfText(bytes);
    if (contains === null) expect(text).toBeNull();
    else for (const part of contains) expect(text).toContain(part);
    expect(bytes.byteLength).toBeGreaterThan(0); // the caller's buffer is not detached
  });

  it("bytes that are not a PDF make it throw (a broken attachment fails the build)", async () => {
    await expect(extractPdfText(new TextEncoder().encode("<html>not a pdf</html>"))).rejects.toThrow();
  });
});
