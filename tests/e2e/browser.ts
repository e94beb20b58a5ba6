/**
 * Shared helpers for browser tests: build a site once (or reuse one), serve a folder on
 * 127.0.0.1 with node:http, and launch Debian's Chromium through playwright-core.
 *
 *   const site = await buildSite();                 // or { contentDir: "tests/fixtures/…" }
 *   const server = await startSite(site.dir);       // server.url, server.requests, server.close()
 *   const browser = await launchBrowser();
 *
 * Environment: E2E_SITE=<dir> reuses an already built demo site instead of building it;
 * CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { createReadStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
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

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".xml": "application/xml",
  ".ics": "text/calendar; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
};

export interface ServedRequest {
  path: string;
  status: number;
  bytes: number;
}

export interface RunningSite {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Every request served so far, in order (for counting bytes a page downloads). */
  requests: ServedRequest[];
  close(): Promise<void>;
}

async function fileFor(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = path.join(root, path.normalize(decoded));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  const info = await stat(full).catch(() => null);
  if (info?.isFile()) return full;
  if (info?.isDirectory()) {
    const index = path.join(full, "index.html");
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  return null;
}

/**
 * Serves `dir` on 127.0.0.1 (a free port) the way a static host does: `/a/` → `/a/index.html`,
 * anything else missing → the site's `404.html` with status 404. No compression.
 */
export async function startSite(dir: string): Promise<RunningSite> {
  const root = path.resolve(dir);
  const requests: ServedRequest[] = [];
  const server = createServer(async (req, res) => {
    const urlPath = new URL(req.url ?? "/", "http://localhost").pathname;
    const file = await fileFor(root, urlPath);
    const target = file ?? (await fileFor(root, "/404.html"));
    const status = file ? 200 : 404;
    if (!target) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      requests.push({ path: urlPath, status: 404, bytes: 9 });
      return;
    }
    const { size } = await stat(target);
    requests.push({ path: urlPath, status, bytes: size });
    res.writeHead(status, {
      "content-type": TYPES[path.extname(target).toLowerCase()] ?? "application/octet-stream",
      "content-length": size,
      "cache-control": "no-cache",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(target).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Chromium as the issue prescribes: Debian's binary, no sandbox (CI runs as root). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--no-first-run"],
  });
}
