import { describe, expect, it } from "vitest";
import { fileUrl } from "../../../scripts/lib/shared/urls.ts";

describe("fileUrl: an attachment's link always leads to its file", () => {
  const cases = [
    { file: "minutes/a.pdf", url: "/files/minutes/a.pdf" },
    { file: "minutes/a#1.pdf", url: "/files/minutes/a%231.pdf" },
    { file: "minutes/what?.pdf", url: "/files/minutes/what%3F.pdf" },
    { file: "minutes/100%.pdf", url: "/files/minutes/100%25.pdf" },
    { file: "Протокол схода.pdf", url: "/files/%D0%9F%D1%80%D0%BE%D1%82%D0%BE%D0%BA%D0%BE%D0%BB%20%D1%81%D1%85%D0%BE%D0%B4%D0%B0.pdf" },
  ] as const;
  it.each(cases)("$file", ({ file, url }) => {
    expect(fileUrl(file)).toBe(url);
    expect(decodeURIComponent(new URL(url, "https://x.kg/").pathname)).toBe(`/files/${file}`);
  });
});
