import { describe, expect, it } from "vitest";
import {
  addDays,
  bishkekDayOf,
  bishkekMidnight,
  daysBetween,
  formatDay,
  formatDayShort,
  formatMonth,
  isClockTime,
  isIsoDay,
  isIsoMonth,
  monthName,
  todayFrom,
} from "../../../scripts/lib/shared/dates.ts";

describe("todayFrom: the build's today is the Bishkek calendar day (UTC+6, no DST)", () => {
  const cases = [
    { instant: "2026-11-24T18:30:00Z", today: "2026-11-25", why: "00:30 in Bishkek is already the 25th" },
    { instant: "2026-11-24T17:59:00Z", today: "2026-11-24", why: "23:59 in Bishkek is still the 24th" },
    { instant: "2026-11-24T17:59:59.999Z", today: "2026-11-24", why: "the last millisecond before Bishkek midnight" },
    { instant: "2026-11-24T18:00:00Z", today: "2026-11-25", why: "Bishkek midnight exactly" },
    { instant: "2026-11-25T00:00:00Z", today: "2026-11-25", why: "UTC midnight is 06:00 in Bishkek" },
    { instant: "2025-12-31T18:00:00Z", today: "2026-01-01", why: "new year arrives in Bishkek six hours before UTC" },
    { instant: "2025-12-31T17:59:00Z", today: "2025-12-31", why: "last minute of the year in Bishkek" },
    { instant: "2028-02-28T18:00:00Z", today: "2028-02-29", why: "leap day starts at 18:00 UTC on the 28th" },
    { instant: "2026-03-29T01:30:00Z", today: "2026-03-29", why: "Europe's DST switch night changes nothing in Bishkek" },
    { instant: "2026-06-30T18:00:00Z", today: "2026-07-01", why: "no summer time: still UTC+6 in July" },
  ] as const;

  it.each(cases)("$instant → $today ($why)", ({ instant, today }) => {
    expect(todayFrom({}, Date.parse(instant))).toBe(today);
  });

  it("uses the real clock when no instant is given", () => {
    const before = todayFrom({}, Date.now());
    const now = todayFrom({});
    const after = todayFrom({}, Date.now());
    expect([before, after]).toContain(now);
    expect(isIsoDay(now)).toBe(true);
  });
});

describe("todayFrom: SITE_TODAY overrides the clock", () => {
  const lateEvening = Date.parse("2026-11-24T17:59:00Z");
  const cases = [
    { env: { SITE_TODAY: "2026-11-25" }, today: "2026-11-25" },
    { env: { SITE_TODAY: "2025-01-01" }, today: "2025-01-01" },
    { env: { SITE_TODAY: " 2026-11-25 \n" }, today: "2026-11-25" },
    { env: { SITE_TODAY: "2028-02-29" }, today: "2028-02-29" },
    { env: { SITE_TODAY: "" }, today: "2026-11-24" },
    { env: { SITE_TODAY: "   " }, today: "2026-11-24" },
    { env: { SITE_TODAY: undefined }, today: "2026-11-24" },
    { env: { OTHER: "2030-01-01" }, today: "2026-11-24" },
  ] as const;

  it.each(cases)("%j", ({ env, today }) => {
    expect(todayFrom(env, lateEvening)).toBe(today);
  });

  const rejected = ["2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-11-31", "2026-1-5", "25.11.2026", "2026/11/25", "tomorrow", "2026-11-25T10:00"] as const;

  it.each(rejected)("rejects SITE_TODAY=%s and names the value", (value) => {
    expect(() => todayFrom({ SITE_TODAY: value })).toThrow(value);
    expect(() => todayFrom({ SITE_TODAY: value })).toThrow(/YYYY-MM-DD/);
  });
});

