/**
 * The `.ics` files of the site: one calendar of upcoming events per language
 * (`/ky/events.ics`, `/ru/events.ics`) and one per event page (`/ky/events/<slug>/event.ics`).
 * Pure: events and today come in, file paths and iCalendar text go out.
 */
import type { Entry } from "../validate/entry.ts";
import { icsCalendar, type IcsEvent } from "./ics.ts";
import { absoluteUrl, eventCalendarUrl } from "../shared/urls.ts";
import type { Lang, Bilingual } from "../shared/lang.ts";
import { phrase } from "../shared/dictionary.ts";

/** One `.ics` file to write. */
export interface CalendarFile {
  /** Site path, e.g. `/ru/events.ics`. */
  url: string;
  lang: Lang;
  ics: string;
}

/** What {@link eventCalendars} needs of the site. */
export interface CalendarSite {
  name: Bilingual;
  base_url: string;
}

/** Site path of a language's calendar of upcoming events. */
export function calendarUrl(lang: Lang): string {
  return `/${lang}/events.ics`;
}

/**
 * Calendar files for the live events: per language, the upcoming ones (day ≥ today, whatever
 * their status, so a cancellation reaches calendars that subscribed), sorted by day and time;
 * and one file per live event, past ones included. UIDs are stable (`<lang>/<key>@<host>`);
 * DTSTAMP comes from the entry's last change in git, or its publish day.
 *
 * @example
 * eventCalendars(liveEvents, { name: { ky: "Ак-Терек айыл аймагы", ru: "Ак-Терекский айыльный аймак" }, base_url: "https://ak-terek.kg/" }, "2026-11-25")
 *   .map((f) => f.url) // ["/ky/events.ics", "/ru/events.ics", "/ky/events/2026-12-10-uguu-budjet-2027/event.ics", …]
 */
export function eventCalendars(events: readonly Entry[], site: CalendarSite, today: string): CalendarFile[] {
  const live = events.filter((e): e is Entry<"events"> => e.type === "events" && e.state === "live");
  const host = new URL(site.base_url).host;
  const item = (e: Entry<"events">): IcsEvent => ({
    uid: `${e.lang}/${e.key}@${host}`,
    title: e.data.title,
    description: e.data.summary,
    place: e.data.place,
    date: e.date,
    time: e.data.time,
    status: e.data.status ?? "planned",
    url: absoluteUrl(e.url, site.base_url),
    updated: e.history?.last ?? e.publish,
  });
  const files: CalendarFile[] = [];
  for (const lang of ["ky", "ru"] as const) {
    const upcoming = live
      .filter((e) => e.lang === lang && e.date >= today)
      .sort((a, b) => a.date.localeCompare(b.date) || a.data.time.localeCompare(b.data.time) || a.url.localeCompare(b.url));
    files.push({
      url: calendarUrl(lang),
      lang,
      ics: icsCalendar(upcoming.map(item), { name: phrase("calendarName", lang, { site: site.name[lang] }), lang }),
    });
  }
  for (const e of [...live].sort((a, b) => a.url.localeCompare(b.url))) {
    files.push({ url: eventCalendarUrl(e.url), lang: e.lang, ics: icsCalendar([item(e)], { name: e.data.title, lang: e.lang }) });
  }
  return files;
}
