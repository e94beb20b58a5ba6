/**
 * The site's two languages: Kyrgyz, the state language, always first; and Russian. Every
 * module that speaks of a language, a pair of texts or "the other language" takes it from here.
 */

/** Kyrgyz first: the state-language law wants it first wherever both stand side by side. */
export const LANGS = ["ky", "ru"] as const;

export type Lang = (typeof LANGS)[number];

/** The same thing in both languages: a text, a URL, a name. */
export type Bilingual<T = string> = { ky: T; ru: T };

/** @example isLang("ru") // true */
export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** The language a translation would be in. @example otherLang("ky") // "ru" */
export function otherLang(lang: Lang): Lang {
  return lang === "ky" ? "ru" : "ky";
}

/**
 * Both languages on one line, Kyrgyz first as the state-language law wants wherever both stand
 * side by side: every bilingual line staff read (errors, CI annotations, issue titles, build
 * and CLI messages) is written through here, so the order cannot drift file by file.
 * @example bilingual({ ky: "Ката", ru: "Ошибка" }) // "Ката / Ошибка"
 * @example bilingual({ ky: "Ката", ru: "Ошибка" }, "\n") // "Ката\nОшибка"
 */
export function bilingual(text: Bilingual, separator = " / "): string {
  return `${text.ky}${separator}${text.ru}`;
}
