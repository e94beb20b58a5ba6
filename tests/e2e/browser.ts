/**
 * Shared helpers for browser tests: build a site once (or reuse one), serve a folder on
 * 127.0.0.1 as GitHub Pages does, and launch Debian's Chromium through playwright-core.
 *
 *   const site = await buildSite();                 // or { contentDir: "tests/fixtures/…" }
 *   const server = await serveSite(site.dir);       // server.url, server.requests, server.close()
 *   const browser = await launchBrowser();
 *
 * Environment: E2E_SITE=<dir> reuses an already built demo site instead of building it;
 * CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { projectDir, runScript } from "../helpers/run.ts";

export { projectDir };


export interface BuiltSite {
  /** The built site's folder. */
  dir: string;
  /** Wall-clock seconds of the build (0 when an existing site was reused). */
  seconds: number;
  /** What the build printed. */
  log: string;
  /** Removes the folder if this call built it. */
  remove(): Promise<void>;
}

export interface BuildOptions {
  /** A content folder other than the demo's `content/` (sets CONTENT_DIR). */
  contentDir?: string;
  /** The day the build takes as today (SITE_TODAY); default 2026-11-25. */
  today?: string;
}

/**
 * Runs the real build (`npx tsx scripts/cli/build.ts`) as a child process into a temporary
 * folder. For the demo content, `E2E_SITE` may name an already built site to reuse.
 */
export async function buildSite({ contentDir, today = "2026-11-25" }: BuildOptions = {}): Promise<BuiltSite> {
  const reuse = process.env.E2E_SITE;
  if (reuse && !contentDir) return { dir: path.resolve(reuse), seconds: 0, log: "", remove: async () => {} };
  const parent = await mkdtemp(path.join(os.tmpdir(), "achyk-e2e-"));
  const dir = path.join(parent, "site");
  const env = { SITE_TODAY: today, ACHYK_OUTPUT: dir, ...(contentDir ? { CONTENT_DIR: contentDir } : {}) };
  const started = performance.now();
  const result = await runScript("scripts/cli/build.ts", [], { env });
  if (result.code !== 0) {
    await rm(parent, { recursive: true, force: true });
    throw new Error(`Build failed (${contentDir ?? "content"}):\n${result.stdout}\n${result.stderr}`);
  }
  const seconds = (performance.now() - started) / 1000;
  return { dir, seconds, log: result.stdout + result.stderr, remove: () => rm(parent, { recursive: true, force: true }) };
}

/** Serving a built site as GitHub Pages does (gzip, 404.html, `/a` → `/a/`): tests/helpers/static-site.ts. */
export { serveSite, type RunningSite, type ServedRequest } from "../helpers/static-site.ts";

export interface LaunchOptions {
  /** A fontconfig file for this browser only (see fonts.ts): the fonts it may draw with. */
  fontconfig?: string;
}

/** Chromium as the issue prescribes: Debian's binary, no sandbox (CI runs as root). */
export function launchBrowser({ fontconfig }: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
    ...(fontconfig ? { env: { ...process.env, FONTCONFIG_FILE: fontconfig } } : {}),
  });
}
