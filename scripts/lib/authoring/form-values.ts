/**
 * Reads what staff type into a form field into the value the front matter needs, forgiving
 * what a careful person would fix by hand (`20.11.2026` is 2026-11-20, `2 300` is 2300,
 * `9:00` is 09:00), and otherwise saying, in Kyrgyz and Russian, what was expected and found.
 * Messages do not name the field: the comment that lists them puts each under its field.
 */
import { isClockTime, isIsoDay, isIsoMonth, KY_MONTHS_POSSESSIVE, looksLikeIsoDay, RU_MONTHS, RU_MONTHS_GENITIVE } from "../shared/dates.ts";
import type { Bilingual } from "../shared/lang.ts";

export type Read<T> = { value: T } | { error: Bilingual };

const shown = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Month names as typed: Russian nominative ("октябрь") and genitive ("октября"), Kyrgyz possessive ("октябры"). */
const MONTHS: Record<string, number> = Object.fromEntries(
  [RU_MONTHS, RU_MONTHS_GENITIVE, KY_MONTHS_POSSESSIVE].flatMap((names) => names.map((name, i) => [name, i + 1])),
);

const pad = (n: number | string): string => String(n).padStart(2, "0");

/**
 * A day, written `2026-11-20` or `20.11.2026` (also `20/11/2026`, `20.11.26` is refused: the century is not guessed).
 * @example readDay("20.11.2026") // { value: "2026-11-20" }
 */
export function readDay(text: string): Read<string> {
  const t = text.trim();
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  const iso = dotted ? `${dotted[3]}-${pad(dotted[2]!)}-${pad(dotted[1]!)}` : t;
  if (isIsoDay(iso)) return { value: iso };
  if (looksLikeIsoDay(iso)) {
    return { error: { ky: `«${shown(t)}» деген күн календарда жок: айды жана күндү текшериңиз.`, ru: `Даты «${shown(t)}» нет в календаре: проверьте месяц и число.` } };
  }
  return {
    error: {
      ky: `Күн ЖЖЖЖ-АА-КК же КК.АА.ЖЖЖЖ түрүндө жазылат, мисалы 2026-11-20 же 20.11.2026; «${shown(t)}» табылды.`,
      ru: `Дата пишется как ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, например 2026-11-20 или 20.11.2026; найдено «${shown(t)}».`,
    },
  };
}

/**
 * A month, written `2026-10`, `10.2026` or `октябрь 2026`.
 * @example readMonth("октябрь 2026") // { value: "2026-10" }
 */
export function readMonth(text: string): Read<string> {
  const t = text.trim();
  const dotted = /^(\d{1,2})[./](\d{4})$/.exec(t);
  const named = /^([\p{L}]+)\s+(\d{4})(?:\s*(?:-?ж\.?|г\.?|года|жыл|жылдын))?$/u.exec(t) ?? /^(\d{4})(?:\s*-?\s*(?:ж\.?|жылдын|г\.?|года))?\s+([\p{L}]+)$/u.exec(t);
  let iso = t;
  if (dotted) iso = `${dotted[2]}-${pad(dotted[1]!)}`;
  else if (named) {
    const [word, year] = /^\d/.test(named[1]!) ? [named[2]!, named[1]!] : [named[1]!, named[2]!];
    const month = MONTHS[word.toLocaleLowerCase("ru")];
    if (month) iso = `${year}-${pad(month)}`;
  }
  if (isIsoMonth(iso)) return { value: iso };
  return {
    error: {
      ky: `Ай ЖЖЖЖ-АА түрүндө жазылат, мисалы 2026-10 (же 10.2026, «октябрь 2026»); «${shown(t)}» табылды.`,
      ru: `Месяц пишется как ГГГГ-ММ, например 2026-10 (или 10.2026, «октябрь 2026»); найдено «${shown(t)}».`,
    },
  };
}

/**
 * A time of day, `10:00`; `9:00` and `10.00` are read too.
 * @example readTime("9.30") // { value: "09:30" }
 */
