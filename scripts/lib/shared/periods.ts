/**
 * Periods of the plan's rhythms: pure calendar arithmetic on `YYYY-MM-DD` strings.
 *
 * A period has an id (`2026-10`, `2026-H1`, `2026-Q4`, `2026`), the window of days it
 * covers (`start`..`end`, both inclusive) and its due day. See the README's content model,
 * "Rhythm and periods". No Date objects: days are counted with integer arithmetic, so the
 * result never depends on the machine's time zone.
 */

/** Every rhythm a measure of `plan.yaml` may have. */
export const RHYTHMS = [
  "monthly",
  "monthly-25",
  "two-windows",
  "quarterly",
  "half-yearly",
  "yearly",
] as const;

export type Rhythm = (typeof RHYTHMS)[number];

/** One period of a rhythm. All days are `YYYY-MM-DD`. */
export interface Period {
  /** `YYYY-MM` (monthly, monthly-25), `YYYY-Hn` (two-windows, half-yearly), `YYYY-Qn`, `YYYY`. */
  readonly id: string;
  /** First day of the window the period covers. */
  readonly start: string;
  /** Last day of the window the period covers. */
  readonly end: string;
  /** Last day on which work for the period is on time. */
  readonly due: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True for a leap year of the Gregorian calendar.
 * @example isLeapYear(2028) // true
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days in a month (1–12).
 * @example daysInMonth(2028, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Splits a real calendar day `YYYY-MM-DD` into numbers, or null when the text is not one
 * (wrong shape, month 13, 30 February…).
 * @example parseDay("2028-02-29") // { year: 2028, month: 2, day: 29 }
 */
export function parseDay(text: string): { year: number; month: number; day: number } | null {
  const m = DAY.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * True when `text` is a real calendar day written `YYYY-MM-DD`.
 * @example isDay("2027-02-29") // false
 */
export function isDay(text: string): boolean {
  return parseDay(text) !== null;
}

function requireDay(text: string): { year: number; month: number; day: number } {
  const parsed = parseDay(text);
  if (!parsed) throw new RangeError(`Not a calendar day written YYYY-MM-DD: "${text}"`);
  return parsed;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween("2026-11-18", "2026-11-25") // 7
 * @example daysBetween("2028-02-28", "2028-03-01") // 2
 */
export function daysBetween(from: string, to: string): number {
  const a = requireDay(from);
  const b = requireDay(to);
  return daysFromCivil(b.year, b.month, b.day) - daysFromCivil(a.year, a.month, a.day);
}

const pad2 = (n: number): string => String(n).padStart(2, "0");
const pad4 = (n: number): string => String(n).padStart(4, "0");
const dayText = (year: number, month: number, day: number): string =>
  `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
const firstOf = (year: number, month: number): string => dayText(year, month, 1);
const lastOf = (year: number, month: number): string =>
  dayText(year, month, daysInMonth(year, month));

/** A window of whole months, `fromMonth`..`toMonth` of one year, due on its last day. */
function monthsWindow(id: string, year: number, fromMonth: number, toMonth: number): Period {
  const end = lastOf(year, toMonth);
  return { id, start: firstOf(year, fromMonth), end, due: end };
}

function monthPeriod(rhythm: Rhythm, year: number, month: number): Period {
  const id = `${pad4(year)}-${pad2(month)}`;
  if (rhythm !== "monthly-25") return monthsWindow(id, year, month, month);
  // monthly-25: the period is the month reported on; its report is due on the 25th of the
  // next month (December's on 25 January of the next year).
  const dueYear = month === 12 ? year + 1 : year;
  const dueMonth = month === 12 ? 1 : month + 1;
  return { id, start: firstOf(year, month), end: lastOf(year, month), due: dayText(dueYear, dueMonth, 25) };
}

/** The periods of one rhythm in one year, in calendar order. */
function periodsOfYear(rhythm: Rhythm, year: number): Period[] {
  const y = pad4(year);
  switch (rhythm) {
    case "monthly":
    case "monthly-25":
      return Array.from({ length: 12 }, (_, i) => monthPeriod(rhythm, year, i + 1));
    case "two-windows":
      return [monthsWindow(`${y}-H1`, year, 1, 2), monthsWindow(`${y}-H2`, year, 7, 8)];
    case "quarterly":
      return [1, 2, 3, 4].map((q) => monthsWindow(`${y}-Q${q}`, year, q * 3 - 2, q * 3));
    case "half-yearly":
      return [monthsWindow(`${y}-H1`, year, 1, 6), monthsWindow(`${y}-H2`, year, 7, 12)];
    case "yearly":
      return [monthsWindow(y, year, 1, 12)];
  }
}

/**
 * Every period of a rhythm in the given plan years, in calendar order (years are sorted and
 * deduplicated).
 * @example
 * listPeriods("two-windows", [2028])
 * // [{ id: "2028-H1", start: "2028-01-01", end: "2028-02-29", due: "2028-02-29" },
 * //  { id: "2028-H2", start: "2028-07-01", end: "2028-08-31", due: "2028-08-31" }]
 */
export function listPeriods(rhythm: Rhythm, years: readonly number[]): Period[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  return sorted.flatMap((year) => periodsOfYear(rhythm, year));
}

/**
 * The period of a rhythm whose window holds `day`, or null when no window does (a March day
 * for two-windows). For monthly-25 this is the month of the day, i.e. the month a report
 * written about that day reports on. Throws a RangeError when `day` is not a calendar day.
 * @example periodOf("quarterly", "2026-11-05") // "2026-Q4"
 * @example periodOf("two-windows", "2026-03-10") // null
 */
export function periodOf(rhythm: Rhythm, day: string): string | null {
  const { year } = requireDay(day);
  const found = periodsOfYear(rhythm, year).find((p) => p.start <= day && day <= p.end);
  return found ? found.id : null;
}

const ID_PATTERNS: Record<Rhythm, RegExp> = {
  monthly: /^\d{4}-(0[1-9]|1[0-2])$/,
  "monthly-25": /^\d{4}-(0[1-9]|1[0-2])$/,
  "two-windows": /^\d{4}-H[12]$/,
  quarterly: /^\d{4}-Q[1-4]$/,
  "half-yearly": /^\d{4}-H[12]$/,
  yearly: /^\d{4}$/,
};

/**
 * The period with this id under a rhythm, or null when the id is not one of its periods
 * (`2026-13`, `2026-Q5`, `2026-Q1` for monthly…).
 * @example periodById("monthly-25", "2028-01") // { id: "2028-01", start: "2028-01-01", end: "2028-01-31", due: "2028-02-25" }
 */
export function periodById(rhythm: Rhythm, id: string): Period | null {
  if (!ID_PATTERNS[rhythm].test(id)) return null;
  const year = Number(id.slice(0, 4));
  return periodsOfYear(rhythm, year).find((p) => p.id === id) ?? null;
}

/**
 * The plan year a period id belongs to.
 * @example yearOfPeriod("2025-12") // 2025
 */
export function yearOfPeriod(id: string): number {
  return Number(id.slice(0, 4));
}
