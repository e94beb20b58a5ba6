/**
 * A submitted issue form becomes an entry: the file `npm run new` would create, filled in as a
 * careful person would, plus the uploaded files to copy into `content/files/`. Every value is
 * read and checked against its field, then the whole file goes through the same checks as
 * `npm run check` (the schema, personal data, garbled Kyrgyz); each problem is tied back to the
 * form field it came from, so the issue comment can say which field to fix and how.
 * Pure: what exists on disk and what the uploads are is passed in.
 */
import { slugify, SLUG_RE } from "../shared/slug.ts";
import type { Bilingual, Lang } from "../shared/lang.ts";
import { validateEntry } from "../validate/entry-file.ts";
import { guardEntrySource } from "../validate/entry-guards.ts";
import type { Problem } from "../validate/problems.ts";
import type { ContentType } from "../validate/schema.ts";
import { renderEntry, type EntryValue } from "./entry-text.ts";
import { splitChoices, type FormValues } from "./form-body.ts";
import { readCount, readDay, readList, readMonth, readResults, readText, readTime, readUrl, type Read } from "./form-values.ts";
import type { FormField, IssueForm } from "./issue-forms.ts";
import { attachmentTitle, extensionOf, findUploads, otherLinks, rewriteUploads, uploadPath, type Upload } from "./uploads.ts";

/** A problem of one form field, in both languages. */
export interface FieldProblem {
  /** The field's id (`date`), or `form` for the submission as a whole. */
  field: string;
  /** The field's label as staff see it (`Күнү / Дата`). */
  label: string;
  message: Bilingual;
  severity: "error" | "warning";
}

/** An uploaded file to copy into `content/files/`. */
export interface Download {
  url: string;
  /** Relative to `content/files/`. */
  path: string;
  /** The form field it was attached in. */
  field: "files" | "body";
}

export interface ConvertedEntry {
  type: ContentType;
  lang: Lang;
  slug: string;
  /** Relative to the content folder: `ky/reports/2026-10.md`. */
  relativePath: string;
  text: string;
  downloads: Download[];
  /** `/ky/reports/2026-10/` */
  url: string;
  /** The day it goes live: `publish`, else `date`. */
  publish: string;
  title: string;
  /** The front matter as written. */
  data: Readonly<Record<string, EntryValue>>;
  /** Where each key and the body sit in `text`, to tie a later problem back to a field. */
  lines: Record<string, number>;
  bodyLine: number;
}

export interface ConvertOptions {
  /** Today in Bishkek (SITE_TODAY): whether the entry is live or scheduled. */
  today: string;
  /** True when a path relative to the content folder exists (`ky/posts/x.md`, `files/photos/x.jpg`). */
  exists: (relativePath: string) => boolean;
  /** The real extension of an upload once downloaded (a photo's link has none); default: its name's, else `jpg`. */
  extensionOf?: (upload: Upload) => string | undefined;
  /** Office phone numbers from site.yaml: public, not personal data. */
  officeContacts?: readonly string[];
  /** Where uploads are linked from (GitHub; a local server in tests). */
  origin?: string;
}

const FORM = "form";

