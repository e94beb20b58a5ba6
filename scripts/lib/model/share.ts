/**
 * What an entry page offers for reaching residents outside the site: the ready WhatsApp
 * message with its share links (reports, events, mailings), and whether the page has a
 * notice-board print version with a QR code (reports, events, materials, surveys).
 */
import type { Entry } from "../validate/entry.ts";
import { shareLinks, whatsappText, type ShareLinks } from "./whatsapp.ts";

/** Types whose page shows a ready WhatsApp message. */
export const SHARE_TYPES = ["reports", "events", "mailings"] as const;
/** Types whose page prints as a notice (A4, black and white, QR code to the page). */
export const PRINT_TYPES = ["reports", "events", "materials", "surveys"] as const;

/** A page's ready message and the links that carry it. */
export interface EntryShare {
  text: string;
  links: ShareLinks;
}

type ShareSource = Pick<Entry, "lang" | "type" | "body" | "date"> & { data: Readonly<Record<string, unknown>> & { title: string; summary?: string | undefined } };

/**
 * The WhatsApp message and share links for an entry of a {@link SHARE_TYPES} type, else null.
 * Events carry their day, time, place and status; reports their period and publication day;
 * a mailing's Markdown body is its message.
 *
 * @example
 * entryShare(
 *   { lang: "ru", type: "events", date: "2026-12-10", body: "", data: { title: "Слушания", time: "10:00", place: "Клуб", status: "cancelled" } },
 *   "https://ak-terek.kg/ru/events/uguu/", "Ак-Терекский айыльный аймак",
 * )?.text.split("\n")[0] // "Мероприятие отменено."
 */
export function entryShare(entry: ShareSource, pageUrl: string, municipality: string): EntryShare | null {
  if (!(SHARE_TYPES as readonly string[]).includes(entry.type)) return null;
  const d = entry.data;
  const str = (key: string): string | undefined => (typeof d[key] === "string" ? (d[key] as string) : undefined);
  const status = str("status");
  const text = whatsappText({
    lang: entry.lang,
    type: entry.type,
    title: d.title,
    summary: d.summary,
    body: entry.body,
    fields: {
      date: entry.date,
      time: str("time"),
      place: str("place"),
      period: str("period"),
      status: status === "planned" || status === "postponed" || status === "cancelled" ? status : undefined,
    },
    url: pageUrl,
    municipality,
  });
  return { text, links: shareLinks(text, pageUrl) };
}

/**
 * True when the entry's page has a print version with a QR code.
 * @example isPrintable({ type: "materials" }) // true
 */
export function isPrintable(entry: Pick<Entry, "type">): boolean {
  return (PRINT_TYPES as readonly string[]).includes(entry.type);
}
