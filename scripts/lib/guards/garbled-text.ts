/**
 * Finds Kyrgyz text broken by old 8-bit fonts or by Latin look-alike letters.
 *
 * Before Unicode, Kyrgyz fonts put ө, ү, ң in the slots of characters Kyrgyz does not need:
 * text copied from such documents arrives as "ъ" for ө, "\" for ү and "ё" for ң
 * ("къп\р" is "көпүр", "Кеёеш" is "Кеңеш"). Others type Kyrgyz letters with Latin
 * look-alikes ("Y" for Ү). Both look almost right on screen, but search, screen readers and
 * spell checkers fail on them.
 *
 * Russian words legitimately contain ъ (объявление, подъезд) and ё (ещё, её, актёр), so a
 * word is reported only when a mark sits where Russian never puts it:
 * - "\" inside or at the edge of a Cyrillic word;
 * - ъ at the start, at the end, after a vowel, or before anything but е, ё, ю, я
 *   (Russian ъ only separates a consonant from е/ё/ю/я: об-ъ-явление, под-ъ-езд, съ-ёмка);
 * - ё after a vowel, followed by a vowel ("жаёы") or by a consonant Russian does not put
 *   there ("теёге"), or ending the word ("миё") unless the word is Russian (её, моё, своё…).
 *   Russian ё after a vowel is followed only by т, м, н (даёт, заём, утаённый), by шь
 *   (поёшь) or by a final к (паёк); Kyrgyz writes ё after о in боёк, боёлуп, боёо, коёт.
 *   Kyrgyz ң never starts a word and never follows a consonant, so ё there is left alone
 *   (ёлка, актёр, всё);
 * - a Latin letter inside a Cyrillic word, when every Latin letter in it has a Cyrillic
 *   look-alike ("Кыргызстaн"); words like "Facebookтан" mix two languages on purpose.
 *
 * Pure: text in, findings out.
 */
import type { Bilingual } from "../shared/lang.ts";

export type GarbledFinding = {
  /** 1-based line (offset by `firstLine`). */
  line: number;
  /** 1-based column, counted in Unicode code points. */
  column: number;
  /** The word as written. */
  word: string;
  /** The likely correct spelling. */
  suggestion: string;
  message: Bilingual;
};

