import { describe, expect, it } from "vitest";
import { errorLines, escapeData, escapeProperty } from "../../../scripts/lib/shared/workflow-commands.ts";

describe("escapeData and escapeProperty follow GitHub's rules for workflow commands", () => {
  const cases = [
    { text: "plain", data: "plain", property: "plain" },
    { text: "5\n::add-mask::secret", data: "5%0A::add-mask::secret", property: "5%0A%3A%3Aadd-mask%3A%3Asecret" },
    { text: "a\r\n::stop-commands::x", data: "a%0D%0A::stop-commands::x", property: "a%0D%0A%3A%3Astop-commands%3A%3Ax" },
    { text: "100% %0A", data: "100%25 %250A", property: "100%25 %250A" },
    { text: "content/files/a,b:c.pdf", data: "content/files/a,b:c.pdf", property: "content/files/a%2Cb%3Ac.pdf" },
  ] as const;

  it.each(cases)("$text", ({ text, data, property }) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
    expect(escapeData(text)).not.toMatch(/[\r\n]/);
  });
});

describe("errorLines", () => {
  it("puts the message on one escaped line and keeps only stack frames", () => {
    const error = new Error("PDF cannot be read: files/x\n::add-mask::y.pdf");
    const lines = errorLines(error);
    expect(lines[0]).toBe("Error: PDF cannot be read: files/x%0A::add-mask::y.pdf");
    expect(lines.slice(1).every((line) => /^ {4}at /.test(line))).toBe(true);
    expect(lines.some((line) => line.trimStart().startsWith("::"))).toBe(false);
  });

  it("prints a thrown non-error value on one line", () => {
    expect(errorLines("x\n::warning::y")).toEqual(["x%0A::warning::y"]);
  });
});
