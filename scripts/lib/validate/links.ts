/**
 * Checks the Markdown body of every entry, as staff wrote it, for what the renderer would
 * silently spoil: internal links and file links that lead nowhere, links that run code
 * (`javascript:`), and raw HTML (the site escapes it, so the page would show literal tags;
 * code such as `<script>` or `onerror=` is refused outright as a pasted payload).
 * Lines are file lines: the entry's `bodyLine` plus the line inside the body.
 */
import { type Entry } from "./entry.ts";
import { closestKey } from "./messages.ts";
import type { Problem } from "./problems.ts";
import { contentTypes } from "./schema.ts";
import { LANGS, type Bilingual } from "../shared/lang.ts";
import { parseSource, type Token } from "../shared/markdown.ts";

/** Pages every language has besides entries and lists. */
export const FIXED_PAGES = ["", "about/", "plan/", "search/"] as const;

export interface LinkTargets {
  /** Every page URL a link may point to (`/ky/reports/2026-10/`), with its entry when it is one. */
  pages: Map<string, Entry | null>;
  /** Attachment paths relative to `content/files/`. */
  files: ReadonlySet<string>;
}

/**
 * What internal links may point to: entries (not drafts), the list of each type, fixed pages, files.
 * @example linkTargets([], ["minutes/a.pdf"]).pages.has("/ky/reports/") // true
 */
export function linkTargets(entries: readonly Entry[], files: Iterable<string>): LinkTargets {
  const pages = new Map<string, Entry | null>();
  for (const lang of LANGS) {
    for (const page of FIXED_PAGES) pages.set(`/${lang}/${page}`, null);
    for (const type of contentTypes) pages.set(`/${lang}/${type}/`, null);
  }
  for (const entry of entries) if (entry.state !== "draft") pages.set(entry.url, entry);
  return { pages, files: new Set(files) };
}

export interface BodyItem {
  kind: "link" | "image" | "html";
  /** The href/src of a link or image, the markup of an HTML tag. */
  value: string;
  /** 0-based line inside the body. */
  line: number;
}

/**
 * Links, images and raw HTML of a Markdown body, each with its line.
 * @example scanBody("Text\n\n[a](/ky/reports/)") // [{ kind: "link", value: "/ky/reports/", line: 2 }]
 */
export function scanBody(body: string): BodyItem[] {
  // Links and images need "[" (or "<" for an autolink), HTML needs "<": without either, no parse.
  if (!body.includes("[") && !body.includes("<")) return [];
  const items: BodyItem[] = [];
  let start = 0;
  for (const token of parseSource(body)) {
    // Table cells carry no line of their own: they sit on their row's line, seen last.
    if (token.map) start = token.map[0];
    if (token.type === "html_block") items.push({ kind: "html", value: token.content.trim(), line: start });
    if (token.type !== "inline" || !token.children) continue;
    let line = start;
    for (const child of token.children) {
      if (child.type === "link_open") items.push({ kind: "link", value: String(child.attrGet("href") ?? ""), line });
      else if (child.type === "image") items.push({ kind: "image", value: String(child.attrGet("src") ?? ""), line });
      else if (child.type === "html_inline" && !/^<\/[a-z]/i.test(child.content)) items.push({ kind: "html", value: child.content, line });
      line += lineBreaks(child);
    }
  }
  return items;
}

/** Body items per entry: link checks and file references read the same parse. */
const itemsCache = new WeakMap<Entry, { body: string; items: BodyItem[] }>();

/**
 * Hands over the body items of an entry scanned elsewhere (a worker thread, the cache), so the
 * checks never parse the body again.
 * @example rememberBodyItems(entry, work.items)
 */
export function rememberBodyItems(entry: Entry, items: BodyItem[]): void {
  itemsCache.set(entry, { body: entry.body, items });
}

function bodyItems(entry: Entry): BodyItem[] {
  const hit = itemsCache.get(entry);
  if (hit && hit.body === entry.body) return hit.items;
  const items = scanBody(entry.body);
  itemsCache.set(entry, { body: entry.body, items });
  return items;
}

function lineBreaks(token: Token): number {
  if (token.type === "softbreak" || token.type === "hardbreak") return 1;
  return (token.content.match(/\n/g) ?? []).length;
}

