/**
 * Privacy guard for the personal data law of the Kyrgyz Republic
 * («Об информации персонального характера», No. 58, 2008): finds personal numbers (ПИН),
 * private phone numbers and passport / ID-card numbers in Markdown text or front matter,
 * so that none reaches the public site by accident.
 *
 * Pure: no file access, no Eleventy. The caller passes the text, the allowed values (the
 * office contacts from `site.yaml` plus the entry's `allow_personal` values) and the line
 * number where the text starts in its file.
 *
 * How numbers are read: a line is cut into "runs" of digit groups joined by phone-style
 * separators (spaces, hyphens, brackets). Inside a run, every sequence of consecutive
 * groups is tried, longest first, so a phone glued to a neighbouring number by a space
 * ("0555 123 456 2026") is still found, and a run that is only dates, amounts or years
 * matches nothing. Dots, commas, colons and slashes end a run: they write dates
 * (25.11.2026), decimals (1,5), times (09:00) and paths. Only a number made of dotted
 * groups alone ("0555.12.34.56") is read apart, as a phone or ПИН when its digits say so.
 *
 * Kyrgyz glues case suffixes to numbers ("0555123456га чалыңыз", "ПИН 21205199100123тү"):
 * a number followed by one of them is still a number; other letters ("2026ж", "5кг") still
 * make it part of a word.
 */
import type { Bilingual } from "../shared/lang.ts";

/** What a finding is about. */
export type PersonalDataKind = "pin" | "phone" | "passport";

/** One personal number found in the text. */
export type Finding = {
  /** 1-based line in the file: line in the scanned text + `firstLine - 1`. */
  line: number;
  /** 1-based column, counted in Unicode code points. */
  column: number;
  kind: PersonalDataKind;
  /** The number exactly as written in the text. */
  value: string;
  /** What was found and how to fix it, for staff. */
  message: Bilingual;
};

export type ScanOptions = {
  /** Values that may be published, in any format: office contacts and per-entry allowed values. */
  allowed: readonly string[];
  /** Line number of the text's first line in its file (default 1). */
  firstLine?: number;
};

const SPACE_CHARS = " \t\u00A0\u2007\u2009\u202F";
/** Characters that may join digit groups of a phone or a ПИН. */
const SEPARATOR_CHARS = `${SPACE_CHARS}-\u2010\u2011()`;
const MAX_SEPARATOR_LENGTH = 3;
/** A phone written in more groups than this is a list of small numbers, not a phone. */
const MAX_PHONE_GROUPS = 6;

const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;

/**
 * Kyrgyz case suffixes as written glued to a number, any vowel harmony, any letter case:
 * dative (-га, -ке, -го, -кө…), locative and ablative (-да, -те, -дан, -төн…), genitive and
 * accusative (-нын, -дүн, -ны, -тү…), instrumental (-менен).
 */
const CASE_SUFFIX = "(?:[гкГК][аеоөАЕОӨ]|[дтДТ][аеоөАЕОӨ][нН]?|[нтдНТД][ыиуүЫИУҮ][нН]?|[мМ][еЕ][нН][еЕ][нН])(?![\\p{L}\\p{N}_])";
const SUFFIX_AHEAD = new RegExp(`^${CASE_SUFFIX}`, "u");
/** Nothing glued after a number, or a case suffix. */
const NUMBER_END = `(?=${CASE_SUFFIX}|(?![\\p{L}\\p{N}_]))`;
const DIGIT = /[0-9]/;

/** Words that, shortly before a bare 9-digit number, say it is a phone. */
const PHONE_CONTEXT =
  /(?:тел|моб|сотов|whatsapp|ватсап|вотсап|вацап|viber|вайбер|байланыш|phone)[^\d]{0,20}$/iu;

