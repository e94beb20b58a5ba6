/**
 * Files staff attach to an issue form: GitHub uploads them and puts a link in the text
 * (`[protokol.pdf](https://github.com/user-attachments/files/…)`, `![image](…/assets/<id>)`, or an
 * `<img src="…">` tag for a photo pasted from a phone). Finds those links, names the file each
 * becomes under `content/files/`, and rewrites the links to it, so the site never depends on
 * GitHub's copy.
 */
import type { ContentType } from "../validate/schema.ts";
import type { Bilingual, Lang } from "../shared/lang.ts";

export const GITHUB_ORIGIN = "https://github.com";

/** One uploaded file found in a text. */
export interface Upload {
  url: string;
  /** The file name GitHub kept (`protokol.pdf`); absent for photos (`assets/<id>`). */
  name?: string;
  /** The link's text or the image's alt text, as staff left it. */
  text?: string;
  /** How it is written: an image shows on the page, a link leads to the file. */
  image: boolean;
  /** Where it sits in the text, for rewriting. */
  start: number;
  end: number;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * True for a link GitHub made for an uploaded file (not any link to github.com).
 * @example isUploadUrl("https://github.com/user-attachments/files/17/protokol.pdf") // true
 */
export function isUploadUrl(url: string, origin: string = GITHUB_ORIGIN): boolean {
  const o = escapeRe(origin.replace(/\/+$/, ""));
  return (
    new RegExp(`^${o}/user-attachments/(?:assets/[0-9a-f-]{8,}|files/\\d+/[^/?#\\s]+)$`, "i").test(url) ||
    new RegExp(`^${o}/[\\w.-]+/[\\w.-]+/(?:assets/\\d+/[0-9a-f-]{8,}|files/\\d+/[^/?#\\s]+)$`, "i").test(url) ||
    (origin === GITHUB_ORIGIN && /^https:\/\/user-images\.githubusercontent\.com\/\d+\/[\w.-]+$/i.test(url))
  );
}

function nameOf(url: string): string | undefined {
  const m = /\/files\/\d+\/([^/?#\s]+)$/.exec(url) ?? /\/([\w-]+\.[a-z0-9]{2,5})$/i.exec(url);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1];
  }
}

// Markdown images and links, HTML images, then bare links: the first that matches at a place wins.
const PATTERNS: { re: RegExp; image: boolean; urlGroup: number; textGroup?: number }[] = [
  { re: /!\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?\s*\)/g, image: true, urlGroup: 2, textGroup: 1 },
  { re: /(?<!!)\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?\s*\)/g, image: false, urlGroup: 2, textGroup: 1 },
  { re: /<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi, image: true, urlGroup: 1 },
  { re: /(?<![("'<\w])(https?:\/\/[^\s)<>"']+)/g, image: false, urlGroup: 1 },
];

/**
 * Every uploaded file linked in a text, in order.
 * @example findUploads("Протокол: [p.pdf](https://github.com/user-attachments/files/1/p.pdf)")[0]?.name // "p.pdf"
 */
export function findUploads(text: string, origin: string = GITHUB_ORIGIN): Upload[] {
  const found: Upload[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number): boolean => taken.every(([s, e]) => end <= s || start >= e);
  for (const { re, image, urlGroup, textGroup } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      taken.push([start, end]);
      const url = m[urlGroup]!;
      if (!isUploadUrl(url, origin)) continue;
      const alt = textGroup ? m[textGroup] : /\balt\s*=\s*["']([^"']*)["']/i.exec(m[0])?.[1];
      const upload: Upload = { url, image, start, end };
      const name = nameOf(url);
      if (name) upload.name = name;
      if (alt?.trim()) upload.text = alt.trim();
      found.push(upload);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Links in a text that are not uploads: in the attachments field they mean a file was not attached. */
export function otherLinks(text: string, origin: string = GITHUB_ORIGIN): string[] {
  return [...text.matchAll(/https?:\/\/[^\s)<>"'\]]+/g)].map((m) => m[0]).filter((url) => !isUploadUrl(url, origin));
}

const IMAGE_EXTS = new Set(["jpg", "jpeg", "png", "gif", "webp", "heic", "avif"]);

/** Where attachments of each type go, as the staff guide files them. */
const FOLDERS: Partial<Record<ContentType, string>> = {
  meetings: "minutes",
  presentations: "slides",
  materials: "materials",
  acts: "acts",
  surveys: "surveys",
};

/**
 * The file an upload becomes, relative to `content/files/`: photos in `photos/`, documents in
 * the type's folder, named after the entry (`minutes/2026-11-14-jyiyn-1.pdf`), never over a file
 * that is there already.
 * @example uploadPath("meetings", "2026-11-14-jyiyn", 1, "pdf", () => false) // "minutes/2026-11-14-jyiyn-1.pdf"
 */
export function uploadPath(type: ContentType, slug: string, index: number, ext: string, taken: (path: string) => boolean): string {
  const e = ext.toLowerCase().replace(/^\./, "");
  const folder = IMAGE_EXTS.has(e) ? "photos" : (FOLDERS[type] ?? "documents");
  for (let n = index; ; n++) {
    const candidate = `${folder}/${slug}-${n}.${e}`;
    if (!taken(candidate)) return candidate;
  }
}

/**
 * The extension of an uploaded file by its name, lower-case, or undefined (photos have no name).
 * @example extensionOf({ name: "Protokol.PDF" }) // "pdf"
 */
export function extensionOf(upload: Pick<Upload, "name">): string | undefined {
  const m = /\.([a-z0-9]{1,5})$/i.exec(upload.name ?? "");
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Names phones and cameras give files: not a title anyone would choose. */
const CAMERA_NAME = /^(?:img|image|dsc|dscn|pxl|photo|screenshot|scan|whatsapp|vid|video|doc|document|file|снимок|фото|файл)(?:\b|[\s\d_-])|^[\d\s\p{P}\p{S}]+$/iu;

/**
 * A title for an attachment: what staff wrote by the link, else the file's own name when it
 * reads as one, else "Сүрөт 1" / "Тиркеме 1".
 * @example attachmentTitle({ name: "Протокол схода.pdf", image: false }, 1, "ru") // "Протокол схода"
 */
export function attachmentTitle(upload: Pick<Upload, "name" | "text" | "image">, n: number, lang: Lang): string {
  const readable = (text: string | undefined): string | undefined => {
    const base = text?.replace(/\.[a-z0-9]{1,5}$/i, "").replace(/_+/g, " ").trim();
    return base && /\p{L}{3}/u.test(base) && !CAMERA_NAME.test(base) ? base : undefined;
  };
  const title = readable(upload.text) ?? readable(upload.name);
  if (title) return title;
  const generic: Bilingual = upload.image ? { ky: "Сүрөт", ru: "Фото" } : { ky: "Тиркеме", ru: "Приложение" };
  return `${generic[lang]} ${n}`;
}

/**
 * The text with each upload's link pointing at its copy on the site (`/files/<path>`); an HTML
 * image becomes a Markdown one (the site shows no raw HTML).
 * @example rewriteUploads("![image](https://github.com/user-attachments/assets/0a1b2c3d-…)", uploads, new Map([[url, "photos/x-1.jpg"]])) // "![image](/files/photos/x-1.jpg)"
 */
export function rewriteUploads(text: string, uploads: readonly Upload[], paths: ReadonlyMap<string, string>): string {
  let out = "";
  let at = 0;
  for (const u of [...uploads].sort((a, b) => a.start - b.start)) {
    const path = paths.get(u.url);
    if (!path) continue;
    const label = u.text ?? u.name ?? "";
    out += text.slice(at, u.start) + (u.image ? `![${label}](/files/${path})` : `[${label || path.split("/").pop()}](/files/${path})`);
    at = u.end;
  }
  return out + text.slice(at);
}
