import { describe, expect, it } from "vitest";
import { absoluteUrl, eventCalendarUrl, fileUrl, pageLanguages } from "../../../scripts/lib/shared/urls.ts";

describe("absoluteUrl", () => {
  const cases = [
    { url: "/ru/reports/2026-10/", base: "https://ak-terek.kg/", out: "https://ak-terek.kg/ru/reports/2026-10/" },
    { url: "/ky/", base: "https://owner.github.io/site/", out: "https://owner.github.io/site/ky/" },
    { url: "/files/a b.pdf", base: "https://ak-terek.kg/", out: "https://ak-terek.kg/files/a%20b.pdf" },
  ] as const;
  it.each(cases)("$url on $base → $out", ({ url, base, out }) => {
    expect(absoluteUrl(url, base)).toBe(out);
  });
});

describe("eventCalendarUrl", () => {
  const cases = [
    { page: "/ru/events/skhod/", out: "/ru/events/skhod/event.ics" },
    { page: "/ky/events/jyiyn", out: "/ky/events/jyiyn/event.ics" },
  ] as const;
  it.each(cases)("$page → $out", ({ page, out }) => {
    expect(eventCalendarUrl(page)).toBe(out);
  });
});

describe("pageLanguages: one rule for the language switch, hreflang and x-default", () => {
  const cases = [
    {
      name: "a Kyrgyz page with its translation is its own x-default",
      args: ["ky", "/ky/reports/2026-10/", "/ru/reports/2026-10/"] as const,
      out: { other: "ru", translationUrl: "/ru/reports/2026-10/", switchUrl: "/ru/reports/2026-10/", xDefaultUrl: "/ky/reports/2026-10/", missingNotice: false },
    },
    {
      name: "a Russian page with its translation points x-default at the Kyrgyz one",
      args: ["ru", "/ru/reports/2026-10/", "/ky/reports/2026-10/"] as const,
      out: { other: "ky", translationUrl: "/ky/reports/2026-10/", switchUrl: "/ky/reports/2026-10/", xDefaultUrl: "/ky/reports/2026-10/", missingNotice: false },
    },
    {
      name: "a Russian page without translation is its own x-default; the switch goes to the other home",
      args: ["ru", "/ru/reports/2026-03/", null] as const,
      out: { other: "ky", translationUrl: null, switchUrl: "/ky/", xDefaultUrl: "/ru/reports/2026-03/", missingNotice: false },
    },
  ];
  it.each(cases)("$name", ({ args: [lang, url, translation], out }) => {
    expect(pageLanguages(lang, url, translation)).toEqual({ lang, url, ...out });
  });

  it("an entry without translation switches to the other language's section and says so", () => {
    const page = pageLanguages("ky", "/ky/posts/jany/", null, { fallbackUrl: "/ru/posts/", noticeWhenMissing: true });
    expect(page).toMatchObject({ switchUrl: "/ru/posts/", missingNotice: true, xDefaultUrl: "/ky/posts/jany/" });
    expect(pageLanguages("ky", "/ky/posts/jany/", "/ru/posts/jany/", { fallbackUrl: "/ru/posts/", noticeWhenMissing: true }).missingNotice).toBe(false);
  });
});

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