const issueEntryMessages = {
  required: (): Bilingual => ({ ky: "Бул талаа милдеттүү: толтуруңуз.", ru: "Это обязательное поле: заполните его." }),
  choice: (found: string, options: readonly string[]): Bilingual => ({
    ky: `«${found}» тизмеде жок. Тизмеден тандаңыз: ${options.join("; ")}.`,
    ru: `«${found}» нет в списке. Выберите из списка: ${options.join("; ")}.`,
  }),
  badSlug: (found: string, suggestion: string): Bilingual => ({
    ky: `Файлдын аты латын кичине тамгаларынан, сандардан жана дефистерден турат, мисалы «${suggestion}»; «${found}» табылды. Билбесеңиз, бош калтырыңыз.`,
    ru: `Имя файла — латинские строчные буквы, цифры и дефисы, например «${suggestion}»; найдено «${found}». Если не уверены, оставьте поле пустым.`,
  }),
  exists: (path: string): Bilingual => ({
    ky: `Мындай жазуу буга чейин бар: content/${path}. Аны өзгөртүү үчүн ошол файлды GitHubда оңдоңуз, же башка ат жазыңыз.`,
    ru: `Такая запись уже есть: content/${path}. Чтобы изменить её, исправьте этот файл на GitHub или укажите другое имя.`,
  }),
  reportExists: (path: string): Bilingual => ({
    ky: `Бул ай үчүн бул тилде отчет буга чейин бар: content/${path}. Бир айга бир отчет: айды текшериңиз, же ошол файлды GitHubда оңдоңуз.`,
    ru: `Отчёт за этот месяц на этом языке уже есть: content/${path}. За месяц — один отчёт: проверьте месяц или исправьте этот файл на GitHub.`,
  }),
  notUploaded: (line: string): Bilingual => ({
    ky: `«${line}» — GitHubга жүктөлгөн файл эмес. Файлдын өзүн ушул талаага сүйрөп таштаңыз же телефондон тиркеңиз.`,
    ru: `«${line}» — не загруженный на GitHub файл. Перетащите сам файл в это поле или прикрепите его с телефона.`,
  }),
  strayText: (line: string): Bilingual => ({
    ky: `«${line}» сабынан кийин файл жок. Ар бир файлдын аталышын анын шилтемеси менен бир сапка же анын алдындагы сапка жазыңыз.`,
    ru: `После строки «${line}» нет файла. Название пишется в одной строке со ссылкой на файл или в строке над ней.`,
  }),
  publishBeforeDate: (): Bilingual => ({
    ky: "Бул күн «Күнү» талаасындагы күндөн мурун: жарыя иш-чарадан мурун чыкканы жакшы, бирок отчет же протокол болгон иштен кийин гана чыгат. Текшериңиз.",
    ru: "Этот день раньше дня из поля «Дата»: объявление выходит до мероприятия, а отчёт или протокол — только после события. Проверьте.",
  }),
};

const shown = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Reads one schema key's value as its field says. */
function readKey(field: FormField, value: string): Read<EntryValue> {
  if (!("key" in field.target)) throw new Error(`${field.id} is not a key`);
  switch (field.target.format) {
    case "day":
      return readDay(value);
    case "month":
      return readMonth(value);
    case "time":
      return readTime(value);
    case "count":
      return readCount(value);
    case "url":
      return readUrl(value);
    case "list":
      return readList(value);
    case "results":
      return readResults(value) as Read<EntryValue>;
    case "enum": {
      const option = field.options!.find((o) => o.label === value.trim() || o.value === value.trim());
      return option ? { value: option.value } : { error: issueEntryMessages.choice(shown(value.trim()), field.options!.map((o) => o.label)) };
    }
    case "enum-list": {
      const chosen: string[] = [];
      for (const choice of splitChoices(value)) {
        const option = field.options!.find((o) => o.label === choice || o.value === choice);
        if (!option) return { error: issueEntryMessages.choice(shown(choice), field.options!.map((o) => o.label)) };
        chosen.push(option.value);
      }
      return { value: chosen };
    }
    case "text":
      return readText(value);
  }
}

/**
 * A file name from the date and the title, five words at most: `2026-11-14-kopuro-boyuncha-jyiyn`.
 * @example slugFor("2026-11-14", "Көпүрө боюнча жыйын", "meetings") // "2026-11-14-kopuro-boyuncha-jyiyn"
 */
export function slugFor(date: string, title: string, type: ContentType): string {
  const words = slugify(title).split("-").filter(Boolean);
  let name = "";
  for (const word of words.slice(0, 5)) {
    if (`${name}-${word}`.length > 40) break;
    name = name ? `${name}-${word}` : word;
  }
  return `${date}-${name || type.replace(/s$/, "")}`;
}

