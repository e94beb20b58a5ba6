/**
 * Reads one member file with bounds, so that one member can never stall or swamp the national
 * run: a time limit for the whole file (headers and body; `AbortSignal.timeout`), a size limit
 * checked while the body streams in (the download stops at the limit, it is never buffered
 * whole), and, for tests and the demo, a local folder in place of a web address.
 */
import { readFile, stat } from "node:fs/promises";
import type { Bilingual } from "../shared/lang.ts";
import { memberMessages } from "../validate/national-messages.ts";

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export type Fetched = { ok: true; text: string } | { ok: false; error: Bilingual };

/**
 * The body of `url` as UTF-8 text, or why not. Never throws.
 * @example await fetchBounded("https://ak-terek.github.io/data/site.json", { timeoutMs: 20_000, maxBytes: 65_536 })
 */
export async function fetchBounded(url: string, limits: FetchLimits): Promise<Fetched> {
  if (!/^https?:\/\//i.test(url)) return readLocal(url, limits.maxBytes);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await fetch(url, { signal, redirect: "follow", headers: { accept: "application/json" } });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, error: memberMessages.status(url, response.status) };
    }
    const declared = Number(response.headers.get("content-length") ?? "NaN");
    if (declared > limits.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, error: memberMessages.tooLarge(url, limits.maxBytes) };
    }
    if (!response.body) return { ok: true, text: "" };
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, error: memberMessages.tooLarge(url, limits.maxBytes) };
      }
      chunks.push(value);
    }
    return { ok: true, text: Buffer.concat(chunks, size).toString("utf8") };
  } catch (error) {
    if (signal.aborted) return { ok: false, error: memberMessages.timeout(url, Math.round(limits.timeoutMs / 100) / 10) };
    return { ok: false, error: memberMessages.unreachable(url, reasonOf(error)) };
  }
}

/** A network error in a few words: undici hides the real one in `cause` ("ECONNREFUSED"). */
function reasonOf(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (cause && typeof cause.code === "string") return cause.code;
  if (cause && typeof cause.message === "string") return cause.message.slice(0, 100);
  return error instanceof Error ? error.message.slice(0, 100) : String(error).slice(0, 100);
}

/** A file of a local folder (tests, the demo), refused unread when it is over the limit. */
async function readLocal(file: string, maxBytes: number): Promise<Fetched> {
  try {
    const info = await stat(file);
    if (info.size > maxBytes) return { ok: false, error: memberMessages.tooLarge(file, maxBytes) };
    return { ok: true, text: await readFile(file, "utf8") };
  } catch (error) {
    return { ok: false, error: memberMessages.unreachable(file, (error as NodeJS.ErrnoException).code ?? String(error)) };
  }
}