const UNSAFE_SCHEME = /^\s*(?:javascript|vbscript|livescript|data(?!:image\/(?:gif|png|jpe?g|webp);))\s*:/i;
const DANGEROUS_TAG = /<\s*\/?\s*(script|iframe|frame|object|embed|style|link|meta|base|form|svg|math)\b/i;
const EVENT_HANDLER = /\son[a-z]+\s*=/i;
const CODE_IN_HTML = /(?:javascript|vbscript)\s*:/i;

/**
 * Problems of one entry's body: broken internal links, unsafe links, raw HTML.
 * @example checkEntryBody(entry, linkTargets(entries, files)) // [{ severity: "error", line: 12, message: … }]
 */
export function checkEntryBody(entry: Entry, targets: LinkTargets): Problem[] {
  const problems: Problem[] = [];
  const at = (item: BodyItem, severity: Problem["severity"], message: Bilingual): void => {
    problems.push({ severity, file: entry.inputPath, line: entry.bodyLine + item.line, message });
  };
  for (const item of bodyItems(entry)) {
    if (item.kind === "html") {
      const tag = DANGEROUS_TAG.exec(item.value)?.[1]?.toLowerCase();
      if (tag) at(item, "error", linkMessages.dangerousTag(tag));
      else if (EVENT_HANDLER.test(item.value)) at(item, "error", linkMessages.eventHandler(shorten(item.value)));
      else if (CODE_IN_HTML.test(item.value)) at(item, "error", linkMessages.unsafeLink(shorten(item.value)));
      else at(item, "warning", linkMessages.rawHtml(shorten(item.value)));
      continue;
    }
    if (UNSAFE_SCHEME.test(item.value)) {
      at(item, "error", linkMessages.unsafeLink(shorten(item.value)));
      continue;
    }
    const broken = brokenTarget(item.value, entry, targets);
    if (broken) at(item, broken.severity, broken.message);
  }
  return problems;
}

/**
 * Every entry's body checked against the same targets.
 * @example checkLinks(content.entries, content.attachments.keys())
 */
export function checkLinks(entries: readonly Entry[], files: Iterable<string>): Problem[] {
  const targets = linkTargets(entries, files);
  return entries.flatMap((entry) => checkEntryBody(entry, targets));
}

const BASE = "https://achyk.invalid";

/** Why an href that points inside the site finds nothing, or null when it is fine or outside. */
/**
 * The site path an href of an entry's body leads to (decoded), null for a link outside the
 * site or to a place on the same page, "invalid" when it cannot be read as a path.
 */
function sitePathOf(href: string, entry: Entry): string | null | "invalid" {
  const trimmed = href.trim();
  if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith("//") || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return null;
  try {
    return decodeURIComponent(new URL(trimmed, BASE + entry.url).pathname);
  } catch {
    return "invalid";
  }
}

/**
 * The attachments (paths under `content/files/`) an entry's body links to or shows.
 * @example linkedFiles(entry) // ["minutes/2026-08-14-protokol.pdf"]
 */
export function linkedFiles(entry: Entry): string[] {
  const files: string[] = [];
  for (const item of bodyItems(entry)) {
    if (item.kind === "html") continue;
    const pathname = sitePathOf(item.value, entry);
    if (pathname && pathname !== "invalid" && pathname.startsWith("/files/")) files.push(pathname.slice("/files/".length));
  }
  return files;
}

function brokenTarget(href: string, entry: Entry, targets: LinkTargets): { severity: Problem["severity"]; message: Bilingual } | null {
  const pathname = sitePathOf(href, entry);
  if (pathname === null) return null;
  if (pathname === "invalid") return { severity: "error", message: linkMessages.brokenPage(href, undefined) };
  if (pathname.startsWith("/files/")) {
    const file = pathname.slice("/files/".length);
    if (targets.files.has(file)) return null;
    return { severity: "error", message: linkMessages.brokenFile(href, closestKey(file, [...targets.files])) };
  }
  if (!/^\/(?:ky|ru)(?:\/|$)/.test(pathname)) return null;
  const page = pathname.replace(/\/index\.html$/, "/").replace(/^(\/[^.]*[^/.])$/, "$1/");
  // Generated files (feeds, calendars) are not ours to know; a page or a `.md` file name is.
  if (/\.[a-z0-9]+$/i.test(page) && !/\.md$/i.test(page)) return null;
  if (targets.pages.has(page)) {
    const target = targets.pages.get(page);
    if (target && target.state === "scheduled" && entry.state !== "draft" && target.publish > entry.publish) {
      return { severity: "warning", message: linkMessages.scheduledTarget(href, target.publish) };
    }
    return null;
  }
  const mdHint = /\.md$/i.test(pathname) ? pathname.replace(/\.md$/i, "/") : undefined;
  const hint = mdHint && targets.pages.has(mdHint) ? mdHint : closestKey(page, [...targets.pages.keys()]);
  return { severity: "error", message: linkMessages.brokenPage(href, hint) };
}