/** The attachments field: each line a title and an upload, or a title line then an upload line. */
function readFilesField(text: string, origin: string | undefined): { uploads: { upload: Upload; title?: string }[]; problems: Bilingual[] } {
  const uploads: { upload: Upload; title?: string }[] = [];
  const problems: Bilingual[] = [];
  let pending: string | undefined;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const found = findUploads(line, origin);
    const others = otherLinks(line, origin);
    if (found.length === 0) {
      if (others.length > 0) problems.push(issueEntryMessages.notUploaded(shown(line)));
      else if (pending) problems.push(issueEntryMessages.strayText(shown(pending)));
      pending = others.length > 0 ? undefined : line.replace(/[:\s—–-]+$/, "");
      continue;
    }
    // Text before the first link on the line names it ("Протокол: [p.pdf](…)").
    const before = line.slice(0, found[0]!.start).replace(/^[-*•\d.)\s]+/, "").replace(/[:\s—–-]+$/, "").trim();
    found.forEach((upload, i) => {
      const title = i === 0 ? before || pending : undefined;
      uploads.push(title ? { upload, title } : { upload });
    });
    pending = undefined;
  }
  if (pending) problems.push(issueEntryMessages.strayText(shown(pending)));
  return { uploads, problems };
}

/**
 * The entry a submitted form stands for, or the problems of its fields.
 * @example convertIssue(issueForm("reports"), readFormBody(body, issueForm("reports")), { today: "2026-11-25", exists: () => false }).entry?.relativePath // "ky/reports/2026-10.md"
 */
