/**
 * The fonts a browser test draws with, chosen per browser rather than left to the machine: a
 * private fontconfig file (FONTCONFIG_FILE) that knows one family's folder only. The layout is
 * then judged with the font a resident's phone has, whatever else this machine has installed.
 *
 *   const browser = await launchBrowser({ fontconfig: await fontConfigFile(FONT_SETS[0]) });
 *   await renderedFamilies(page, "h1") // ["Noto Sans"]
 */
import { access, mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";

export interface FontSet {
  name: string;
  /** The family Chromium must end up drawing body text with. */
  family: string;
  /** The one folder of fonts this set may use. */
  dir: string;
  /** Only these files of the folder (a glob), when the folder holds other families too. */
  files?: string;
  /** The Debian package that installs them (the pretest step installs it, tests/helpers/system-deps.ts). */
  apt: string;
}

export const FONT_SETS: readonly FontSet[] = [
  // What Android phones draw with: the widest Cyrillic of the three at the same size.
  { name: "noto", family: "Noto Sans", dir: "/usr/share/fonts/truetype/noto", apt: "fonts-noto-core" },
  // Debian's default sans-serif: what a fresh CI machine with Chromium alone draws with.
  { name: "dejavu", family: "DejaVu Sans", dir: "/usr/share/fonts/truetype/dejavu", apt: "fonts-dejavu-core" },
  // The stylesheet's last named family, Arial, which Linux serves as metric-compatible Liberation Sans (Windows, older phones).
  // Its folder also holds Liberation Mono and Serif, which fontconfig would pick for system-ui.
  { name: "fallback", family: "Liberation Sans", dir: "/usr/share/fonts/truetype/liberation", files: "LiberationSans-*", apt: "fonts-liberation" },
];

/**
 * Writes a fontconfig file that offers the set's folder only (with the system's usual rules,
 * so `sans-serif` and `system-ui` resolve to it) and returns its path. Throws, naming the
 * package, when the fonts are not installed: a missing font must fail, not fall back.
 * @example await fontConfigFile(FONT_SETS[0]) // "/tmp/achyk-fonts-noto/fonts.conf"
 */
export async function fontConfigFile(set: FontSet): Promise<string> {
  await access(set.dir).catch(() => {
    throw new Error(`${set.family} is not installed (${set.dir}): apt-get install -y ${set.apt}`);
  });
  // One folder per set, kept between runs: nothing piles up in /tmp and fontconfig's cache of
  // the set is built once (concurrent writers write the same file; fontconfig writes its cache
  // files atomically).
  const dir = path.join(os.tmpdir(), `achyk-fonts-${set.name}`);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, "fonts.conf");
  // acceptfont wins over rejectfont: everything in the folder is refused but the set's files.
  const only = set.files
    ? `\n  <selectfont>\n    <rejectfont><glob>${set.dir}/*</glob></rejectfont>\n    <acceptfont><glob>${set.dir}/${set.files}</glob></acceptfont>\n  </selectfont>`
    : "";
  await writeFile(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>${set.dir}</dir>${only}
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
  <cachedir>${path.join(dir, "cache")}</cachedir>
</fontconfig>
`,
  );
  return file;
}

/**
 * The font families Chromium really drew an element's text with (DevTools protocol
 * `CSS.getPlatformFontsForNode`), most glyphs first.
 * @example await renderedFamilies(page, "main h1") // ["Noto Sans"]
 */
export async function renderedFamilies(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`No element ${selector}`);
    // Reports the fonts of the element's own text nodes.
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    return [...fonts].sort((a, b) => b.glyphCount - a.glyphCount).map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}