describe("isIsoDay: real calendar days only", () => {
  const cases = [
    ["2026-11-25", true],
    ["2028-02-29", true],
    ["2000-02-29", true],
    ["2024-02-29", true],
    ["2026-02-28", true],
    ["2026-12-31", true],
    ["2026-01-01", true],
    ["2026-02-29", false],
    ["1900-02-29", false],
    ["2026-02-30", false],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-11-00", false],
    ["2026-11-32", false],
    ["2026-11-5", false],
    ["26-11-25", false],
    ["2026/11/25", false],
    [" 2026-11-25", false],
    ["2026-11-25\r", false],
    ["", false],
    [20261125, false],
    [null, false],
    [undefined, false],
    [new Date(2026, 10, 25), false],
  ] as const;

  it.each(cases)("%j → %s", (value, expected) => {
    expect(isIsoDay(value)).toBe(expected);
  });
});

describe("isIsoMonth: YYYY-MM with a month from 01 to 12", () => {
  const cases = [
    ["2026-10", true],
    ["2026-01", true],
    ["2026-12", true],
    ["2026-13", false],
    ["2026-00", false],
    ["2026-1", false],
    ["2026/10", false],
    ["2026-10-01", false],
    ["10-2026", false],
    ["2026-1O", false],
    ["", false],
    [202610, false],
    [null, false],
  ] as const;

  it.each(cases)("%j → %s", (value, expected) => {
    expect(isIsoMonth(value)).toBe(expected);
  });
});

describe("isClockTime: HH:MM on a 24-hour clock", () => {
  const cases = [
    ["00:00", true],
    ["09:30", true],
    ["18:00", true],
    ["23:59", true],
    ["24:00", false],
    ["25:00", false],
    ["18:60", false],
    ["9:00", false],
    ["18.00", false],
    ["18:00:00", false],
    ["6 pm", false],
    ["", false],
    [1080, false],
  ] as const;

  it.each(cases)("%j → %s", (value, expected) => {
    expect(isClockTime(value)).toBe(expected);
  });
});

describe("bishkekMidnight: the instant a Bishkek day starts (UTC+6, no daylight saving)", () => {
  const cases = [
    ["2026-11-25", "2026-11-24T18:00:00.000Z"],
    ["2026-07-01", "2026-06-30T18:00:00.000Z"],
    ["2028-02-29", "2028-02-28T18:00:00.000Z"],
  ] as const;
  it.each(cases)("%s → %s", (day, instant) => {
    expect(bishkekMidnight(day).toISOString()).toBe(instant);
    expect(bishkekDayOf(instant)).toBe(day);
  });
});

describe("bishkekDayOf: the Bishkek day of an instant with an offset", () => {
  const cases = [
    ["2026-11-24T18:30:00Z", "2026-11-25"],
    ["2026-11-24T17:59:00Z", "2026-11-24"],
    ["2026-11-24T23:59:00+05:00", "2026-11-25"],
    ["2026-11-25T00:30:00+06:00", "2026-11-25"],
    ["2026-11-25T01:00:00+09:00", "2026-11-24"],
    ["2026-11-24T12:00:00-08:00", "2026-11-25"],
    ["2025-12-31T23:00:00+00:00", "2026-01-01"],
    // git's strict ISO 8601 commit times (%cI), as git-history.ts reads them.
    ["2026-11-25T20:30:00+00:00", "2026-11-26"],
    ["2026-11-25T17:59:59+00:00", "2026-11-25"],
    ["2026-11-25T18:00:00+00:00", "2026-11-26"],
    ["2026-11-25T23:30:00-05:00", "2026-11-26"],
    ["2026-12-31T18:00:00Z", "2027-01-01"],
  ] as const;

  it.each(cases)("%s → %s", (instant, day) => {
    expect(bishkekDayOf(instant)).toBe(day);
  });

  it.each(["", "yesterday", "2026-11-25T25:00:00+00:00"])("refuses %j", (value) => {
    expect(() => bishkekDayOf(value)).toThrow(RangeError);
  });
});