export function readTime(text: string): Read<string> {
  const t = text.trim();
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(t);
  const value = m ? `${pad(m[1]!)}:${m[2]}` : t;
  if (isClockTime(value)) return { value };
  return {
    error: {
      ky: `Убакыт СС:ММ түрүндө жазылат, мисалы 10:00; «${shown(t)}» табылды.`,
      ru: `Время пишется как ЧЧ:ММ, например 10:00; найдено «${shown(t)}».`,
    },
  };
}

/**
 * A whole number ≥ 0; spaces between groups of three digits are allowed (`2 300`).
 * @example readCount("2 300") // { value: 2300 }
 */
export function readCount(text: string): Read<number> {
  const t = text.trim();
  const digits = /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+$/.test(t) ? t.replace(/\D/g, "") : t;
  if (/^\d+$/.test(digits) && Number.isSafeInteger(Number(digits))) return { value: Number(digits) };
  return {
    error: {
      ky: `Бул жерге сан гана жазылат, мисалы 2300 (сөзсүз, бөлчөксүз); «${shown(t)}» табылды.`,
      ru: `Здесь пишется только целое число, например 2300 (без слов и дробей); найдено «${shown(t)}».`,
    },
  };
}

/**
 * A link to a web page.
 * @example readUrl(" https://forms.gle/abc ") // { value: "https://forms.gle/abc" }
 */
export function readUrl(text: string): Read<string> {
  const t = text.trim();
  if (/^https?:\/\/[^\s]+$/.test(t)) return { value: t };
  return {
    error: {
      ky: `Бул жерге https:// менен башталган бир шилтеме жазылат; «${shown(t)}» табылды.`,
      ru: `Здесь пишется одна ссылка, начинающаяся с https://; найдено «${shown(t)}».`,
    },
  };
}

/** Markers people put before list items, which the list does not need. */
const ITEM_MARKER = /^\s*(?:[-*•–]\s+|\d{1,3}[.)]\s+)/;

/**
 * One item a line; list markers (`- `, `1. `) and empty lines dropped.
 * @example readList("1. Суу\n\n- Жол") // { value: ["Суу", "Жол"] }
 */
export function readList(text: string): Read<string[]> {
  const items = text
    .split("\n")
    .map((line) => line.replace(ITEM_MARKER, "").trim())
    .filter(Boolean);
  return { value: items };
}

export interface SurveyResult {
  question: string;
  answers: { label: string; count: number }[];
}

/**
 * Survey results: a question on its line, then its answers as `- answer: count`.
 * @example readResults("Суу жетиштүүбү?\n- Ооба: 120\n- Жок: 190") // { value: [{ question: "Суу жетиштүүбү?", answers: [{ label: "Ооба", count: 120 }, { label: "Жок", count: 190 }] }] }
 */
export function readResults(text: string): Read<SurveyResult[]> {
  const results: SurveyResult[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const answer = /^[-*•–]\s*(.+?)\s*[:=—–-]\s*([\d \u00a0]+)$/.exec(line);
    if (!/^[-*•–]/.test(line)) {
      results.push({ question: line, answers: [] });
      continue;
    }
    const current = results.at(-1);
    const count = answer ? readCount(answer[2]!) : undefined;
    if (!current || !answer || !count || "error" in count) {
      return {
        error: {
          ky: `${i + 1}-сап «${shown(line)}»: жооп суроонун астында «- жооп: сан» түрүндө жазылат, мисалы «- Ооба: 120».`,
          ru: `Строка ${i + 1} «${shown(line)}»: ответ пишется под вопросом в виде «- ответ: число», например «- Да: 120».`,
        },
      };
    }
    current.answers.push({ label: answer[1]!, count: count.value });
  }
  const empty = results.find((r) => r.answers.length === 0);
  if (empty) {
    return {
      error: {
        ky: `«${shown(empty.question)}» суроосунун астында жооптор жок: «- жооп: сан» саптарын кошуңуз.`,
        ru: `Под вопросом «${shown(empty.question)}» нет ответов: добавьте строки «- ответ: число».`,
      },
    };
  }
  return { value: results };
}

/** One line of text (a title, a place): line breaks become spaces. */
export function readText(text: string): Read<string> {
  return { value: text.replace(/\s*\n\s*/g, " ").trim() };
}
