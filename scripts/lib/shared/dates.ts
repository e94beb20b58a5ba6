/**
 * The one module that owns time. Every "today" of the build comes from here:
 * Asia/Bishkek (UTC+6, no DST), or `SITE_TODAY=YYYY-MM-DD` when set.
 * Elsewhere days are plain `YYYY-MM-DD` strings, which compare correctly as text.
 */
import { DateTime } from "luxon";
import { isDay } from "./periods.ts";
import type { Lang } from "./lang.ts";

// Calendar arithmetic on day strings lives with the periods; re-exported so callers need one module.
export { daysBetween } from "./periods.ts";

export const ZONE = "Asia/Bishkek";

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

/**
 * True for a real calendar day written `YYYY-MM-DD`.
 * @example isIsoDay("2028-02-29") // true
 * @example isIsoDay("2026-02-30") // false
 */
export function isIsoDay(value: unknown): value is string {
  return typeof value === "string" && isDay(value);
}

/** `YYYY-MM-DD` in shape, whether or not the day exists (to tell "wrong format" from "no such day"). */
export function looksLikeIsoDay(value: unknown): boolean {
  return typeof value === "string" && DAY_RE.test(value);
}

/**
 * True for a real month written `YYYY-MM`.
 * @example isIsoMonth("2026-13") // false
 */
export function isIsoMonth(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = MONTH_RE.exec(value);
  return !!m && +m[2]! >= 1 && +m[2]! <= 12;
}

