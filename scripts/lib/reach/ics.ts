/**
 * iCalendar (RFC 5545) output for event announcements, written by hand: a calendar that a
 * resident adds to a phone from the events page. Deterministic: the same events give the same
 * bytes (DTSTAMP comes from each event's `updated` day, never from the clock).
 */
import type { Lang } from "../shared/lang.ts";
import { t } from "../shared/dictionary.ts";


/** One event of {@link icsCalendar}. Times are wall-clock times in Asia/Bishkek. */
export interface IcsEvent {
  /** Globally unique and stable across builds, e.g. "ru/events/skhod-2026-11@kara-suu.kg". */
  uid: string;
  title: string;
  description?: string;
  place?: string;
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM`, 24-hour */
  time: string;
  /** Default 120. */
  durationMinutes?: number;
  status: "planned" | "postponed" | "cancelled";
  /** Absolute URL of the event's page. */
  url: string;
  /** `YYYY-MM-DD`: the day the entry last changed; gives DTSTAMP and LAST-MODIFIED. */
  updated: string;
}

/** Options of {@link icsCalendar}. */
export interface IcsOptions {
  /** Calendar name shown by calendar apps (X-WR-CALNAME). */
  name: string;
  lang: Lang;
  /** PRODID; default `-//Achyk//Achyk municipal site//KY` (or `//RU`). */
  prodId?: string;
}

export const ICS_TZID = "Asia/Bishkek";
/** Asia/Bishkek is UTC+6 all year (no DST since 2005). */
const OFFSET_MINUTES = 6 * 60;
const CRLF = "\r\n";
const MAX_OCTETS = 75;

const STATUS = { planned: "CONFIRMED", postponed: "TENTATIVE", cancelled: "CANCELLED" } as const;


/**
 * A complete VCALENDAR with a VTIMEZONE for Asia/Bishkek and one VEVENT per event: CRLF line
 * endings, lines folded at 75 octets without splitting a UTF-8 character, TEXT values escaped.
 * Throws on a malformed date, time, duration or a value holding a line break where none may be.
 *
 * @example
 * icsCalendar(
 *   [{ uid: "ru/events/skhod@kara-suu.kg", title: "Сход жителей", date: "2026-11-25", time: "10:00",
 *      status: "planned", url: "https://kara-suu.kg/ru/events/skhod/", updated: "2026-11-01" }],
 *   { name: "Кара-Суу: мероприятия", lang: "ru" },
 * )
 * // "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…DTSTART;TZID=Asia/Bishkek:20261125T100000\r\n…END:VCALENDAR\r\n"
 */
