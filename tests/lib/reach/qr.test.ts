import { describe, expect, it } from "vitest";
import { qrSvg } from "../../../scripts/lib/reach/qr.ts";

const url60 = "https://kara-suu.kg/ru/reports/2026-10/otchet-o-rabote-oktya";

/** Well-formed check for the small XML subset qrcode emits: every tag closed in order. */
function wellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)) {
    const [, closing, name, , selfClosing] = m;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else if (!selfClosing) stack.push(name ?? "");
  }
  const stripped = svg.replace(/<[^>]*>/g, "");
  return stack.length === 0 && !/[<>]/.test(stripped);
}

describe("qrSvg", () => {
  const cases = [
    { name: "60-character URL, default label", url: url60, label: undefined, title: `QR: ${url60}` },
    { name: "Kyrgyz label", url: "https://kara-suu.kg/ky/", label: "QR-код: сайттын башкы бети", title: "QR-код: сайттын башкы бети" },
    { name: "label with markup characters is escaped", url: "https://a.kg/?a=1&b=2", label: `<b>"A" & 'B'</b>`, title: "&#60;b&#62;&#34;A&#34; &#38; &#39;B&#39;&#60;/b&#62;" },
  ] as const;

  it.each(cases)("$name", async ({ url, label, title }) => {
    const svg = await qrSvg(url, { label });
    expect(svg.startsWith("<svg ")).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg).not.toContain("<?xml");
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"/);
    expect(svg).not.toMatch(/^<svg [^>]*\s(width|height)=/);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    const id = /aria-labelledby="([^"]+)"/.exec(svg)?.[1];
    expect(id).toBeTruthy();
    expect(svg).toContain(`<title id="${id}">${title}</title>`);
    expect(wellFormed(svg)).toBe(true);
    expect(Buffer.byteLength(svg)).toBeLessThan(6 * 1024);
  });

  it("different URLs give different SVGs (and different title ids)", async () => {
    const urls = [url60, `${url60.slice(0, -1)}r`, "https://kara-suu.kg/ky/"];
    const svgs = await Promise.all(urls.map((u) => qrSvg(u, { label: "QR" })));
    expect(new Set(svgs).size).toBe(urls.length);
    const ids = svgs.map((s) => /aria-labelledby="([^"]+)"/.exec(s)?.[1]);
    expect(new Set(ids).size).toBe(urls.length);
  });

  it("the size test really uses a 60-character URL", () => {
    expect(url60).toHaveLength(60);
  });

  it("is deterministic", async () => {
    expect(await qrSvg(url60)).toBe(await qrSvg(url60));
  });

  it("a longer URL gives a larger symbol", async () => {
    const size = (svg: string): number => Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
    expect(size(await qrSvg(`${url60}${"x".repeat(100)}`))).toBeGreaterThan(size(await qrSvg(url60)));
  });

  it("rejects an empty URL", async () => {
    await expect(qrSvg("")).rejects.toThrow(/non-empty/);
  });
});
