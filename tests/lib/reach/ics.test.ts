import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeText, foldLine, icsCalendar, type IcsEvent } from "../../../scripts/lib/reach/ics.ts";

const base: IcsEvent = {
  uid: "ru/events/skhod-2026-11@kara-suu.kg",
  title: "Сход жителей",
  date: "2026-11-25",
  time: "10:00",
  status: "planned",
  url: "https://kara-suu.kg/ru/events/skhod-2026-11/",
  updated: "2026-11-01",
};

/** Parse with the real ical.js and return the VCALENDAR and its events. */
function parse(ics: string): { cal: ICAL.Component; events: ICAL.Event[] } {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return { cal, events: cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

function only(ics: string): ICAL.Event {
  const { events } = parse(ics);
  expect(events).toHaveLength(1);
  return events[0] as ICAL.Event;
}

const longText =
  "Повестка: бюджет на 2027 год, ремонт дорог; вывоз мусора.\nВторая строка, с запятой; и точкой с запятой.\n" +
  "Жыйындын күн тартиби: өзөктүү маселелер, ң ө ү, 😀 эмодзи — ".repeat(6);

describe("icsCalendar: parsed back by ical.js", () => {
  const cases = [
    { name: "10:00 Bishkek is 04:00Z", event: { ...base }, startUtc: "2026-11-25T04:00:00Z", endUtc: "2026-11-25T06:00:00Z" },
    { name: "00:30 Bishkek is the day before in UTC", event: { ...base, time: "00:30", durationMinutes: 45 }, startUtc: "2026-11-24T18:30:00Z", endUtc: "2026-11-24T19:15:00Z" },
    { name: "an evening event ends the next day", event: { ...base, date: "2026-12-31", time: "23:00", durationMinutes: 90 }, startUtc: "2026-12-31T17:00:00Z", endUtc: "2026-12-31T18:30:00Z" },
    { name: "summer: still UTC+6 (no DST)", event: { ...base, date: "2027-07-15", time: "18:15" }, startUtc: "2027-07-15T12:15:00Z", endUtc: "2027-07-15T14:15:00Z" },
  ] as const;
  it.each(cases)("$name", ({ event, startUtc, endUtc }) => {
    const ev = only(icsCalendar([event], { name: "Кара-Суу", lang: "ru" }));
    expect(ev.startDate.zone?.tzid).toBe("Asia/Bishkek");
    expect(ev.startDate.toJSDate().toISOString().replace(".000", "")).toBe(startUtc);
    expect(ev.endDate.toJSDate().toISOString().replace(".000", "")).toBe(endUtc);
  });

  const texts = [
    { name: "commas, semicolons, backslash", title: "Сход: бюджет, дороги; мусор \\ прочее" },
    { name: "newlines", title: "Первая строка\nвторая, строка;\nтретья" },
    { name: "long Kyrgyz text with emoji (folded)", title: longText },
  ] as const;
  it.each(texts)("summary round-trips: $name", ({ title }) => {
    const ev = only(icsCalendar([{ ...base, title, description: title, place: title }], { name: "x", lang: "ky" }));
    expect(ev.summary).toBe(title);
    expect(ev.location).toBe(title.trim()); // surrounding blanks are dropped from place and description
    expect(ev.description).toBe(`${title.trim()}\n\n${base.url}`);
  });

  const statuses = [
    { status: "planned", ics: "CONFIRMED", first: "Сход" },
    { status: "postponed", ics: "TENTATIVE", first: "Мероприятие перенесено." },
    { status: "cancelled", ics: "CANCELLED", first: "Мероприятие отменено." },
  ] as const;
  it.each(statuses)("status $status → STATUS:$ics", ({ status, ics, first }) => {
    const ev = only(icsCalendar([{ ...base, status, description: "Сход в доме культуры." }], { name: "x", lang: "ru" }));
    expect(ev.component.getFirstPropertyValue("status")).toBe(ics);
    expect(ev.component.getFirstPropertyValue("transp")).toBe(status === "cancelled" ? "TRANSPARENT" : "OPAQUE");
    expect(ev.description.startsWith(first)).toBe(true);
  });

  it("calendar properties: name, prodid, url, uid, dtstamp from `updated`", () => {
    const ics = icsCalendar([base, { ...base, uid: "second@kara-suu.kg" }], { name: "Кара-Суу: иш-чаралар, жыйындар", lang: "ky" });
    const { cal, events } = parse(ics);
    // ical.js reads X- properties raw, as many clients do: the name is written without escapes.
    expect(cal.getFirstPropertyValue("x-wr-calname")).toBe("Кара-Суу: иш-чаралар, жыйындар");
    expect(cal.getFirstPropertyValue("prodid")).toBe("-//Achyk//Achyk municipal site//KY");
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    expect(events.map((e) => e.uid)).toEqual([base.uid, "second@kara-suu.kg"]);
    const ev = events[0] as ICAL.Event;
    expect(ev.component.getFirstPropertyValue("url")).toBe(base.url);
    const stamp = ev.component.getFirstPropertyValue("dtstamp") as ICAL.Time;
    expect(stamp.toJSDate().toISOString()).toBe("2026-10-31T18:00:00.000Z"); // 2026-11-01 00:00 Bishkek
    expect(ics).toContain("SUMMARY;LANGUAGE=ky:");
  });
});

describe("icsCalendar: raw format", () => {
  const calendars = [
    { name: "no events (still a valid calendar with its VTIMEZONE)", events: [] },
    { name: "one plain event", events: [base] },
    {
      name: "long multi-byte text everywhere",
      events: [
        { ...base, title: longText, description: longText, place: longText, url: `${base.url}?${"q=1&".repeat(40)}` },
        { ...base, uid: "я".repeat(60), title: "x".repeat(300) },
      ],
    },
  ] as const;
  it("calendar name: one line, no backslash, commas kept raw", () => {
    const ics = icsCalendar([], { name: "Кара-Суу;\nиш-чаралар, 2026 \\ x", lang: "ky" });
    expect(ics).toContain("\r\nX-WR-CALNAME:Кара-Суу; иш-чаралар, 2026  x\r\n");
  });

  it.each(calendars)("$name: every line ≤ 75 octets and ends in CRLF", ({ events }) => {
    const ics = icsCalendar(events, { name: "Кара-Суу айыл аймагы: иш-чаралардын календары, 2026".repeat(3), lang: "ky" });
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    const lines = ics.split("\r\n");
    expect(lines.pop()).toBe("");
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:Asia/Bishkek\r\n");
    expect(() => ICAL.parse(ics)).not.toThrow();
  });

  it("is deterministic", () => {
    const a = icsCalendar([base], { name: "x", lang: "ru" });
    expect(icsCalendar([base], { name: "x", lang: "ru" })).toBe(a);
    expect(a).toContain("DTSTART;TZID=Asia/Bishkek:20261125T100000\r\n");
    expect(a).toContain("DTEND;TZID=Asia/Bishkek:20261125T120000\r\n");
    expect(a).toContain("DTSTAMP:20261031T180000Z\r\n");
  });

  const bad = [
    { name: "impossible date", event: { ...base, date: "2026-02-30" }, error: /date must be a real day/ },
    { name: "time without leading zero", event: { ...base, time: "9:00" }, error: /time must be HH:MM/ },
    { name: "time 24:00", event: { ...base, time: "24:00" }, error: /time must be HH:MM/ },
    { name: "zero duration", event: { ...base, durationMinutes: 0 }, error: /durationMinutes/ },
    { name: "bad updated", event: { ...base, updated: "2026-11" }, error: /updated must be/ },
    { name: "relative url", event: { ...base, url: "/ru/events/x/" }, error: /absolute http/ },
    { name: "uid with a newline", event: { ...base, uid: "a\nb" }, error: /uid must be on one line/ },
  ] as const;
  it.each(bad)("rejects $name", ({ event, error }) => {
    expect(() => icsCalendar([event], { name: "x", lang: "ru" })).toThrow(error);
  });
});

describe("escapeText and foldLine", () => {
  const escapes = [
    { input: "a,b", out: "a\\,b" },
    { input: "a;b", out: "a\\;b" },
    { input: "a\\b", out: "a\\\\b" },
    { input: "a\r\nb\nc\rd", out: "a\\nb\\nc\\nd" },
    { input: "tab\there\u0007bell", out: "tab\therebell" },
    { input: "колон: ок", out: "колон: ок" },
  ] as const;
  it.each(escapes)("escapeText($input)", ({ input, out }) => {
    expect(escapeText(input)).toBe(out);
  });

  const folds = [
    { name: "short line untouched", line: "SUMMARY:ok", parts: ["SUMMARY:ok"] },
    { name: "exactly 75 ASCII octets", line: "X".repeat(75), parts: ["X".repeat(75)] },
    { name: "76 ASCII octets", line: "X".repeat(76), parts: ["X".repeat(75), " X"] },
    { name: "2-byte letters never split", line: `SUMMARY:${"я".repeat(40)}`, parts: [`SUMMARY:${"я".repeat(33)}`, ` ${"я".repeat(7)}`] },
    { name: "4-byte emoji at the edge", line: `${"x".repeat(73)}😀y`, parts: ["x".repeat(73), " 😀y"] },
    { name: "25 three-byte characters: 75 octets, untouched", line: "€".repeat(25), parts: ["€".repeat(25)] },
    { name: "26 three-byte characters: folded after 25", line: "€".repeat(26), parts: ["€".repeat(25), " €"] },
    { name: "13 emoji (26 UTF-16 units, 52 octets) untouched", line: "😀".repeat(13), parts: ["😀".repeat(13)] },
  ] as const;
  it.each(folds)("foldLine: $name", ({ line, parts }) => {
    const folded = foldLine(line);
    expect(folded.split("\r\n")).toEqual([...parts, ""]);
    expect(folded.replace(/\r\n /g, "").replace(/\r\n$/, "")).toBe(line);
  });
});
