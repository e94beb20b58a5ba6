/**
 * A built site served on 127.0.0.1 the way GitHub Pages serves it, so that what a browser
 * (or Lighthouse) measures here is what a resident's phone gets: `/a/` → `/a/index.html`,
 * `/a` → 301 to `/a/`, anything missing → the site's `404.html` with status 404, text
 * compressed with gzip when the browser accepts it, `Cache-Control: max-age=600`.
 * node:http only: a test helper, not a server to deploy.
 *
 *   const server = await serveSite("_site");   // server.url, server.requests, server.close()
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".xml": "application/xml",
  ".ics": "text/calendar; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
};

/** Types GitHub Pages compresses. Images, PDFs and Pagefind's own (already gzipped) files are sent as they are. */
const COMPRESSED = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;

export interface ServedRequest {
  path: string;
  status: number;
  /** Size of the file on disk. */
  bytes: number;
  /** Bytes of the body on the wire (less than `bytes` when gzip-compressed). */
  sent: number;
}

export interface RunningSite {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Every request served so far, in order (for counting bytes a page downloads). */
  requests: ServedRequest[];
  close(): Promise<void>;
}

type Found = { kind: "file"; file: string } | { kind: "redirect"; location: string } | null;

async function find(root: string, urlPath: string): Promise<Found> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const full = path.join(root, path.normalize(decoded));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  const info = await stat(full).catch(() => null);
  if (info?.isFile()) return { kind: "file", file: full };
  if (info?.isDirectory()) {
    if (!urlPath.endsWith("/")) return { kind: "redirect", location: `${urlPath}/` };
    const index = path.join(full, "index.html");
    if ((await stat(index).catch(() => null))?.isFile()) return { kind: "file", file: index };
  }
  return null;
}

async function send(req: IncomingMessage, res: ServerResponse, file: string, status: number): Promise<ServedRequest["sent"]> {
  const type = TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  const headers: Record<string, string | number> = { "content-type": type, "cache-control": "max-age=600" };
  const accepts = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  if (accepts && COMPRESSED.test(type)) {
    const body = gzipSync(await readFile(file));
    res.writeHead(status, { ...headers, "content-encoding": "gzip", vary: "Accept-Encoding", "content-length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
    return body.length;
  }
  const { size } = await stat(file);
  res.writeHead(status, { ...headers, "content-length": size });
  if (req.method === "HEAD") res.end();
  else createReadStream(file).pipe(res);
  return size;
}

/**
 * Serves `dir` on a free port of 127.0.0.1 until `close()`.
 * @example const server = await serveSite(site.dir); await page.goto(`${server.url}/ky/`);
 */
export async function serveSite(dir: string): Promise<RunningSite> {
  const root = path.resolve(dir);
  const requests: ServedRequest[] = [];
  const server = createServer((req, res) => {
    answer(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(error));
    });
  });
  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const urlPath = new URL(req.url ?? "/", "http://localhost").pathname;
    const found = await find(root, urlPath);
    if (found?.kind === "redirect") {
      res.writeHead(301, { location: found.location, "content-length": 0 }).end();
      requests.push({ path: urlPath, status: 301, bytes: 0, sent: 0 });
      return;
    }
    const missing = await find(root, "/404.html");
    const target = found ?? missing;
    if (target?.kind !== "file") {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      requests.push({ path: urlPath, status: 404, bytes: 9, sent: 9 });
      return;
    }
    const status = found ? 200 : 404;
    const { size } = await stat(target.file);
    const sent = await send(req, res, target.file, status);
    requests.push({ path: urlPath, status, bytes: size, sent });
  }
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