/**
 * Staff type passport series in either script: "АН" in Cyrillic means the series AN (read
 * "а-эн"), "ИД" means ID. Map the Cyrillic capitals to the Latin letter they stand for.
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  А: "A", В: "B", С: "C", Д: "D", Е: "E", И: "I", Н: "N", К: "K", М: "M", О: "O", Р: "P", Т: "T", Х: "X",
};
const SERIES_LETTER = "[A-ZАВСДЕИНКМОРТХ]";
/**
 * Passport and ID-card numbers: two capital letters (Latin, or their Cyrillic look-alikes)
 * then exactly seven digits, optionally separated by a space, a hyphen or "№". Kyrgyz series
 * seen in practice: ID (ID card), AN, AC (passports); any two letters are accepted because
 * series change and "two capitals + seven digits" has no other use in municipal texts.
 */
const PASSPORT = new RegExp(
  `(?<![\\p{L}\\p{N}_])(${SERIES_LETTER}{2})(?:[${SPACE_CHARS}-]?№?[${SPACE_CHARS}]?)(\\d{7})${NUMBER_END}`,
  "gu",
);

/**
 * A number written only in dotted groups ("0555.12.34.56", "+996.555.12.34.56"): not glued
 * to a letter or to another number before it, not continued by a digit after it.
 */
