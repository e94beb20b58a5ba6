/**
 * The ready files in `content/_templates/`, one per type and language, made by `entryTemplate`
 * (the same text as `npm run new` and the site's "add" links), with placeholders where the
 * day goes: a template copied without filling them in fails `npm run check` instead of
 * publishing a wrong date.
 */
import { entryTemplate } from "./entry-template.ts";
import { contentTypes, type ContentType } from "../validate/schema.ts";
import { LANGS, type Lang } from "../shared/lang.ts";

/** The folder, relative to the content folder. Never built: the loader skips it. */
export const TEMPLATES_DIR = "_templates";

/** What staff replace: the day and the month, in the letters of their language. */
export const PLACEHOLDERS: Record<Lang, { date: string; period: string }> = {
  ky: { date: "ЖЖЖЖ-АА-КК", period: "ЖЖЖЖ-АА" },
  ru: { date: "ГГГГ-ММ-ДД", period: "ГГГГ-ММ" },
};

export interface TemplateFile {
  type: ContentType;
  lang: Lang;
  /** Relative to the content folder, e.g. `_templates/reports.ky.md`. */
  path: string;
  text: string;
}

/**
 * @example templateFiles().find((f) => f.path === "_templates/reports.ru.md")?.text.includes('period: "ГГГГ-ММ"') // true
 */
export function templateFiles(): TemplateFile[] {
  return contentTypes.flatMap((type) =>
    LANGS.map((lang) => ({
      type,
      lang,
      path: `${TEMPLATES_DIR}/${type}.${lang}.md`,
      text: entryTemplate(type, { lang, date: PLACEHOLDERS[lang].date, period: PLACEHOLDERS[lang].period }),
    })),
  );
}

/**
 * A template with its placeholders filled in, as staff would: for tests and previews.
 * @example fillPlaceholders("date: ГГГГ-ММ-ДД", "ru", "2026-11-25") // "date: 2026-11-25"
 */
export function fillPlaceholders(text: string, lang: Lang, date: string): string {
  const p = PLACEHOLDERS[lang];
  return text.split(p.date).join(date).split(p.period).join(date.slice(0, 7));
}
