/**
 * Every file in `content/files/` is published as it is, so each is checked before a build:
 * not empty, not larger than `site.max_attachment_mb`, of a type residents can open, and
 * really of the type its extension says (judged by its first bytes, never by its name:
 * a phone photo renamed to `.pdf` or a web page saved as `.jpg` is caught).
 */
import { open } from "node:fs/promises";
import path from "node:path";
import { formatFileSize } from "../shared/format.ts";
import { sniffFileType, type SniffedType } from "./file-type.ts";
import type { Problem } from "./problems.ts";
import type { Bilingual } from "../shared/lang.ts";

/**
 * Old binary Office files: their text cannot be read reliably here (an Excel number is stored
 * as a binary double), so they cannot be checked for personal data. Staff save them anew.
 */
const UNCHECKABLE = new Set(["doc", "xls", "ppt"]);

/** Enough for every signature `sniffFileType` knows, and the first parts of an Office file. */
export const HEAD_BYTES = 64 * 1024;
export const DEFAULT_MAX_MB = 20;

/** What each accepted extension must be inside; `null`: no signature to check (plain text, MP3). */
const EXPECTED: Record<string, readonly string[] | null> = {
  pdf: ["pdf"],
  jpg: ["jpg"],
  jpeg: ["jpg"],
  png: ["png"],
  webp: ["webp"],
  gif: ["gif"],
  heic: ["heic"],
  avif: ["avif"],
  // Office files are ZIP archives; the part naming the kind may lie past the first bytes.
  docx: ["docx", "zip"],
  xlsx: ["xlsx", "zip"],
  pptx: ["pptx", "zip"],
  odt: ["odt", "zip"],
  ods: ["ods", "zip"],
  odp: ["odp", "zip"],
  zip: ["zip", "docx", "xlsx", "pptx", "odt", "ods", "odp"],
  mp4: ["mp4", "mov", "m4a", "3gp"],
  mov: ["mov", "mp4"],
  m4a: ["m4a", "mp4"],
  "3gp": ["3gp", "mp4"],
  mp3: null,
  txt: null,
  csv: null,
  rtf: null,
};

/**
 * Whether a file of this extension may be published (archives check what they hold by it).
 * @example isAcceptedExtension("pdf") // true
 * @example isAcceptedExtension("doc") // false
 */
export function isAcceptedExtension(ext: string): boolean {
  return Object.hasOwn(EXPECTED, ext);
}

