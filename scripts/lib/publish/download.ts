/**
 * Copies a file staff uploaded to an issue form from GitHub into a temporary folder, bounded in
 * size and time, and tells its real type from its first bytes (a phone photo's link has no
 * extension, and a scan saved as `.pdf` may be a JPEG). Only links `isUploadUrl` accepts are
 * fetched: the issue body is untrusted, and no other address is ever asked for.
 */
import { createWriteStream } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sniffFileType } from "../validate/file-type.ts";
import { HEAD_BYTES } from "../validate/attachments.ts";
import type { Bilingual } from "../shared/lang.ts";
import { extensionOf, isUploadUrl, type Upload } from "../authoring/uploads.ts";

export interface Downloaded {
  /** The copy in a temporary folder. */
  file: string;
  bytes: number;
  /** The extension the file should have, from its content when that is sure, else from its name. */
  ext: string | undefined;
}

/** Types told apart by their first bytes alone; Office files are ZIP or OLE inside, so their name decides. */
const SURE = new Set(["pdf", "jpg", "png", "gif", "webp", "heic", "avif"]);

/**
 * The extension for a file: its content's when unambiguous, else its name's, else its content's.
 * @example pickExtension("scan.pdf", new Uint8Array([0xff, 0xd8, 0xff])) // "jpg"
 */
function pickExtension(name: string | undefined, head: Uint8Array): string | undefined {
  const sniffed = sniffFileType(head)?.ext;
  if (sniffed && SURE.has(sniffed)) return sniffed;
  return extensionOf({ ...(name ? { name } : {}) }) ?? sniffed;
}

const downloadMessages = {
  failed: (name: string, reason: string): Bilingual => ({
    ky: `«${name}» файлын GitHubдан алуу мүмкүн болгон жок (${reason}). Файлды кайра тиркеп, маселени сактаңыз.`,
    ru: `Файл «${name}» не удалось получить с GitHub (${reason}). Прикрепите файл заново и сохраните задачу.`,
  }),
  tooLarge: (name: string, maxMb: number): Bilingual => ({
    ky: `«${name}» файлы ${maxMb} МБдан чоң. Кичирээк кылып (150–200 dpi, боз түстө) кайра тиркеңиз.`,
    ru: `Файл «${name}» больше ${maxMb} МБ. Уменьшите его (150–200 dpi, в оттенках серого) и прикрепите снова.`,
  }),
};

/**
 * Downloads one upload. Throws with a bilingual `message` when it cannot.
 * @example await downloadUpload(upload, { maxBytes: 20 * 1024 * 1024 })
 */
export async function downloadUpload(
  upload: Upload,
  options: { maxBytes: number; origin?: string; timeoutMs?: number; dir?: string },
): Promise<Downloaded> {
  const name = upload.name ?? upload.text ?? "image";
  if (!isUploadUrl(upload.url, options.origin)) throw new DownloadError(downloadMessages.failed(name, "not an upload link"));
  const response = await fetch(upload.url, { redirect: "follow", signal: AbortSignal.timeout(options.timeoutMs ?? 60_000) }).catch(
    (error: unknown) => {
      throw new DownloadError(downloadMessages.failed(name, error instanceof Error ? error.message : String(error)));
    },
  );
  if (!response.ok || !response.body) throw new DownloadError(downloadMessages.failed(name, `HTTP ${response.status}`));
  const declared = Number(response.headers.get("content-length") ?? "0");
  const maxMb = Math.round(options.maxBytes / (1024 * 1024));
  if (declared > options.maxBytes) throw new DownloadError(downloadMessages.tooLarge(name, maxMb));

  const dir = options.dir ?? (await mkdtemp(path.join(tmpdir(), "achyk-upload-")));
  const file = path.join(dir, `upload-${Math.random().toString(36).slice(2)}`);
  const out = createWriteStream(file);
  const head = new Uint8Array(HEAD_BYTES);
  let headLength = 0;
  let bytes = 0;
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      if (bytes > options.maxBytes) throw new DownloadError(downloadMessages.tooLarge(name, maxMb));
      if (headLength < HEAD_BYTES) {
        const take = chunk.subarray(0, HEAD_BYTES - headLength);
        head.set(take, headLength);
        headLength += take.length;
      }
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    }
  } finally {
    await new Promise<void>((resolve) => out.end(() => resolve()));
  }
  return { file, bytes, ext: pickExtension(upload.name, head.subarray(0, headLength)) };
}

export class DownloadError extends Error {
  constructor(readonly bilingual: Bilingual) {
    super(bilingual.ru);
  }
}
