/**
 * QR code as inline SVG, for printed notices and posters that send a resident to a page.
 */
import QRCode from "qrcode";

/** Options of {@link qrSvg}. */
export interface QrOptions {
  /** Accessible name (the SVG `<title>`); default "QR: <url>". Give it in the page's language. */
  label?: string;
}

/**
 * Inline SVG of a QR code for `url` (error correction M, 4-module quiet zone): a `viewBox`
 * and no fixed size, so CSS sizes it; `role="img"` with a `<title>` referenced by
 * `aria-labelledby`. The title's id is derived from the url and label, so the same code
 * twice on a page shares one id only when it is the same code. No XML prolog.
 *
 * @example
 * await qrSvg("https://kara-suu.kg/ru/reports/2026-10/", { label: "QR-код: отчёт за октябрь 2026" })
 * // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 37 37" role="img" aria-labelledby="qr-…">'
 * // + '<title id="qr-…">QR-код: отчёт за октябрь 2026</title><path …/></svg>'
 */
export async function qrSvg(url: string, options: QrOptions = {}): Promise<string> {
  if (!url) throw new Error("qrSvg needs a non-empty url");
  const label = options.label?.trim() || `QR: ${url}`;
  const svg = await QRCode.toString(url, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 4,
    color: { dark: "#000000", light: "#ffffff" },
  });
  const open = /^<svg\b[^>]*>/.exec(svg.trim());
  if (!open) throw new Error("qrcode returned no <svg> element");
  const viewBox = /\sviewBox="([^"]+)"/.exec(open[0])?.[1];
  if (!viewBox) throw new Error("qrcode returned an <svg> without a viewBox");
  const inner = svg.trim().slice(open[0].length);
  const id = `qr-${hash(`${url}\u0000${label}`)}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" shape-rendering="crispEdges" ` +
    `role="img" aria-labelledby="${id}"><title id="${id}">${escapeXml(label)}</title>${inner}`
  );
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** FNV-1a, 32 bits, base 36: a short stable id, not a security hash. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