export type GarbledOptions = {
  /** Line number of the text's first line in its file (default 1). */
  firstLine?: number;
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const VOWELS = new Set([..."аеёиоуыэюяөү\\"]);
/** ё after a vowel is Russian when followed by one of these (даёт, заём, утаённый). */
const RUSSIAN_AFTER_VOWEL_YO = new Set([..."тмн"]);
/**
 * Kyrgyz itself writes ё (for "йо") after о: боёк, боёлуп, боёо, коёт, тоёт. ё after о
 * followed by one of these is left alone; "коёшу" (коңшу) and "доёуз" (доңуз) are still caught.
 */
const KYRGYZ_AFTER_O_YO = new Set([..."клотнм"]);
/** Russian words that end in a vowel + ё. */
const RUSSIAN_FINAL_VOWEL_YO = new Set(["её", "неё", "моё", "твоё", "своё", "остриё", "житиё", "бытиё"]);
/** Russian words that end in ъ (pre-1918 spelling kept in names). */
const RUSSIAN_FINAL_HARD_SIGN = new Set(["коммерсантъ"]);

/** 8-bit font marks → Kyrgyz letters. */
const EIGHT_BIT: Readonly<Record<string, string>> = { ъ: "ө", Ъ: "Ө", ё: "ң", Ё: "Ң" };
/**
 * Latin letters → the Cyrillic letter they stand for. Y/y look like Ү/ү (Kyrgyz typists use
 * them for ү); h has no Kyrgyz look-alike and stands for н, the lowercase of H.
 */
const LATIN_LOOK_ALIKES: Readonly<Record<string, string>> = {
  A: "А", a: "а", B: "В", C: "С", c: "с", E: "Е", e: "е", H: "Н", h: "н", K: "К", k: "к",
  M: "М", O: "О", o: "о", P: "Р", p: "р", T: "Т", X: "Х", x: "х", Y: "Ү", y: "ү",
};

const TOKEN = /[\p{L}\\]+/gu;
/** Only a word with a backslash, ъ, ё or an ASCII letter can be garbled: everything else is skipped fast. */
const SUSPECT = /[\\ъЪёЁA-Za-z]/;
const URL = /(?:https?:\/\/|www\.)\S+/giu;
const WINDOWS_PATH = /(?<![\p{L}\p{N}])[A-Za-z]:\\\S*/gu;
/** A Markdown escape (\* \_ \# …): a backslash before ASCII punctuation other than itself. */
const MARKDOWN_ESCAPE = /\\(?=[!-/:-@[\]-`{-~])/gu;
/** A backslash between a lowercase and an uppercase letter separates path parts (Документы\Отчет). */
const PATH_SEPARATOR = /(?<=[\p{Ll}:])\\(?=\p{Lu})/gu;

/**
 * Words that look pasted from an old 8-bit Kyrgyz font (ө→ъ, ү→\, ң→ё) or typed with Latin
 * look-alikes, with the likely fix.
 *
 * @example
 * findGarbledKyrgyz("Айыл ъкмът\ жаёы къп\р курду");
 * // → [{ line: 1, column: 6, word: "ъкмът\\", suggestion: "өкмөтү", message: {…} },
 * //    { line: 1, column: 13, word: "жаёы", suggestion: "жаңы", … },
 * //    { line: 1, column: 18, word: "къп\\р", suggestion: "көпүр", … }]
 * findGarbledKyrgyz("Объявление: подъезд, ещё её актёр"); // → []
 */
export function findGarbledKyrgyz(text: string, options: GarbledOptions = {}): GarbledFinding[] {
  const offset = (options.firstLine ?? 1) - 1;
  const findings: GarbledFinding[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, lineIndex) => {
    // A garbled word is Cyrillic in part: a line without a Cyrillic letter holds none.
    if (!SUSPECT.test(line) || !CYRILLIC.test(line)) return;
    // Each mask needs a character most lines lack: a URL "://" or "www.", the others a backslash.
    let masked = line.includes("://") || /www\./i.test(line) ? line.replace(URL, (url) => " ".repeat(url.length)) : line;
    if (masked.includes("\\")) {
      masked = masked
        .replace(WINDOWS_PATH, (path) => " ".repeat(path.length))
        .replace(MARKDOWN_ESCAPE, " ")
        .replace(PATH_SEPARATOR, " ");
    }
    for (const match of masked.matchAll(TOKEN)) {
      if (!SUSPECT.test(match[0])) continue;
      let word = match[0];
      // An odd run of backslashes ending the line: the last one is a Markdown hard break.
      if (match.index + word.length === line.length && /(?:^|[^\\])(?:\\\\)*\\$/.test(word)) {
        word = word.slice(0, -1);
      }
      const result = diagnose(word);
      if (result === null) continue;
      findings.push({
        line: lineIndex + 1 + offset,
        column: [...line.slice(0, match.index)].length + 1,
        word,
        suggestion: result.suggestion,
        message: messageFor(word, result),
      });
    }
  });
  return findings;
}

type Diagnosis = { suggestion: string; eightBit: boolean; latin: string[] };

/** Why a word is broken and its likely fix, or `null` when it looks fine. */
function diagnose(word: string): Diagnosis | null {
  const chars = [...word];
  if (!chars.some((c) => CYRILLIC.test(c))) return null;
  const latin = chars.filter((c) => /\p{Script=Latin}/u.test(c));
  const latinIsLookAlike = latin.length > 0 && latin.every((c) => c in LATIN_LOOK_ALIKES);
  const eightBit = chars.some((_, i) => isEightBitMark(chars, i));
  if (!eightBit && !latinIsLookAlike) return null;

  const letters = chars.filter((c) => /\p{L}/u.test(c));
  const allCaps = letters.length > 1 && letters.every((c) => c === c.toUpperCase());
  const suggestion = chars
    .map((c) => {
      if (eightBit && c === "\\") return allCaps ? "Ү" : "ү";
      if (eightBit && c in EIGHT_BIT) return EIGHT_BIT[c] ?? c;
      if (latinIsLookAlike && c in LATIN_LOOK_ALIKES) return LATIN_LOOK_ALIKES[c] ?? c;
      return c;
    })
    .join("");
  return { suggestion, eightBit, latin: latinIsLookAlike ? [...new Set(latin)] : [] };
}

/** Is chars[i] a mark that only an 8-bit Kyrgyz font would put there? */
function isEightBitMark(chars: readonly string[], i: number): boolean {
  const c = (chars[i] ?? "").toLowerCase();
  const prev = chars[i - 1]?.toLowerCase();
  const next = chars[i + 1]?.toLowerCase();
  const last = i === chars.length - 1;

  if (c === "\\") return isEightBitBackslash(chars, i);

  if (c === "ъ") {
    if (prev === undefined || VOWELS.has(prev)) return true;
    if (next === undefined) return !RUSSIAN_FINAL_HARD_SIGN.has(chars.join("").toLowerCase());
    if ("еёюя".includes(next)) return i + 1 === chars.length - 1;
    return true;
  }

  if (c === "ё") {
    if (prev === undefined || !VOWELS.has(prev)) return false;
    if (last) return !RUSSIAN_FINAL_VOWEL_YO.has(chars.join("").toLowerCase());
    if (next === undefined) return false;
    if (prev === "о" && KYRGYZ_AFTER_O_YO.has(next)) return false; // боёк, боёлуп, боёо, коёт
    if (VOWELS.has(next)) return true;
    if (RUSSIAN_AFTER_VOWEL_YO.has(next)) return false;
    if (next === "ш") return chars[i + 2]?.toLowerCase() !== "ь"; // поёшь
    if (next === "к") return i + 1 !== chars.length - 1; // паёк
    return true;
  }
  return false;
}

/**
 * A backslash stands for ү when the letters around it (past other backslashes, as in
 * "т\\" for "түү") are Cyrillic. Not when it touches Latin ("сап\nЭкинчи", a YAML escape)
 * or starts a capitalised word ("\Документы", a path).
 */
function isEightBitBackslash(chars: readonly string[], i: number): boolean {
  let left = i - 1;
  while (chars[left] === "\\") left--;
  let right = i + 1;
  while (chars[right] === "\\") right++;
  const before = chars[left];
  const after = chars[right];
  if (before === undefined && after === undefined) return false;
  if (before !== undefined && !CYRILLIC.test(before)) return false;
  if (after !== undefined && !CYRILLIC.test(after)) return false;
  return before !== undefined || after === after?.toLowerCase();
}

function messageFor(word: string, d: Diagnosis): Bilingual {
  if (d.eightBit) {
    return {
      ky: `«${word}» сөзү эски 8-биттик кыргыз шрифтинен көчүрүлгөн текстке окшойт (ө→ъ, ү→\\, ң→ё). Туурасы, балким: «${d.suggestion}». Сөздү оңдоңуз же текстти Юникоддогу булактан кайра көчүрүңүз.`,
      ru: `Слово «${word}» похоже на текст, вставленный из старого 8-битного кыргызского шрифта (ө→ъ, ү→\\, ң→ё). Вероятно, должно быть: «${d.suggestion}». Исправьте слово или вставьте текст заново из источника в Юникоде.`,
    };
  }
  const letters = d.latin.join(", ");
  return {
    ky: `«${word}» сөзүндө кириллицага окшош латын тамгалары бар (${letters}): сайттагы издөө жана экран окугучтар мындай сөздү түшүнбөйт. Туурасы, балким: «${d.suggestion}».`,
    ru: `В слове «${word}» есть латинские буквы, похожие на кириллические (${letters}): поиск по сайту и экранные дикторы такое слово не поймут. Вероятно, должно быть: «${d.suggestion}».`,
  };
}
