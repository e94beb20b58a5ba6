import { describe, expect, it } from "vitest";
import { csvField, csvText } from "../../../scripts/lib/shared/csv.ts";

describe("CSV fields: RFC 4180 quoting and OWASP's formula guard", () => {
  const cases = [
    { input: "2026-10", out: "2026-10" },
    { input: 12, out: "12" },
    { input: null, out: "" },
    { input: 'a,"b"', out: '"a,""b"""' },
    { input: "two\nlines", out: '"two\nlines"' },
    { input: "=HYPERLINK(\"http://x\")", out: "\"'=HYPERLINK(\"\"http://x\"\")\"" },
    { input: "+1", out: "'+1" },
    { input: "-2+3", out: "'-2+3" },
    { input: "@SUM(A1)", out: "'@SUM(A1)" },
    { input: "\tcmd", out: "'\tcmd" },
    { input: "\rcmd", out: "\"'\rcmd\"" },
    { input: "Ак-Терек", out: "Ак-Терек" },
  ] as const;
  it.each(cases)("$input", ({ input, out }) => expect(csvField(input)).toBe(out));

  it("numbers are never prefixed (a count is not a formula)", () => expect(csvField(-1)).toBe("-1"));

  it("rows end with CRLF", () => expect(csvText([["a", "b"], [1, "=x"]])).toBe("a,b\r\n1,'=x\r\n"));
});
