/**
 * `npm run screenshots`: a PNG of every page kind (page-kinds.ts) in both languages, on a
 * 320 px phone and a 1280 px screen, in Debian's Chromium, so a change to the layout can be
 * seen before it lands. Writes `screenshots/<width>/<lang>-<kind>.png` (gitignored) and an
 * index.html that shows them side by side.
 *
 *   npm run screenshots                      # Android's Noto (fonts-noto-core)
 *   npm run screenshots -- --fonts dejavu    # or fallback; --out <folder>
 *   E2E_SITE=_site npm run screenshots       # the demo already built, not built again
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser, projectDir } from "./browser.ts";
import { FONT_SETS, fontConfigFile } from "./fonts.ts";
import { kindLabel, openKind, PAGE_KINDS, startPageSites } from "./page-kinds.ts";

const WIDTHS = [
  { width: 320, height: 640, mobile: true },
  { width: 1280, height: 800, mobile: false },
] as const;

const { values } = parseArgs({ options: { fonts: { type: "string", default: "noto" }, out: { type: "string", default: "screenshots" } } });
const fonts = FONT_SETS.find((set) => set.name === values.fonts);
if (!fonts) throw new Error(`--fonts: one of ${FONT_SETS.map((s) => s.name).join(", ")}`);
const out = path.resolve(projectDir, values.out);

const started = performance.now();
const sites = await startPageSites();
const browser = await launchBrowser({ fontconfig: await fontConfigFile(fonts) });
try {
  await rm(out, { recursive: true, force: true });
  const shots: { width: number; file: string; title: string }[] = [];
  for (const { width, height, mobile } of WIDTHS) {
    await mkdir(path.join(out, String(width)), { recursive: true });
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: mobile ? 2 : 1, isMobile: mobile, hasTouch: mobile });
    const tab = await context.newPage();
    for (const kind of PAGE_KINDS) {
      const page = await openKind(tab, sites, kind);
      const file = path.join(String(width), `${kindLabel(kind)}.png`);
      await page.screenshot({ path: path.join(out, file), fullPage: true });
      shots.push({ width, file, title: `${kind.lang} ${kind.name} (${kind.path})` });
    }
    await context.close();
  }
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const rows = PAGE_KINDS.map((kind) => {
    const cells = WIDTHS.map(({ width }) => `<td><a href="${width}/${kindLabel(kind)}.png"><img src="${width}/${kindLabel(kind)}.png" alt="" width="${width === 320 ? 160 : 320}"></a></td>`);
    return `<tr><th>${escape(`${kind.lang} ${kind.name}`)}<br><code>${escape(kind.path)}</code></th>${cells.join("")}</tr>`;
  });
  await writeFile(
    path.join(out, "index.html"),
    `<!doctype html><meta charset="utf-8"><title>Achyk screenshots</title>\n<table><tr><th>page (${escape(fonts.family)})</th><th>320 px</th><th>1280 px</th></tr>\n${rows.join("\n")}\n</table>\n`,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`${shots.length} screenshots (${PAGE_KINDS.length} pages × ${WIDTHS.length} widths, ${fonts.family}) in ${path.relative(projectDir, out) || "."}/ in ${seconds} s; open index.html to compare.`);
} finally {
  await browser.close();
  await sites.close();
}