/** `HH:MM`, 24-hour clock. */
export function isClockTime(value: unknown): value is string {
  return typeof value === "string" && /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/**
 * The day a build takes as today: `SITE_TODAY` when set (and valid), else today in Bishkek.
 * @example todayFrom({ SITE_TODAY: "2026-11-25" }) // "2026-11-25"
 * @example todayFrom({}, Date.UTC(2026, 10, 24, 18, 30)) // "2026-11-25" (00:30 in Bishkek)
 */
export function todayFrom(env: Readonly<Record<string, string | undefined>>, nowMillis: number = Date.now()): string {
  const forced = env.SITE_TODAY?.trim();
  if (forced) {
    if (!isIsoDay(forced)) {
      throw new Error(`SITE_TODAY must be a real day written YYYY-MM-DD, found "${forced}"`);
    }
    return forced;
  }
  return DateTime.fromMillis(nowMillis, { zone: ZONE }).toISODate()!;
}

/**
 * The instant a build says it was made (`site.json`'s `built_at`), to the second, in UTC.
 * `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) fixes it, so two
 * builds of the same content are byte for byte the same; without it, the clock.
 * @example builtAtFrom({ SOURCE_DATE_EPOCH: "1795000000" }) // "2026-11-18T11:06:40Z"
 * @example builtAtFrom({}, Date.UTC(2026, 10, 25, 3, 0, 0)) // "2026-11-25T03:00:00Z"
 */
export function builtAtFrom(env: Readonly<Record<string, string | undefined>>, nowMillis: number = Date.now()): string {
  const forced = env.SOURCE_DATE_EPOCH?.trim();
  if (forced && !/^\d{1,12}$/.test(forced)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01, found "${forced}"`);
  const seconds = forced ? Number(forced) : Math.floor(nowMillis / 1000);
  return DateTime.fromSeconds(seconds, { zone: "utc" }).toISO({ suppressMilliseconds: true })!.replace("+00:00", "Z");
}

/**
 * The Bishkek calendar day of an instant (ISO timestamp with offset, e.g. a git commit time).
 * Throws when the text is not an instant.
 * @example bishkekDayOf("2026-11-25T20:30:00+00:00") // "2026-11-26"
 */
export function bishkekDayOf(isoInstant: string): string {
  const day = DateTime.fromISO(isoInstant, { setZone: true }).setZone(ZONE).toISODate();
  if (!day) throw new RangeError(`not an ISO 8601 instant: "${isoInstant}"`);
  return day;
}

/**
 * The instant a Bishkek day starts, for formats that want a timestamp (Atom feeds).
 * @example bishkekMidnight("2026-11-25").toISOString() // "2026-11-24T18:00:00.000Z"
 */
export function bishkekMidnight(day: string): Date {
  return DateTime.fromISO(day, { zone: ZONE }).startOf("day").toJSDate();
}

/** Adds whole days to a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  return DateTime.fromISO(day, { zone: "utc" }).plus({ days }).toISODate()!;
}

// Month names are written out rather than taken from ICU: texts that are compared from one run to
// the next (deadline issues on GitHub) must not change with the Node build.
// Kyrgyz needs the possessive month form after "N-жылдын": CLDR only has the nominative
// ("2026-ж., 25-ноябрь"), which reads as a form field, not a sentence. A date that says when
// something happens takes the locative ("…1-декабрында жарыяланат"), one that says "as of" or
// "by" the dative ("…25-ноябрына карата"): nominative there is the commonest slip in Kyrgyz
// generated text. Each form is written out per month (апрели → апрелинде is front-vowel).
export const RU_MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"] as const;
export const RU_MONTHS_GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"] as const;
const KY_MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"] as const;
export const KY_MONTHS_POSSESSIVE = ["январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу", "сентябры", "октябры", "ноябры", "декабры"] as const;
const KY_MONTHS_LOCATIVE = ["январында", "февралында", "мартында", "апрелинде", "майында", "июнунда", "июлунда", "августунда", "сентябрында", "октябрында", "ноябрында", "декабрында"] as const;
const KY_MONTHS_DATIVE = ["январына", "февралына", "мартына", "апрелине", "майына", "июнуна", "июлуна", "августуна", "сентябрына", "октябрына", "ноябрына", "декабрына"] as const;

/**
 * How a day stands in a text: `label` after a colon or in a table ("Күнү: 2026-жылдын
 * 25-ноябры"); `locative` for when something happens ("2026-жылдын 1-декабрында жарыяланат" /
 * "выйдет 1 декабря 2026 г."); `dative` for "as of" and "by" ("2026-жылдын 25-ноябрына карата" /
 * "на 25 ноября 2026 г."). Russian says all three with the genitive; in running text it adds "г.".
 */
export type DayForm = "label" | "locative" | "dative";

const KY_MONTH_FORMS: Record<DayForm, readonly string[]> = {
  label: KY_MONTHS_POSSESSIVE,
  locative: KY_MONTHS_LOCATIVE,
  dative: KY_MONTHS_DATIVE,
};

function parts(day: string): { year: number; month: number; dayOfMonth: number } {
  const m = DAY_RE.exec(day) ?? MONTH_RE.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  return { year: +m[1]!, month: +m[2]!, dayOfMonth: m[3] ? +m[3] : 1 };
}

/**
 * A day as people write it, in the form its place in the sentence needs (see {@link DayForm}).
 * @example formatDay("2026-11-25", "ru") // "25 ноября 2026"
 * @example formatDay("2026-11-25", "ky") // "2026-жылдын 25-ноябры"
 * @example formatDay("2026-12-01", "ky", "locative") // "2026-жылдын 1-декабрында"
 * @example formatDay("2026-11-25", "ky", "dative") // "2026-жылдын 25-ноябрына"
 * @example formatDay("2026-12-01", "ru", "locative") // "1 декабря 2026 г."
 */
export function formatDay(day: string, lang: Lang, form: DayForm = "label"): string {
  const { year, month, dayOfMonth } = parts(day);
  if (lang === "ky") return `${year}-жылдын ${dayOfMonth}-${KY_MONTH_FORMS[form][month - 1]}`;
  return `${dayOfMonth} ${RU_MONTHS_GENITIVE[month - 1]} ${year}${form === "label" ? "" : " г."}`;
}

/**
 * A day without its year, where the year goes without saying. Kyrgyz takes the nominative
 * here: the possessive "25-ноябры" only follows a year in the genitive ("2026-жылдын").
 * @example formatDayShort("2026-11-25", "ru") // "25 ноября"
 * @example formatDayShort("2026-11-25", "ky") // "25-ноябрь"
 */
export function formatDayShort(day: string, lang: Lang): string {
  const { month, dayOfMonth } = parts(day);
  if (lang === "ky") return `${dayOfMonth}-${KY_MONTHS[month - 1]}`;
  return `${dayOfMonth} ${RU_MONTHS_GENITIVE[month - 1]}`;
}

/**
 * A month as a title.
 * @example formatMonth("2026-10", "ru") // "октябрь 2026"
 * @example formatMonth("2026-10", "ky") // "2026-жылдын октябры"
 */
export function formatMonth(month: string, lang: Lang): string {
  const { year, month: m } = parts(month);
  if (lang === "ky") return `${year}-жылдын ${KY_MONTHS_POSSESSIVE[m - 1]}`;
  return `${RU_MONTHS[m - 1]} ${year}`;
}

/**
 * Month name alone, nominative, for compact timelines.
 * @example monthName(11, "ru") // "ноябрь"
 */
export function monthName(month: number, lang: Lang): string {
  const name = (lang === "ky" ? KY_MONTHS : RU_MONTHS)[month - 1];
  if (name === undefined) throw new RangeError(`a month is 1 to 12, got ${month}`);
  return name;
}