export function icsCalendar(events: readonly IcsEvent[], options: IcsOptions): string {
  const lang = options.lang;
  const prodId = options.prodId ?? `-//Achyk//Achyk municipal site//${lang.toUpperCase()}`;
  const lines: string[] = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${escapeText(prodId)}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${calendarName(options.name)}`,
    `X-WR-TIMEZONE:${ICS_TZID}`,
    "BEGIN:VTIMEZONE",
    `TZID:${ICS_TZID}`,
    `X-LIC-LOCATION:${ICS_TZID}`,
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0600",
    "TZOFFSETTO:+0600",
    "TZNAME:+06",
    "END:STANDARD",
    "END:VTIMEZONE",
  ];
  for (const event of events) lines.push(...veventLines(event, lang));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("");
}

/**
 * X-WR-CALNAME is read raw by many clients (and by ical.js), which would show TEXT escapes
 * such as "\\," literally: write it on one line, without backslashes, and leave commas as they are.
 */
function calendarName(name: string): string {
  return name.replace(/[\u0000-\u001F\u007F]+/g, " ").replace(/\\/g, "").trim();
}

function veventLines(e: IcsEvent, lang: Lang): string[] {
  const start = wallClock(e.date, e.time, e.uid);
  const duration = e.durationMinutes ?? 120;
  if (!Number.isInteger(duration) || duration <= 0) {
    throw new Error(`Event "${e.uid}": durationMinutes must be a positive integer, found ${duration}`);
  }
  const end = new Date(start.getTime() + duration * 60_000);
  const stamp = utcStamp(e.updated, e.uid);
  const url = singleLine(e.url.trim(), "url", e.uid);
  if (!/^https?:\/\/\S+$/.test(url)) throw new Error(`Event "${e.uid}": url must be an absolute http(s) URL, found "${url}"`);

  // First line of DESCRIPTION for an event that will not happen as announced.
  const notice = e.status === "planned" ? "" : t(`eventNotice_${e.status}`, lang);
  const description = [notice, e.description?.trim() ?? "", url].filter(Boolean).join("\n\n");
  const language = `;LANGUAGE=${lang}`;

  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(singleLine(e.uid, "uid", e.uid))}`,
    `DTSTAMP:${stamp}`,
    `LAST-MODIFIED:${stamp}`,
    `DTSTART;TZID=${ICS_TZID}:${localStamp(start)}`,
    `DTEND;TZID=${ICS_TZID}:${localStamp(end)}`,
    `SUMMARY${language}:${escapeText(e.title)}`,
    `DESCRIPTION${language}:${escapeText(description)}`,
  ];
  if (e.place?.trim()) lines.push(`LOCATION${language}:${escapeText(e.place.trim())}`);
  // A cancelled event no longer blocks the resident's time.
  const transp = e.status === "cancelled" ? "TRANSPARENT" : "OPAQUE";
  lines.push(`URL:${url}`, `STATUS:${STATUS[e.status]}`, `TRANSP:${transp}`, "END:VEVENT");
  return lines;
}

/**
 * The event's wall-clock time as a Date whose UTC fields hold the Bishkek local fields
 * (a "floating" representation: only used for arithmetic and formatting, never as an instant).
 */
function wallClock(date: string, time: string, uid: string): Date {
  const d = parseDay(date, "date", uid);
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!t) throw new Error(`Event "${uid}": time must be HH:MM (00:00–23:59), found "${time}"`);
  return new Date(d.getTime() + (Number(t[1]) * 60 + Number(t[2])) * 60_000);
}

function parseDay(value: string, key: string, uid: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    throw new Error(`Event "${uid}": ${key} must be a real day as YYYY-MM-DD, found "${value}"`);
  }
  return d;
}

/** Midnight of the `updated` day in Bishkek, as a UTC DATE-TIME ("…T180000Z" of the day before). */
function utcStamp(updated: string, uid: string): string {
  const instant = new Date(parseDay(updated, "updated", uid).getTime() - OFFSET_MINUTES * 60_000);
  return `${localStamp(instant)}Z`;
}

/** `YYYYMMDDTHHMMSS` from the UTC fields of `d`. */
function localStamp(d: Date): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, "0");
  return (
    `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}` +
    `T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`
  );
}

function singleLine(value: string, key: string, uid: string): string {
  if (/[\r\n]/.test(value)) throw new Error(`Event "${uid}": ${key} must be on one line`);
  return value;
}

/**
 * Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as "\n".
 * Control characters other than tab, which TEXT may not hold, are dropped.
 *
 * @example
 * escapeText("a, b; c\\d\ne") // "a\\, b\\; c\\\\d\\ne"
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/** UTF-8 length of one code point (a character of a string's iterator). */
function utf8Length(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Fold one content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space,
 * which counts toward their 75 octets; a UTF-8 character is never split. Returns the folded
 * line with its CRLF.
 *
 * @example
 * foldLine("SUMMARY:" + "я".repeat(40)).split("\r\n") // ["SUMMARY:я…(33 я)", " я…(7 я)", ""]
 */
export function foldLine(line: string): string {
  // Most lines are short: at most 3 octets a UTF-16 unit, so 25 units always fit.
  if (line.length <= MAX_OCTETS / 3) return line + CRLF;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF) + CRLF;
}