const DOTTED_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}_+])(?<!\\p{N}[.,:/])(\\+?)(\\d{1,5}(?:\\.\\d{2,4}){2,5})(?![.,:/]\\d)${NUMBER_END}`,
  "gu",
);

const DIGIT_DOT_DIGIT = /\d\.\d/;

/** URLs are masked before digit scanning: their numeric ids and dates are not personal data. */
const URL = /(?:https?:\/\/|www\.)[^\s<>"'`\]\)]+/giu;
/** Inside URLs only WhatsApp links carry a phone. */
const WHATSAPP_URL_PHONE = /(?:wa\.me\/|whatsapp\.com\/send\/?\?(?:[^#\s]*&)?phone=)(\+?\d{9,15})/iu;

type Group = { digits: string; start: number; end: number };
type Run = { groups: Group[]; separators: string[]; prefix: string; prefixStart: number };
type RawFinding = { index: number; kind: PersonalDataKind; value: string };

/**
 * Finds personal numbers (ПИН, phones, passport numbers) that are not in `allowed`.
 *
 * Values in `allowed` are compared by their digits (phones by their 9-digit national number,
 * so "+996 555 12 34 56" allows "0555 123 456"), passport numbers by series and digits.
 *
 * @example
 * scanPersonalData("Тел.: 0555 12-34-56", { allowed: [] });
 * // → [{ line: 1, column: 7, kind: "phone", value: "0555 12-34-56", message: { ky: "…", ru: "…" } }]
 * scanPersonalData("Тел.: 0555 12-34-56", { allowed: ["+996 555 123 456"] }); // → []
 */
export function scanPersonalData(text: string, options: ScanOptions): Finding[] {
  const offset = (options.firstLine ?? 1) - 1;
  const allowed = allowedKeys(options.allowed);
  const findings: Finding[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, lineIndex) => {
    for (const raw of scanLine(line)) {
      if (allowed.has(keyOf(raw.kind, raw.value))) continue;
      findings.push({
        line: lineIndex + 1 + offset,
        column: codePointColumn(line, raw.index),
        kind: raw.kind,
        value: raw.value,
        message: messageFor(raw.kind, raw.value),
      });
    }
  });
  return findings;
}

/**
 * The 9-digit national number of a Kyrgyz phone written in any common format, with the
 * +996 / 996 / 00996 / 0 prefix removed; `null` when the value is not a Kyrgyz phone.
 *
 * @example
 * nationalPhoneNumber("+996 (555) 12-34-56"); // → "555123456"
 * nationalPhoneNumber("0 (3722) 5-12-34");    // → "372251234"
 * nationalPhoneNumber("12 500 000");          // → null
 */
export function nationalPhoneNumber(value: string): string | null {
  const digits = value.replace(/\D/g, "");
  const nsn = stripPhonePrefix(digits) ?? (digits.length === 9 ? digits : null);
  return nsn !== null && /^[2-9]/.test(nsn) ? nsn : null;
}

// ---------------------------------------------------------------------------------------

function scanLine(line: string): RawFinding[] {
  const found: RawFinding[] = [];
  const masked = line.replace(URL, (url, index: number) => {
    const wa = WHATSAPP_URL_PHONE.exec(url);
    if (wa?.[1] !== undefined && nationalPhoneNumber(wa[1]) !== null) {
      found.push({ index: index + wa.index + wa[0].length - wa[1].length, kind: "phone", value: wa[1] });
    }
    return " ".repeat(url.length);
  });

  for (const match of masked.matchAll(PASSPORT)) {
    found.push({ index: match.index, kind: "passport", value: match[0] });
  }
  for (const run of digitRuns(masked)) {
    found.push(...classifyRun(run, masked));
  }
  // Most lines hold no digit-dot-digit at all: skip the dotted pass for them.
  for (const match of DIGIT_DOT_DIGIT.test(masked) ? masked.matchAll(DOTTED_NUMBER) : []) {
    const kind = classifyDotted(match[1] ?? "", (match[2] ?? "").split("."), masked, match.index);
    if (kind) found.push({ index: match.index, kind, value: match[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Cuts a line into runs of digit groups joined by phone separators. */
function digitRuns(line: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < line.length) {
    if (!DIGIT.test(line[i] ?? "")) {
      i++;
      continue;
    }
    if (!canStartRun(line, i)) {
      while (DIGIT.test(line[i] ?? "")) i++;
      continue;
    }
    const { prefix, prefixStart } = runPrefix(line, i);
    const groups: Group[] = [];
    const separators: string[] = [];
    let pos = i;
    for (;;) {
      const start = pos;
      while (DIGIT.test(line[pos] ?? "")) pos++;
      groups.push({ digits: line.slice(start, pos), start, end: pos });
      let sepEnd = pos;
      while (sepEnd < line.length && SEPARATOR_CHARS.includes(line[sepEnd] ?? "x")) sepEnd++;
      const separator = line.slice(pos, sepEnd);
      if (separator.length === 0 || separator.length > MAX_SEPARATOR_LENGTH || !DIGIT.test(line[sepEnd] ?? "")) break;
      separators.push(separator);
      pos = sepEnd;
    }
    i = pos;
    // A last group glued to letters ("2026ж", "5кг") or to a decimal/time tail ("12.5",
    // "09:00") is not a standalone number: leave it out.
    const next = line[pos] ?? "";
    const afterNext = line[pos + 1] ?? "";
    const suffixed = SUFFIX_AHEAD.test(line.slice(pos, pos + 6));
    if ((LETTER_OR_DIGIT.test(next) && !suffixed) || (/[.,:/]/.test(next) && DIGIT.test(afterNext))) {
      groups.pop();
      separators.pop();
    }
    if (groups.length > 0) runs.push({ groups, separators, prefix, prefixStart });
  }
  return runs;
}

/** A run starts at a digit not glued to letters and not continuing a date, decimal or time. */
function canStartRun(line: string, i: number): boolean {
  const before = line[i - 1] ?? "";
  if (before === "") return true;
  if (LETTER_OR_DIGIT.test(before)) return false;
  if (/[.,:/]/.test(before) && DIGIT.test(line[i - 2] ?? "")) return false;
  return true;
}

/** "+", "(", "+(" or "(+" right before the first digit. */
function runPrefix(line: string, i: number): { prefix: string; prefixStart: number } {
  let start = i;
  while (start > 0 && start > i - 2 && /[+(]/.test(line[start - 1] ?? "")) start--;
  return { prefix: line.slice(start, i), prefixStart: start };
}

function classifyRun(run: Run, line: string): RawFinding[] {
  const found: RawFinding[] = [];
  const { groups } = run;
  let i = 0;
  while (i < groups.length) {
    let best: { kind: PersonalDataKind; j: number } | null = null;
    let digits = "";
    for (let j = i; j < groups.length; j++) {
      digits += groups[j]?.digits ?? "";
      if (digits.length > 15) break;
      const kind = classifySpan(run, i, j, digits, line);
      if (kind !== null) best = { kind, j };
    }
    if (best === null) {
      i++;
      continue;
    }
    const first = groups[i];
    const last = groups[best.j];
    if (first === undefined || last === undefined) break;
    const start = i === 0 ? run.prefixStart : first.start;
    found.push({ index: start, kind: best.kind, value: line.slice(start, last.end) });
    i = best.j + 1;
  }
  return found;
}

function classifySpan(run: Run, i: number, j: number, digits: string, line: string): PersonalDataKind | null {
  const count = j - i + 1;
  const separators = run.separators.slice(i, j);
  const hasPlus = i === 0 && run.prefix.includes("+");
  const hasBracket = (i === 0 && run.prefix.includes("(")) || separators.some((s) => /[()]/.test(s));

  // ПИН: gender digit (1 or 2) + birth date DDMMYYYY + 5 digits.
  // A plausible date is required when the digits are split in groups, because then the
  // 14 digits could be several numbers side by side. One unbroken run of exactly 14 digits
  // starting with 1 or 2 is reported even with an impossible date: that is how a ПИН is
  // printed on the ID card, a mistyped birth date still identifies a person, and no public
  // municipal number has that shape (organisations' ИНН start with 0, bank accounts have
  // 16 digits, budget codes are shorter, and amounts are written in groups of three).
  // A false alarm costs one `allow_personal` line; a leak cannot be taken back.
  if (digits.length === 14 && /^[12]/.test(digits) && (count === 1 || plausibleBirthDate(digits.slice(1, 9)))) {
    return "pin";
  }

  if (count > MAX_PHONE_GROUPS) return null;
  const withPrefix = stripPhonePrefix(digits);
  if (withPrefix !== null) return /^[2-9]/.test(withPrefix) ? "phone" : null;

  // A bare 9-digit national number ("555 12 34 56") is a phone only when it is grouped
  // like one or introduced as one; "555 123 456" is 555 million som.
  if (digits.length === 9 && /^[2-9]/.test(digits) && !hasPlus) {
    const groupLengths = run.groups.slice(i, j + 1).map((g) => g.digits.length);
    const thousands =
      !hasBracket &&
      (groupLengths[0] ?? 0) <= 3 &&
      groupLengths.slice(1).every((n) => n === 3) &&
      separators.every((s) => [...s].every((c) => SPACE_CHARS.includes(c)));
    const start = i === 0 ? run.prefixStart : (run.groups[i]?.start ?? 0);
    if ((!thousands && count >= 3) || hasBracket || PHONE_CONTEXT.test(line.slice(Math.max(0, start - 30), start))) {
      return "phone";
    }
  }
  return null;
}

/** A dotted number ("0555.12.34.56") as a phone or ПИН, by the same rules as spaced groups. */
function classifyDotted(plus: string, groups: readonly string[], line: string, index: number): PersonalDataKind | null {
  const digits = groups.join("");
  if (digits.length === 14 && /^[12]/.test(digits) && plausibleBirthDate(digits.slice(1, 9))) return "pin";
  const withPrefix = stripPhonePrefix(digits);
  if (withPrefix !== null) return /^[2-9]/.test(withPrefix) ? "phone" : null;
  if (digits.length !== 9 || !/^[2-9]/.test(digits) || plus) return null;
  // "555.123.456" is how some write 555 million; "555.12.34.56" is a phone.
  const thousands = (groups[0]?.length ?? 0) <= 3 && groups.slice(1).every((g) => g.length === 3);
  return !thousands || PHONE_CONTEXT.test(line.slice(Math.max(0, index - 30), index)) ? "phone" : null;
}

/** The 9-digit national number after a 00996 / 996 / 0 prefix, or null when there is none. */
function stripPhonePrefix(digits: string): string | null {
  if (digits.length === 14 && digits.startsWith("00996")) return digits.slice(5);
  if (digits.length === 12 && digits.startsWith("996")) return digits.slice(3);
  if (digits.length === 10 && digits.startsWith("0")) return digits.slice(1);
  return null;
}

/** DDMMYYYY, a real calendar date between 1900 and 2099. */
function plausibleBirthDate(ddmmyyyy: string): boolean {
  const day = Number(ddmmyyyy.slice(0, 2));
  const month = Number(ddmmyyyy.slice(2, 4));
  const year = Number(ddmmyyyy.slice(4, 8));
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

function passportKey(value: string): string {
  return [...value.toUpperCase()]
    .map((c) => CYRILLIC_TO_LATIN[c] ?? c)
    .join("")
    .replace(/[^A-Z0-9]/g, "");
}

function keyOf(kind: PersonalDataKind, value: string): string {
  switch (kind) {
    case "phone":
      return `phone:${nationalPhoneNumber(value) ?? value.replace(/\D/g, "")}`;
    case "pin":
      return `pin:${value.replace(/\D/g, "")}`;
    case "passport":
      return `passport:${passportKey(value)}`;
  }
}

function allowedKeys(values: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const value of values) {
    keys.add(keyOf("phone", value));
    keys.add(keyOf("pin", value));
    keys.add(keyOf("passport", value));
  }
  return keys;
}

function codePointColumn(line: string, index: number): number {
  return [...line.slice(0, index)].length + 1;
}

function messageFor(kind: PersonalDataKind, value: string): Bilingual {
  const allowKy = `Эгер жарыялоо чындап керек болсо (ээси макул), файлдын башына уруксат жазыңыз: allow_personal: [{ value: "${value}", reason: "…себеби…" }].`;
  const allowRu = `Если публикация действительно нужна (владелец согласен), разрешите значение в начале файла: allow_personal: [{ value: "${value}", reason: "…причина…" }].`;
  switch (kind) {
    case "pin":
      return {
        ky: `Жеке идентификациялык номер (ПИН) табылды: «${value}». «Жеке мүнөздөгү маалымат жөнүндө» мыйзамга (№ 58) ылайык аны сайтка жарыялоого болбойт. Номерди өчүрүңүз. ${allowKy}`,
        ru: `Найден персональный идентификационный номер (ПИН): «${value}». По закону «Об информации персонального характера» (№ 58) его нельзя публиковать на сайте. Удалите номер. ${allowRu}`,
      };
    case "phone":
      return {
        ky: `Телефон номери табылды: «${value}». Тургундун же кызматкердин жеке номерин анын макулдугусуз жарыялоого болбойт (№ 58 мыйзам). Номерди өчүрүңүз. Эгер бул айыл өкмөтүнүн (мэриянын) ачык номери болсо, аны content/_data/site.yaml файлындагы байланыштарга (contacts) кошуңуз. ${allowKy}`,
        ru: `Найден номер телефона: «${value}». Личный номер жителя или сотрудника нельзя публиковать без его согласия (закон № 58). Удалите номер. Если это публичный номер айыл окмоту (мэрии), добавьте его в контакты (contacts) в файле content/_data/site.yaml. ${allowRu}`,
      };
    case "passport":
      return {
        ky: `Паспорттун же ID-картанын номери табылды: «${value}». «Жеке мүнөздөгү маалымат жөнүндө» мыйзамга (№ 58) ылайык аны сайтка жарыялоого болбойт. Номерди өчүрүңүз. ${allowKy}`,
        ru: `Найден номер паспорта или ID-карты: «${value}». По закону «Об информации персонального характера» (№ 58) его нельзя публиковать на сайте. Удалите номер. ${allowRu}`,
      };
  }
}