describe("addDays and daysBetween: calendar arithmetic, leap-year safe", () => {
  const adds = [
    ["2026-11-25", 1, "2026-11-26"],
    ["2026-11-30", 1, "2026-12-01"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-02-28", 1, "2026-03-01"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2028-02-29", 1, "2028-03-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2028-03-01", -1, "2028-02-29"],
    ["2026-11-25", 0, "2026-11-25"],
    ["2026-11-25", 30, "2026-12-25"],
    ["2026-01-01", 365, "2027-01-01"],
    ["2028-01-01", 365, "2028-12-31"],
  ] as const;

  it.each(adds)("addDays(%s, %i) → %s", (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  const betweens = [
    ["2026-11-25", "2026-11-25", 0],
    ["2026-11-25", "2026-12-25", 30],
    ["2026-12-25", "2026-11-25", -30],
    ["2026-02-28", "2026-03-01", 1],
    ["2028-02-28", "2028-03-01", 2],
    ["2026-01-01", "2027-01-01", 365],
    ["2028-01-01", "2029-01-01", 366],
  ] as const;

  it.each(betweens)("daysBetween(%s, %s) → %i", (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });

  it.each(adds)("daysBetween undoes addDays (%s + %i)", (day, n) => {
    expect(daysBetween(day, addDays(day, n))).toBe(n);
  });
});

describe("formatDay: dates as people write them in Russian and Kyrgyz", () => {
  const cases = [
    ["2026-11-25", "ru", "25 ноября 2026"],
    ["2026-11-25", "ky", "2026-жылдын 25-ноябры"],
    ["2025-01-01", "ru", "1 января 2025"],
    ["2025-01-01", "ky", "2025-жылдын 1-январы"],
    ["2028-02-29", "ru", "29 февраля 2028"],
    ["2028-02-29", "ky", "2028-жылдын 29-февралы"],
    ["2026-03-08", "ru", "8 марта 2026"],
    ["2026-03-08", "ky", "2026-жылдын 8-марты"],
    ["2026-04-15", "ky", "2026-жылдын 15-апрели"],
    ["2026-05-09", "ru", "9 мая 2026"],
    ["2026-05-09", "ky", "2026-жылдын 9-майы"],
    ["2026-06-01", "ky", "2026-жылдын 1-июну"],
    ["2026-07-23", "ky", "2026-жылдын 23-июлу"],
    ["2026-08-14", "ru", "14 августа 2026"],
    ["2026-08-14", "ky", "2026-жылдын 14-августу"],
    ["2026-09-01", "ky", "2026-жылдын 1-сентябры"],
    ["2026-10-08", "ky", "2026-жылдын 8-октябры"],
    ["2026-12-31", "ru", "31 декабря 2026"],
    ["2026-12-31", "ky", "2026-жылдын 31-декабры"],
  ] as const;

  it.each(cases)("%s in %s → %s", (day, lang, expected) => {
    expect(formatDay(day, lang)).toBe(expected);
  });

  it.each(["2026/11/25", "25.11.2026", ""])("refuses %j", (value) => {
    expect(() => formatDay(value, "ru")).toThrow();
  });
});

describe("formatDay forms: a date that says when (locative) or as of / by (dative)", () => {
  // Every month, because each has its own written-out form (апрели → апрелинде is front-vowel).
  const kyrgyz = [
    ["2026-01-10", "2026-жылдын 10-январында", "2026-жылдын 10-январына"],
    ["2026-02-20", "2026-жылдын 20-февралында", "2026-жылдын 20-февралына"],
    ["2026-03-08", "2026-жылдын 8-мартында", "2026-жылдын 8-мартына"],
    ["2026-04-15", "2026-жылдын 15-апрелинде", "2026-жылдын 15-апрелине"],
    ["2026-05-09", "2026-жылдын 9-майында", "2026-жылдын 9-майына"],
    ["2026-06-01", "2026-жылдын 1-июнунда", "2026-жылдын 1-июнуна"],
    ["2026-07-23", "2026-жылдын 23-июлунда", "2026-жылдын 23-июлуна"],
    ["2026-08-14", "2026-жылдын 14-августунда", "2026-жылдын 14-августуна"],
    ["2026-09-01", "2026-жылдын 1-сентябрында", "2026-жылдын 1-сентябрына"],
    ["2026-10-08", "2026-жылдын 8-октябрында", "2026-жылдын 8-октябрына"],
    ["2026-11-25", "2026-жылдын 25-ноябрында", "2026-жылдын 25-ноябрына"],
    ["2026-12-01", "2026-жылдын 1-декабрында", "2026-жылдын 1-декабрына"],
  ] as const;

  it.each(kyrgyz)("ky %s → %s / %s", (day, locative, dative) => {
    expect(formatDay(day, "ky", "locative")).toBe(locative);
    expect(formatDay(day, "ky", "dative")).toBe(dative);
  });

  it("ky: the label form is the possessive that both others are built on", () => {
    for (const [day, locative, dative] of kyrgyz) {
      const label = formatDay(day, "ky", "label");
      expect(label).toBe(formatDay(day, "ky"));
      expect(locative.startsWith(label)).toBe(true);
      expect(dative.startsWith(label)).toBe(true);
    }
  });

  const russian = [
    ["2026-12-01", "label", "1 декабря 2026"],
    ["2026-12-01", "locative", "1 декабря 2026 г."],
    ["2026-11-25", "dative", "25 ноября 2026 г."],
  ] as const;

  it.each(russian)("ru %s as %s → %s (running text adds «г.»)", (day, form, expected) => {
    expect(formatDay(day, "ru", form)).toBe(expected);
  });
});

describe("formatDayShort: a day whose year goes without saying", () => {
  const cases = [
    ["2026-11-25", "ru", "25 ноября"],
    ["2026-11-25", "ky", "25-ноябрь"],
    ["2026-01-01", "ru", "1 января"],
    ["2026-01-01", "ky", "1-январь"],
    ["2028-02-29", "ru", "29 февраля"],
    ["2028-02-29", "ky", "29-февраль"],
    ["2026-05-09", "ru", "9 мая"],
    ["2026-05-09", "ky", "9-май"],
    ["2026-12-31", "ky", "31-декабрь"],
  ] as const;

  it.each(cases)("%s in %s → %s", (day, lang, expected) => {
    expect(formatDayShort(day, lang)).toBe(expected);
  });

  // Russian keeps the genitive with or without the year; Kyrgyz does not (see formatDay's cases).
  it.each(["2026-11-25", "2026-01-01", "2028-02-29"])("ru: formatDay(%s) is the short form and the year", (day) => {
    expect(formatDay(day, "ru")).toBe(`${formatDayShort(day, "ru")} ${day.slice(0, 4)}`);
  });

  it.each(["2026/11/25", "25.11.2026", ""])("refuses %j", (value) => {
    expect(() => formatDayShort(value, "ky")).toThrow();
  });
});

describe("formatMonth and monthName", () => {
  const cases = [
    ["2026-10", "ru", "октябрь 2026"],
    ["2026-10", "ky", "2026-жылдын октябры"],
    ["2025-01", "ru", "январь 2025"],
    ["2025-01", "ky", "2025-жылдын январы"],
    ["2026-05", "ru", "май 2026"],
    ["2026-05", "ky", "2026-жылдын майы"],
    ["2026-12", "ky", "2026-жылдын декабры"],
  ] as const;

  it.each(cases)("formatMonth(%s, %s) → %s", (month, lang, expected) => {
    expect(formatMonth(month, lang)).toBe(expected);
  });

  const names = [
    [1, "ru", "январь"],
    [11, "ru", "ноябрь"],
    [1, "ky", "январь"],
    [11, "ky", "ноябрь"],
  ] as const;

  it.each(names)("monthName(%i, %s) → %s", (month, lang, expected) => {
    expect(monthName(month, lang)).toBe(expected);
  });

  it.each([0, 13])("monthName refuses month %i", (month) => {
    expect(() => monthName(month, "ky")).toThrow(RangeError);
  });
});
