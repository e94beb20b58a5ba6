import { describe, expect, it } from "vitest";
import { findForbiddenXml, stripForbiddenXml } from "../../../scripts/lib/shared/xml-chars.ts";

describe("stripForbiddenXml", () => {
  const cases = [
    { name: "Word's line break (U+000B) becomes a space", input: "Жыйын\u000Bболду", out: "Жыйын болду" },
    { name: "a form feed and a NUL become spaces", input: "a\u000Cb\u0000c", out: "a b c" },
    { name: "U+FFFE and U+FFFF become spaces", input: "a\uFFFEb\uFFFFc", out: "a b c" },
    { name: "a lone high surrogate becomes a space", input: "a\uD83Db", out: "a b" },
    { name: "a lone low surrogate becomes a space", input: "a\uDE00b", out: "a b" },
    { name: "a high surrogate at the very end becomes a space", input: "ab\uD83D", out: "ab " },
    { name: "an emoji (a surrogate pair) stays", input: "Той 🎉 болот", out: "Той 🎉 болот" },
    { name: "an emoji next to a lone surrogate stays, the lone one goes", input: "🎉\uDE00", out: "🎉 " },
    { name: "tab, line feed and carriage return stay", input: "a\tb\nc\r\nd", out: "a\tb\nc\r\nd" },
    { name: "Kyrgyz and Russian text stays", input: "Ак-Терек айыл аймагы — отчёт", out: "Ак-Терек айыл аймагы — отчёт" },
  ] as const;
  it.each(cases)("$name", ({ input, out }) => {
    expect(stripForbiddenXml(input)).toBe(out);
  });

  it("returns a clean page unchanged, without copying it", () => {
    const page = "<p>Айыл өкмөтү тургундардын сунуштарын эске алды.</p>\n".repeat(300);
    expect(stripForbiddenXml(page)).toBe(page);
  });
});

describe("findForbiddenXml", () => {
  const cases = [
    { name: "nothing in clean text", input: "a\nb 🎉", out: null },
    { name: "the first line holding one, its code and how many", input: "a\nb\u000Bc\n\u000Bd", out: { line: 2, code: "U+000B", count: 2 } },
    { name: "a lone surrogate by its code", input: "x\n\ny\uDC00", out: { line: 3, code: "U+DC00", count: 1 } },
  ] as const;
  it.each(cases)("$name", ({ input, out }) => {
    expect(findForbiddenXml(input)).toEqual(out);
  });
});
