/**
 * `npm run new`: which file to create for a type, a language and today, and its text
 * (from `entryTemplate`, the one source of templates). Pure: the CLI does the writing.
 */
import { addDays, isIsoMonth } from "../shared/dates.ts";
import { entryFileName, entryTemplate, type TemplateValues } from "./entry-template.ts";
import { contentTypes, isContentType, type ContentType } from "../validate/schema.ts";
import { SLUG_RE, slugify } from "../shared/slug.ts";
import { isLang, type Lang, type Bilingual } from "../shared/lang.ts";

export interface NewEntryRequest {
  type: ContentType;
  /** Without `.md`; for reports a `YYYY-MM` slug is also the period. */
  slug?: string;
  lang: Lang;
}

export interface NewEntryPlan {
  /** Relative to the content folder, e.g. `ky/reports/2026-10.md`. */
  relativePath: string;
  text: string;
}

/**
 * The month before the one of `today`: the month a report written now is about.
 * @example previousMonth("2026-01-10") // "2025-12"
 */
export function previousMonth(today: string): string {
  return addDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
}

/**
 * Reads `<type> [slug] [--lang ky|ru]`. Kyrgyz by default.
 * @example parseNewArgs(["reports", "--lang", "ru"]) // { request: { type: "reports", lang: "ru" } }
 */
export function parseNewArgs(args: readonly string[]): { request?: NewEntryRequest; error?: Bilingual } {
  const rest: string[] = [];
  let lang: Lang = "ky";
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const inline = /^--lang=(.*)$/.exec(arg);
    if (arg === "--lang" || inline) {
      const value = inline ? inline[1]! : args[++i];
      if (!isLang(value)) return { error: messagesNew.badLang(value ?? "") };
      lang = value;
    } else rest.push(arg);
  }
  const [type, slug, extra] = rest;
  if (!type) return { error: messagesNew.usage() };
  if (!isContentType(type)) return { error: messagesNew.unknownType(type) };
  if (extra !== undefined) return { error: messagesNew.usage() };
  if (slug !== undefined) {
    const bare = slug.replace(/\.md$/, "");
    if (!SLUG_RE.test(bare)) return { error: messagesNew.badSlug(slug, slugify(bare) || "zapis") };
    return { request: { type, slug: bare, lang } };
  }
  return { request: { type, lang } };
}

/**
 * The file to create: today's date, for reports the previous month as period and file name;
 * a slug of other types gets today's date in front unless it starts with one.
 * @example planNewEntry({ type: "reports", lang: "ky" }, "2026-11-25").relativePath // "ky/reports/2026-10.md"
 */
export function planNewEntry(request: NewEntryRequest, today: string): NewEntryPlan {
  const { type, lang, slug } = request;
  const values: TemplateValues = { lang, date: today };
  let fileName: string;
  if (type === "reports") {
    values.period = slug && isIsoMonth(slug) ? slug : previousMonth(today);
    fileName = slug ? `${slug}.md` : entryFileName(type, values);
  } else {
    fileName = slug ? `${/^\d{4}-\d{2}/.test(slug) ? slug : `${today}-${slug}`}.md` : entryFileName(type, values);
  }
  return { relativePath: `${lang}/${type}/${fileName}`, text: entryTemplate(type, values) };
}

export const messagesNew = {
  usage: (): Bilingual => ({
    ru: `Как вызвать: npm run new -- <раздел> [имя-файла] [--lang ky|ru]. Разделы: ${contentTypes.join(", ")}.`,
    ky: `Колдонуу тартиби: npm run new -- <бөлүм> [файлдын-аты] [--lang ky|ru]. Бөлүмдөр: ${contentTypes.join(", ")}.`,
  }),
  unknownType: (type: string): Bilingual => ({
    ru: `Раздела «${type}» нет. Разделы: ${contentTypes.join(", ")}.`,
    ky: `«${type}» деген бөлүм жок. Бөлүмдөр: ${contentTypes.join(", ")}.`,
  }),
  badLang: (lang: string): Bilingual => ({
    ru: `Язык «${lang}» не поддерживается: укажите --lang ky или --lang ru.`,
    ky: `«${lang}» тили колдоого алынбайт: --lang ky же --lang ru деп жазыңыз.`,
  }),
  badSlug: (slug: string, suggestion: string): Bilingual => ({
    ru: `Имя файла «${slug}» должно состоять из латинских строчных букв, цифр и дефисов. Например: ${suggestion}.`,
    ky: `«${slug}» файлынын аты латын кичине тамгаларынан, сандардан жана дефистерден турушу керек. Мисалы: ${suggestion}.`,
  }),
  exists: (file: string): Bilingual => ({
    ru: `Файл ${file} уже существует и не будет перезаписан. Откройте его для правки или выберите другое имя.`,
    ky: `${file} файлы буга чейин бар, анын үстүнөн жазылбайт. Аны ачып оңдоңуз же башка ат тандаңыз.`,
  }),
  created: (file: string): Bilingual => ({
    ru: `Создан файл ${file}: заполните поля и текст, затем проверьте командой npm run check.`,
    ky: `${file} файлы түзүлдү: талааларды жана текстти толтуруп, анан npm run check менен текшериңиз.`,
  }),
};
