/**
 * The default link-preview picture of a municipality (Open Graph / Twitter `summary_large_image`,
 * 1200×630): its name in Kyrgyz and Russian and its region, drawn as SVG, which the build turns
 * into a PNG. Plain shapes and text only, legible as a phone thumbnail.
 */
import type { Bilingual } from "../shared/lang.ts";

/** Open Graph's recommended size. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What the picture says. */
export interface OgImageText {
  name: Bilingual;
  region?: Bilingual;
}

/**
 * Split `text` into lines of at most `max` characters at spaces (a longer word stays whole),
 * and at most `lines` lines, the last ending with "…" when text is left over.
 *
 * @example
 * wrapWords("Ак-Терекский айыльный аймак", 14, 2) // ["Ак-Терекский", "айыльный аймак"]
 */
export function wrapWords(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let current = "";
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = current ? `${current} ${word}` : word;
    if (next.length <= max || !current) {
      current = next;
      continue;
    }
    out.push(current);
    current = word;
    if (out.length === lines) {
      out[lines - 1] = `${out[lines - 1]}…`;
      return out;
    }
  }
  if (current) out.push(current);
  if (out.length > lines) {
    out.length = lines;
    out[lines - 1] = `${out[lines - 1]}…`;
  }
  return out;
}

const FONT = "DejaVu Sans, Liberation Sans, Noto Sans, Arial, sans-serif";

/**
 * SVG source of the picture: a blue band with the Kyrgyz name in white, the Russian name and
 * the region below in dark ink on white. Text is XML-escaped; long names wrap onto two lines.
 *
 * @example
 * ogImageSvg({ name: { ky: "Ак-Терек айыл аймагы", ru: "Ак-Терекский айыльный аймак" } }).startsWith("<svg") // true
 */
export function ogImageSvg(text: OgImageText): string {
  const ky = wrapWords(text.name.ky, 28, 2);
  const ru = wrapWords(text.name.ru, 38, 2);
  const region = text.region ? wrapWords(text.region.ky, 60, 1) : [];
  const tspans = (lines: string[], x: number, lineHeight: number): string =>
    lines.map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`).join("");
  const bandHeight = ky.length > 1 ? 330 : 250;
  const kyY = ky.length > 1 ? 150 : 165;
  const ruY = bandHeight + 95;
  const regionY = ruY + (ru.length > 1 ? 60 : 0) + 80;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">` +
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>` +
    `<rect width="${OG_WIDTH}" height="${bandHeight}" fill="#0b5cad"/>` +
    `<rect y="${OG_HEIGHT - 24}" width="${OG_WIDTH}" height="24" fill="#0b5cad"/>` +
    `<text x="70" y="${kyY}" font-family="${FONT}" font-size="68" font-weight="700" fill="#ffffff">${tspans(ky, 70, 82)}</text>` +
    `<text x="70" y="${ruY}" font-family="${FONT}" font-size="48" font-weight="700" fill="#1b1f24">${tspans(ru, 70, 60)}</text>` +
    (region.length
      ? `<text x="70" y="${regionY}" font-family="${FONT}" font-size="34" fill="#4a5560">${tspans(region, 70, 40)}</text>`
      : "") +
    `</svg>`
  );
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
