import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarUrl, eventCalendars } from "../../../scripts/lib/reach/calendar.ts";
import type { Entry } from "../../../scripts/lib/validate/entry.ts";

const site = { name: { ky: "Ак-Терек айыл аймагы", ru: "Ак-Терекский айыльный аймак" }, base_url: "https://ak-terek.kg/" };

function event(lang: "ky" | "ru", slug: string, date: string, extra: Partial<Entry<"events">> & { status?: "planned" | "postponed" | "cancelled"; time?: string } = {}): Entry<"events"> {
  const { status, time, ...rest } = extra;
  return {
    lang,
    type: "events",
    slug,
    key: `events/${slug}`,
    inputPath: `${lang}/events/${slug}.md`,
    url: `/${lang}/events/${slug}/`,
    data: { title: `${lang} ${slug}`, date, kind: "hearing", place: "Зал, село", time: time ?? "10:00", ...(status ? { status } : {}) },
    date,
    publish: "2026-11-01",
    state: "live",
    body: "",
    bodyLine: 1,
    ...rest,
  };
}

const events: Entry[] = [
  event("ru", "past", "2026-11-01"),
  event("ru", "later", "2026-12-17", { status: "postponed", time: "15:00" }),
  event("ru", "today", "2026-11-25", { status: "cancelled" }),
  event("ru", "same-day-early", "2026-12-17", { time: "09:00" }),
  event("ky", "later", "2026-12-17", { status: "postponed" }),
  event("ru", "scheduled", "2026-12-20", { state: "scheduled" }),
  event("ru", "draft", "2026-12-21", { state: "draft" }),
  event("ru", "updated", "2026-12-22", { history: { first: "2026-11-02", last: "2026-11-20", imported: false, sha: "abc" } }),
];

const files = eventCalendars(events, site, "2026-11-25");
const byUrl = new Map(files.map((f) => [f.url, f]));

function parse(ics: string): { cal: ICAL.Component; events: ICAL.Event[] } {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return { cal, events: cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

describe("eventCalendars: the language calendars", () => {
  const cases = [
    {
      lang: "ru",
      name: "Ак-Терекский айыльный аймак: мероприятия",
      uids: [
        "ru/events/today@ak-terek.kg",
        "ru/events/same-day-early@ak-terek.kg",
        "ru/events/later@ak-terek.kg",
        "ru/events/updated@ak-terek.kg",
      ],
    },
    { lang: "ky", name: "Ак-Терек айыл аймагы: иш-чаралар", uids: ["ky/events/later@ak-terek.kg"] },
  ] as const;
  it.each(cases)("$lang: upcoming live events, in order, any status", ({ lang, name, uids }) => {
    const file = byUrl.get(calendarUrl(lang));
    expect(file?.lang).toBe(lang);
    const { cal, events: parsed } = parse(file!.ics);
    expect(cal.getFirstPropertyValue("x-wr-calname")).toBe(name);
    expect(parsed.map((e) => e.uid)).toEqual(uids);
  });

  it("statuses reach the calendar: cancelled, postponed (tentative), planned (confirmed)", () => {
    const { events: parsed } = parse(byUrl.get("/ru/events.ics")!.ics);
    const status = Object.fromEntries(parsed.map((e) => [e.uid.split("@")[0], e.component.getFirstPropertyValue("status")]));
    expect(status).toEqual({
      "ru/events/today": "CANCELLED",
      "ru/events/same-day-early": "CONFIRMED",
      "ru/events/later": "TENTATIVE",
      "ru/events/updated": "CONFIRMED",
    });
  });
});

describe("eventCalendars: one file per live event", () => {
  const cases = [
    { url: "/ru/events/past/event.ics", startUtc: "2026-11-01T04:00:00Z", stamp: "2026-10-31T18:00:00Z" },
    { url: "/ru/events/later/event.ics", startUtc: "2026-12-17T09:00:00Z", stamp: "2026-10-31T18:00:00Z" },
    { url: "/ru/events/updated/event.ics", startUtc: "2026-12-22T04:00:00Z", stamp: "2026-11-19T18:00:00Z" },
    { url: "/ky/events/later/event.ics", startUtc: "2026-12-17T04:00:00Z", stamp: "2026-10-31T18:00:00Z" },
  ] as const;
  it.each(cases)("$url: starts $startUtc, stamped from the last change", ({ url, startUtc, stamp }) => {
    const { events: parsed } = parse(byUrl.get(url)!.ics);
    expect(parsed).toHaveLength(1);
    const ev = parsed[0]!;
    expect(ev.startDate.toJSDate().toISOString().replace(".000", "")).toBe(startUtc);
    expect(ev.component.getFirstPropertyValue("dtstamp")?.toString()).toBe(stamp);
    expect(ev.component.getFirstPropertyValue("url")).toBe(`https://ak-terek.kg${url.replace("event.ics", "")}`);
  });

  it("scheduled and draft events get no file and are in no calendar", () => {
    const urls = files.map((f) => f.url);
    expect(urls.some((u) => u.includes("scheduled") || u.includes("draft"))).toBe(false);
    expect(files.every((f) => !f.ics.includes("scheduled@") && !f.ics.includes("draft@"))).toBe(true);
    expect(urls).toHaveLength(2 + 6);
  });
});