export interface AttachmentHead {
  /** Path relative to `content/files/`. */
  file: string;
  bytes: number;
  /** The first bytes of the file (up to {@link HEAD_BYTES}). */
  head: Uint8Array;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function sniff(head: Uint8Array): SniffedType | { mime: string; ext: "ole" } | null {
  const found = sniffFileType(head);
  if (found) return found;
  if (OLE_MAGIC.every((b, i) => head[i] === b)) return { mime: "application/x-ole-storage", ext: "ole" };
  return null;
}

/**
 * Problems of one attachment file, reported on the file itself (`files/<path>`, line 1).
 * @example checkAttachmentFile({ file: "minutes/a.pdf", bytes: 3, head: new Uint8Array([0xff, 0xd8, 0xff]) }, 20) // [{ severity: "error", … }]
 */
export function checkAttachmentFile(attachment: AttachmentHead, maxMb: number = DEFAULT_MAX_MB): Problem[] {
  const problem = (message: Bilingual): Problem => ({ severity: "error", file: `files/${attachment.file}`, line: 1, message });
  const ext = path.posix.extname(attachment.file).slice(1).toLowerCase();
  if (attachment.bytes === 0) return [problem(attachmentMessages.empty(attachment.file))];
  const problems: Problem[] = [];
  if (attachment.bytes > maxMb * 1024 * 1024) {
    problems.push(problem(attachmentMessages.tooLarge(attachment.file, formatFileSize(attachment.bytes, "ru"), maxMb)));
  }
  if (UNCHECKABLE.has(ext)) {
    problems.push(problem(attachmentMessages.oldOffice(attachment.file, ext)));
    return problems;
  }
  if (!isAcceptedExtension(ext)) {
    problems.push(problem(attachmentMessages.typeNotAllowed(attachment.file, ext)));
    return problems;
  }
  const expected = EXPECTED[ext] ?? null;
  const found = sniff(attachment.head);
  if (expected === null) {
    // Plain text or MP3: only a file that is plainly something else is wrong.
    if (found && found.ext !== "ole") problems.push(problem(attachmentMessages.mismatch(attachment.file, ext, found.ext)));
  } else if (!found || !expected.includes(found.ext)) {
    problems.push(problem(attachmentMessages.mismatch(attachment.file, ext, found && found.ext !== "ole" ? found.ext : undefined)));
  }
  return problems;
}

/**
 * Reads the first bytes of each file (never the whole file) and checks it.
 * @example await checkAttachmentFiles("content/files", [{ file: "minutes/a.pdf", bytes: 1200 }], 20)
 */
export async function checkAttachmentFiles(
  filesDir: string,
  attachments: Iterable<{ file: string; bytes: number }>,
  maxMb: number = DEFAULT_MAX_MB,
): Promise<Problem[]> {
  const results = await Promise.all(
    [...attachments].map(async (a) => checkAttachmentFile({ ...a, head: await readHead(path.join(filesDir, a.file)) }, maxMb)),
  );
  return results.flat();
}

/**
 * The first {@link HEAD_BYTES} bytes of a file, or fewer when it is shorter.
 * @example (await readHead("content/files/minutes/a.pdf", 5)) // Uint8Array of "%PDF-"
 */
export async function readHead(file: string, length: number = HEAD_BYTES): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const ACCEPTED = "PDF, JPG, PNG, WebP, GIF, DOCX, XLSX, PPTX, ODT, ODS, ODP, ZIP, MP4, MOV, MP3, TXT, CSV";

export const attachmentMessages = {
  empty: (file: string): Bilingual => ({
    ru: `Файл «${file}» пустой (0 байт): загрузка, видимо, не удалась. Загрузите файл ещё раз.`,
    ky: `«${file}» файлы бош (0 байт): жүктөө ишке ашпаса керек. Файлды кайра жүктөңүз.`,
  }),
  tooLarge: (file: string, size: string, maxMb: number): Bilingual => ({
    ru: `Файл «${file}» весит ${size}, больше допустимых ${maxMb} МБ: жителям с мобильным интернетом его не скачать. Уменьшите его: сканируйте с разрешением 150–200 dpi в оттенках серого, сожмите PDF или фото, или разделите на части.`,
    ky: `«${file}» файлынын көлөмү ${size}, уруксат берилген ${maxMb} МБдан ашык: мобилдик интернети бар тургундар аны жүктөп ала албайт. Кичирейтиңиз: 150–200 dpi менен боз түстө сканерлеңиз, PDFти же сүрөттү кысыңыз, же бөлүктөргө бөлүңүз.`,
  }),
  typeNotAllowed: (file: string, ext: string): Bilingual => ({
    ru: `Файл «${file}»: тип ${ext ? `«.${ext}»` : "без расширения"} на сайте не публикуется (он может быть опасен или не откроется у жителей). Сохраните документ в одном из форматов: ${ACCEPTED}.`,
    ky: `«${file}» файлы: ${ext ? `«.${ext}»` : "кеңейтүүсү жок"} түрү сайтта жарыяланбайт (ал коркунучтуу болушу же тургундарда ачылбашы мүмкүн). Документти төмөнкү форматтардын биринде сактаңыз: ${ACCEPTED}.`,
  }),
  oldOffice: (file: string, ext: string): Bilingual => {
    const modern = ext === "doc" ? "DOCX" : ext === "xls" ? "XLSX" : "PPTX";
    return {
      ru: `Файл «${file}» в старом формате ${ext.toUpperCase()}: его текст нельзя проверить на персональные данные (ПИН, телефоны, паспорта), поэтому он не публикуется. Откройте его и сохраните как PDF или ${modern} («Сохранить как» → тип файла).`,
      ky: `«${file}» файлы эски ${ext.toUpperCase()} форматында: анын текстин жеке маалыматтарга (ПИН, телефондор, паспорттор) текшерүүгө болбойт, ошондуктан ал жарыяланбайт. Аны ачып, PDF же ${modern} катары сактаңыз («Башкача сактоо» → файлдын түрү).`,
    };
  },
  mismatch: (file: string, ext: string, actual: string | undefined): Bilingual => {
    const realRu = actual ? `на самом деле это ${actual.toUpperCase()}` : "по содержимому это не он";
    const realKy = actual ? `чындыгында бул ${actual.toUpperCase()}` : "мазмуну боюнча андай эмес";
    const fixRu = actual ? ` Переименуйте файл в «.${actual}» или сохраните его заново как ${ext.toUpperCase()}.` : ` Сохраните его заново как ${ext.toUpperCase()} (например, «Сохранить как» → ${ext.toUpperCase()}).`;
    const fixKy = actual ? ` Файлдын атын «.${actual}» деп өзгөртүңүз же аны кайра ${ext.toUpperCase()} катары сактаңыз.` : ` Аны кайра ${ext.toUpperCase()} катары сактаңыз (мисалы, «Башкача сактоо» → ${ext.toUpperCase()}).`;
    return {
      ru: `Файл «${file}» назван как ${ext.toUpperCase()}, но ${realRu}: у жителей он не откроется.${fixRu}`,
      ky: `«${file}» файлы ${ext.toUpperCase()} деп аталган, бирок ${realKy}: тургундарда ал ачылбайт.${fixKy}`,
    };
  },
};