function shorten(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

export const linkMessages = {
  brokenPage: (href: string, hint: string | undefined): Bilingual => ({
    ru: `Ссылка «${href}» ведёт на страницу, которой нет на сайте.${hint ? ` Возможно, нужна «${hint}».` : ""} Адрес записи выглядит так: /ru/reports/2026-10/ (язык, раздел, имя файла без .md).`,
    ky: `«${href}» шилтемеси сайтта жок баракка алып барат.${hint ? ` Балким, «${hint}» болушу керек.` : ""} Жазуунун дареги мындай болот: /ky/reports/2026-10/ (тил, бөлүм, файлдын аты — .md жазылбайт).`,
  }),
  brokenFile: (href: string, hint: string | undefined): Bilingual => ({
    ru: `Ссылка «${href}» ведёт на файл, которого нет в папке content/files/.${hint ? ` Возможно, нужен «/files/${hint}».` : ""} Загрузите файл или исправьте путь (большие и маленькие буквы различаются).`,
    ky: `«${href}» шилтемеси content/files/ папкасында жок файлга алып барат.${hint ? ` Балким, «/files/${hint}» болушу керек.` : ""} Файлды жүктөңүз же жолун оңдоңуз (чоң жана кичине тамгалар айырмаланат).`,
  }),
  scheduledTarget: (href: string, day: string): Bilingual => ({
    ru: `Ссылка «${href}» ведёт на запись, которая появится на сайте только ${day}: до этого дня ссылка не будет работать.`,
    ky: `«${href}» шилтемеси сайтта ${day} күнү гана жарыялана турган жазууга алып барат: ошол күнгө чейин шилтеме иштебейт.`,
  }),
  unsafeLink: (href: string): Bilingual => ({
    ru: `Опасная ссылка «${href}»: она запускает программу в браузере жителя, такие ссылки запрещены. Удалите её; ссылка должна начинаться с https:// или с / (страница сайта).`,
    ky: `Коркунучтуу шилтеме «${href}»: ал тургундун браузеринде программа иштетет, мындай шилтемелерге тыюу салынат. Аны өчүрүңүз; шилтеме https:// же / (сайттын барагы) менен башталышы керек.`,
  }),
  dangerousTag: (tag: string): Bilingual => ({
    ru: `В тексте HTML-код <${tag}>: программы и встроенные страницы на сайте запрещены (так часто выглядит текст, вставленный с чужого сайта). Удалите этот код. Для оформления используйте Markdown: **жирный**, [ссылка](https://…), ## заголовок.`,
    ky: `Текстте <${tag}> HTML-коду бар: сайтта программаларга жана башка сайттардан орнотулган барактарга тыюу салынат (башка сайттан көчүрүлгөн текст көбүнчө ушундай болот). Бул кодду өчүрүңүз. Жасалгалоо үчүн Markdown колдонуңуз: **калың**, [шилтеме](https://…), ## аталыш.`,
  }),
  eventHandler: (html: string): Bilingual => ({
    ru: `В HTML-теге «${html}» есть обработчик событий (on…=): это программа, она на сайте запрещена. Удалите тег целиком.`,
    ky: `«${html}» HTML-тегинде окуя иштеткич (on…=) бар: бул программа, сайтта ага тыюу салынат. Тегди толугу менен өчүрүңүз.`,
  }),
  rawHtml: (html: string): Bilingual => ({
    ru: `HTML-тег «${html}» на сайте покажется как обычный текст с угловыми скобками. Уберите его; для оформления используйте Markdown: **жирный**, *курсив*, - список, ## заголовок.`,
    ky: `«${html}» HTML-теги сайтта бурчтуу кашаалары менен кадимки текст болуп көрүнөт. Аны алып салыңыз; жасалгалоо үчүн Markdown колдонуңуз: **калың**, *курсив*, - тизме, ## аталыш.`,
  }),
};
