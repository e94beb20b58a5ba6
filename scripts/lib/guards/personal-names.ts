/**
 * Finds a long list of personal names, such as residents' attendance copied into minutes.
 * Under the personal data law (No. 58) minutes publish attendance as a number and the
 * decisions, never the list of residents who came. A few names (the head, the speakers)
 * are normal; a list is not. This is a warning, not an error: staff decide.
 *
 * Pure: text in, warning out.
 */
import type { Bilingual } from "../shared/lang.ts";

export type NameListOptions = {
  /** Line number of the text's first line in its file (default 1). */
  firstLine?: number;
  /** How many different names make a "long list" (default 5). */
  threshold?: number;
};

export type NameListWarning = {
  /** 1-based line (offset by `firstLine`) of the first name of the list. */
  line: number;
  /** How many different names the list holds. */
  count: number;
  /** The names, in order of appearance, each once. */
  names: string[];
  message: Bilingual;
};

const DEFAULT_THRESHOLD = 5;
/** Names on lines at most this far apart belong to the same list (one blank line between items). */
const MAX_LINE_GAP = 2;

const U = "А-ЯЁӨҮҢ";
const L = "а-яёөүң";
const NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_LETTER_AFTER = "(?![\\p{L}\\p{N}])";
/** A capitalised Cyrillic word, hyphenated parts allowed ("Асан-Бек"). */
const WORD = `[${U}][${L}]+(?:-[${U}][${L}]+)?`;
/** Surname endings: Russian-style (-ов, -ев, -ин, -ский…), used with a patronymic or initials. */
const SURNAME = `[${U}][${L}]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|цкая)`;
/** Surname endings safe enough to count with a first name alone ("Бакыт Асанов"). */
const SURNAME_STRICT = `[${U}][${L}]{2,}(?:ов|ев|ова|ева)`;
/** Russian-style patronymic: Токтогулович, Токтогуловна, Сергеевич, Ильич, Ильинична. */
const PATRONYMIC = `[${U}][${L}]+(?:ович|евич|ьич|овна|евна|ична)`;
/** Initials: "Б.Т.", "Б. Т.", "Б." */
const INITIALS = `[${U}]\\.(?:\\s?[${U}]\\.)?`;
const TWO_INITIALS = `[${U}]\\.\\s?[${U}]\\.`;

/** Strongest patterns first; each match is masked before the weaker ones run. */
const NAME_PATTERNS: readonly RegExp[] = [
  // Асанов Бакыт Токтогулович · Бакыт Токтогулович
  `(?:${SURNAME}\\s+)?${WORD}\\s+${PATRONYMIC}`,
  // Асанов Бакыт Токтогул уулу · Бакыт Токтогул уулу · Токтогул кызы Айгүл
  `(?:${SURNAME}\\s+)?(?:${WORD}\\s+)?${WORD}\\s+(?:уулу|кызы)(?:\\s+${WORD})?`,
  // Асанова Б.Т. · Б.Т. Асанова · Сариев А. · Бейшеналы А.Т.
  `${SURNAME}\\s+${INITIALS}`,
  `${INITIALS}\\s?${SURNAME}`,
  `${WORD}\\s+${TWO_INITIALS}`,
  // Бакыт Асанов · Асанова Айгүл
  `${WORD}\\s+${SURNAME_STRICT}`,
  `${SURNAME_STRICT}\\s+${WORD}`,
].map((source) => new RegExp(`${NOT_LETTER_BEFORE}(?:${source})${NOT_LETTER_AFTER}`, "gu"));

/**
 * Capitalised words ending like surnames that are not names (genitive plurals in titles,
 * places). A match containing one of them is not counted.
 */
const NOT_NAMES = new Set([
  "депутатов", "участников", "советов", "вопросов", "итогов", "районов", "жителей", "граждан",
  "членов", "протоколов", "расходов", "доходов", "проектов", "документов", "старост", "актов",
  "кыргызстан", "бишкек", "ош", "совет", "кеңеш", "айыл", "өкмөтү", "мэрия",
]);

type NameAt = { line: number; name: string };

/**
 * Returns the first list of at least `threshold` (default 5) different personal names, or
 * `null`. Names closer than a couple of lines to each other form one list (a bullet list, a
 * table, a comma-separated paragraph).
 *
 * @example
 * findNameList("Катышкандар:\n- Асанов Б.Т.\n- Осмонова Г.К.\n- Бакыт Токтогул уулу\n- Айгүл Асан кызы\n- Петров Иван Сергеевич");
 * // → { line: 2, count: 5, names: ["Асанов Б.Т.", …], message: { ky: "…", ru: "…" } }
 */
export function findNameList(text: string, options: NameListOptions = {}): NameListWarning | null {
  const offset = (options.firstLine ?? 1) - 1;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const found: NameAt[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    for (const name of namesInLine(line)) found.push({ line: index + 1 + offset, name });
  });

  let list: NameAt[] = [];
  for (const item of found) {
    const previous = list[list.length - 1];
    if (previous !== undefined && item.line - previous.line > MAX_LINE_GAP) {
      const warning = toWarning(list, threshold);
      if (warning !== null) return warning;
      list = [];
    }
    list.push(item);
  }
  return toWarning(list, threshold);
}

/**
 * Every name pattern holds two capitals each followed by a lowercase letter or a dot (a word and
 * a patronymic, a surname and initials…), or "уулу"/"кызы" after a name: a line with neither
 * holds no name, and most lines of prose (one capital, at the sentence's start) are skipped.
 */
const NAME_START = new RegExp(`[${U}](?:[${L}]|\\.)`, "g");

function mayHoldNames(line: string): boolean {
  if (line.includes("уулу") || line.includes("кызы")) return true;
  NAME_START.lastIndex = 0;
  return NAME_START.test(line) && NAME_START.test(line);
}

/** The personal names found in one line, in order. */
export function namesInLine(line: string): string[] {
  if (!mayHoldNames(line)) return [];
  let masked = line;
  const found: { index: number; name: string }[] = [];
  for (const pattern of NAME_PATTERNS) {
    masked = masked.replace(pattern, (match: string, index: number) => {
      const words = match.split(/[\s.]+/).filter((w) => w.length > 0);
      if (words.some((w) => NOT_NAMES.has(w.toLowerCase()))) return match;
      found.push({ index, name: match.replace(/\s+/g, " ").trim() });
      return " ".repeat(match.length);
    });
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.name);
}

function toWarning(list: readonly NameAt[], threshold: number): NameListWarning | null {
  const names = [...new Set(list.map((n) => n.name))];
  const first = list[0];
  if (first === undefined || names.length < threshold) return null;
  const sample = names.slice(0, 3).join(", ");
  return {
    line: first.line,
    count: names.length,
    names,
    message: {
      ky: `Бул жерде ${names.length} адамдын аты-жөнүнөн турган тизме бар окшойт (${sample}…). «Жеке мүнөздөгү маалымат жөнүндө» мыйзамга (№ 58) ылайык протоколдо тургундардын тизмеси эмес, катышкандардын саны жарыяланат: санын attendance талаасына жазып, тизмени өчүрүңүз. Башчынын жана сөз сүйлөгөн кызмат адамдарынын аты-жөнүн калтырса болот.`,
      ru: `Похоже на список из ${names.length} имён (${sample}…). По закону «Об информации персонального характера» (№ 58) в протоколе публикуется число участников, а не список жителей: укажите число в поле attendance и удалите список. Имена главы и выступавших должностных лиц можно оставить.`,
    },
  };
}
