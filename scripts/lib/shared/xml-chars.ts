/**
 * Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; lone
 * surrogates). Word's manual line break (U+000B) and page break (U+000C) arrive this way
 * in pasted text, and a single one makes an Atom feed or sitemap unreadable for every
 * reader. Content is cleaned when it is read; every written file is cleaned again.
 */

// Lone surrogates: a high one not followed by a low one, a low one not preceded by a high one.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const FORBIDDEN_ONE = new RegExp(FORBIDDEN.source, "u");

/**
 * Each forbidden character replaced by a space (a space keeps words apart, lines and columns
 * where they were).
 * @example stripForbiddenXml("Жыйын\u000Bболду") // "Жыйын болду"
 */
export function stripForbiddenXml(text: string): string {
  return FORBIDDEN_ONE.test(text) ? text.replace(FORBIDDEN, " ") : text;
}

/**
 * Where forbidden characters are: the first line (1-based) holding one, its code, and how many in all.
 * @example findForbiddenXml("a\nb\u000Bc") // { line: 2, code: "U+000B", count: 1 }
 */
export function findForbiddenXml(text: string): { line: number; code: string; count: number } | null {
  if (!FORBIDDEN_ONE.test(text)) return null;
  const matches = [...text.matchAll(FORBIDDEN)];
  const first = matches[0]!;
  const line = text.slice(0, first.index).split("\n").length;
  const code = `U+${first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  return { line, code, count: matches.length };
}