export function convertIssue(form: IssueForm, values: FormValues, options: ConvertOptions): { entry?: ConvertedEntry; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const fieldById = new Map(form.fields.map((f) => [f.id, f]));
  const add = (id: string, message: Bilingual, severity: FieldProblem["severity"] = "error"): void => {
    problems.push({ field: id, label: fieldById.get(id)?.label ?? id, message, severity });
  };

  let lang: Lang = "ky";
  const data: Record<string, EntryValue> = {};
  for (const field of form.fields) {
    const value = values[field.id] ?? null;
    if (value === null || value.trim() === "") {
      if (field.required) add(field.id, issueEntryMessages.required());
      continue;
    }
    if ("special" in field.target) {
      if (field.target.special === "lang") {
        const option = field.options!.find((o) => o.label === value.trim() || o.value === value.trim());
        if (option) lang = option.value as Lang;
        else add(field.id, issueEntryMessages.choice(shown(value.trim()), field.options!.map((o) => o.label)));
      }
      continue;
    }
    const read = readKey(field, value);
    if ("error" in read) add(field.id, read.error);
    else data[field.target.key] = read.value;
  }

  // Where the entry goes: reports by their month, others by the slug given or made from date and title.
  const type = form.type;
  let slug: string | undefined;
  let slugGiven = false;
  if (type === "reports") {
    if (typeof data.period === "string") slug = data.period;
  } else {
    const given = values.slug?.trim();
    if (given) {
      const bare = given.replace(/\.md$/, "").replace(/^.*\//, "");
      if (SLUG_RE.test(bare)) {
        slug = bare;
        slugGiven = true;
      } else add("slug", issueEntryMessages.badSlug(shown(given), slugify(bare) || "2026-11-14-jyiyn"));
    } else if (typeof data.date === "string" && typeof data.title === "string") {
      slug = slugFor(data.date, data.title, type);
    }
  }
  let relativePath = slug ? `${lang}/${type}/${slug}.md` : undefined;
  if (slug && relativePath && options.exists(relativePath)) {
    if (type === "reports") add("period", issueEntryMessages.reportExists(relativePath));
    else if (slugGiven) add("slug", issueEntryMessages.exists(relativePath));
    else {
      let n = 2;
      while (options.exists(`${lang}/${type}/${slug}-${n}.md`)) n++;
      slug = `${slug}-${n}`;
      relativePath = `${lang}/${type}/${slug}.md`;
    }
  }

  if (typeof data.publish === "string" && typeof data.date === "string" && data.publish < data.date && type !== "events") {
    add("publish", issueEntryMessages.publishBeforeDate(), "warning");
  }

  // Uploads: the attachments field lists files; photos in the text are copied and linked.
  const files = readFilesField(values.files ?? "", options.origin);
  for (const message of files.problems) add("files", message);
  const bodyText = values.body ?? "";
  const bodyUploads = findUploads(bodyText, options.origin);
  const downloads: Download[] = [];
  const paths = new Map<string, string>();
  const planned = new Set<string>();
  const place = (upload: Upload, field: Download["field"]): string | undefined => {
    if (!slug) return undefined;
    const known = paths.get(upload.url);
    if (known) return known;
    const ext = options.extensionOf?.(upload) ?? extensionOf(upload) ?? "jpg";
    // Numbered across the entry's own files whatever their extension: photos/x-1.jpg, photos/x-2.png.
    const stem = (p: string): string => p.replace(/\.[^./]+$/, "");
    const path = uploadPath(type, slug, 1, ext, (p) => planned.has(stem(p)) || options.exists(`files/${p}`));
    planned.add(stem(path));
    paths.set(upload.url, path);
    downloads.push({ url: upload.url, path, field });
    return path;
  };
  const attachments: Record<string, unknown>[] = [];
  files.uploads.forEach(({ upload, title }, i) => {
    const path = place(upload, "files");
    if (path) attachments.push({ file: path, title: title ?? attachmentTitle(upload, i + 1, lang) });
  });
  for (const upload of bodyUploads) place(upload, "body");
  if (attachments.length > 0) data.attachments = attachments;
  const body = rewriteUploads(bodyText, bodyUploads, paths);

  if (problems.some((p) => p.severity === "error") || !slug || !relativePath) return { problems };

  // The same checks as `npm run check`, on the file as it will be written.
  const rendered = renderEntry(type, data, body);
  const result = validateEntry(relativePath, rendered.text, options.today);
  const found: Problem[] = [...result.problems];
  if (result.entry) found.push(...guardEntrySource(result.entry, rendered.text, options.officeContacts ?? []));
  for (const problem of found) {
    if (problem.severity === "info") continue;
    add(fieldAtLine(form, rendered, problem.line), problem.message, problem.severity);
  }
  if (problems.some((p) => p.severity === "error") || !result.entry) return { problems };

  const entry: ConvertedEntry = {
    type,
    lang,
    slug,
    relativePath,
    text: rendered.text,
    downloads,
    url: result.entry.url,
    publish: result.entry.publish,
    title: String(data.title),
    data,
    lines: rendered.lines,
    bodyLine: rendered.bodyLine,
  };
  return { entry, problems };
}

/**
 * The form field a problem found later (by `npm run check` over the whole site) is about:
 * in the entry file, the key on or above its line or the text; in an uploaded file, the field
 * it was attached in. Undefined for a problem of another file.
 * @example fieldOfProblem(form, entry, { file: "ky/reports/2026-10.md", line: 2, … }) // "title"
 */
export function fieldOfProblem(form: IssueForm, entry: ConvertedEntry, problem: Pick<Problem, "file" | "line">): string | undefined {
  if (problem.file === entry.relativePath) return fieldAtLine(form, entry, problem.line);
  return entry.downloads.find((d) => problem.file === `files/${d.path}`)?.field;
}

/** The form field a line of the written file came from: the key on or above it, or the text. */
function fieldAtLine(form: IssueForm, rendered: { lines: Record<string, number>; bodyLine: number }, line: number): string {
  if (line >= rendered.bodyLine) return "body";
  let best: string | undefined;
  let bestLine = 0;
  for (const [key, at] of Object.entries(rendered.lines)) {
    if (at <= line && at >= bestLine) [best, bestLine] = [key, at];
  }
  if (best === "attachments") return "files";
  return best && form.fields.some((f) => f.id === best) ? best : FORM;
}
