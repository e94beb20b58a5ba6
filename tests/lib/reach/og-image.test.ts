import { describe, expect, it } from "vitest";
import { OG_HEIGHT, OG_WIDTH, ogImageSvg, wrapWords } from "../../../scripts/lib/reach/og-image.ts";
import { absoluteUrl } from "../../../scripts/lib/shared/urls.ts";

describe("wrapWords", () => {
  const cases = [
    { text: "Ак-Терек айыл аймагы", max: 28, lines: 2, out: ["Ак-Терек айыл аймагы"] },
    { text: "Ак-Терекский айыльный аймак", max: 14, lines: 2, out: ["Ак-Терекский", "айыльный аймак"] },
    { text: "one two three four five", max: 7, lines: 2, out: ["one two", "three…"] },
    { text: "Жалал-Абад  облусунун\nСузак району", max: 60, lines: 1, out: ["Жалал-Абад облусунун Сузак району"] },
    { text: "Суперузунсөзбезбоштук x", max: 5, lines: 2, out: ["Суперузунсөзбезбоштук", "x"] },
  ] as const;
  it.each(cases)("$text / $max × $lines", ({ text, max, lines, out }) => {
    expect(wrapWords(text, max, lines)).toEqual(out);
  });
});

describe("ogImageSvg", () => {
  const cases = [
    { name: { ky: "Ак-Терек айыл аймагы", ru: "Ак-Терекский айыльный аймак" }, has: ["Ак-Терек айыл аймагы", "Ак-Терекский айыльный аймак"] },
    { name: { ky: "A & B <айыл>", ru: "\"Кавычки\" 'и' так далее" }, has: ["A &#38; B &#60;айыл&#62;", "&#34;Кавычки&#34; &#39;и&#39;"] },
  ] as const;
  it.each(cases)("draws $name.ky, escaped", ({ name, has }) => {
    const svg = ogImageSvg({ name, region: { ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" } });
    expect(svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}"`)).toBe(true);
    for (const text of has) expect(svg).toContain(text);
    expect(svg).toContain("Жалал-Абад облусу");
    expect(svg).not.toMatch(/<(?!\/?(svg|rect|text|tspan)\b)/);
  });
});

describe("absoluteUrl", () => {
  const cases = [
    { url: "/ru/reports/2026-10/", base: "https://ak-terek.kg/", out: "https://ak-terek.kg/ru/reports/2026-10/" },
    { url: "/ky/", base: "https://owner.github.io/site/", out: "https://owner.github.io/site/ky/" },
    { url: "assets/og-image.png", base: "https://owner.github.io/site/", out: "https://owner.github.io/site/assets/og-image.png" },
  ] as const;
  it.each(cases)("$url on $base", ({ url, base, out }) => {
    expect(absoluteUrl(url, base)).toBe(out);
  });
});
