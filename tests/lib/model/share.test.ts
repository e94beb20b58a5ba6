import { describe, expect, it } from "vitest";
import { entryShare, isPrintable } from "../../../scripts/lib/model/share.ts";
import { WHATSAPP_MAX_CHARS } from "../../../scripts/lib/model/whatsapp.ts";

const URL_RU = "https://ak-terek.kg/ru/events/2026-12-10-uguu/";
const event = {
  lang: "ru",
  type: "events",
  date: "2026-12-10",
  body: "## Повестка\n\n- бюджет",
  data: { title: "Слушания по бюджету", summary: "Обсудим бюджет.", time: "10:00", place: "Актовый зал", status: "cancelled" },
} as const;

describe("entryShare", () => {
  const cases = [
    { name: "cancelled event: status first, day and time, link last", entry: event, first: "Мероприятие отменено.", contains: "Когда: 10 декабря 2026, 10:00" },
    { name: "planned event: title first", entry: { ...event, data: { ...event.data, status: "planned" } }, first: "*Слушания по бюджету*", contains: "Где: Актовый зал" },
    {
      name: "ky report: the period in Kyrgyz",
      entry: { lang: "ky", type: "reports", date: "2026-11-25", body: "", data: { title: "Октябрь боюнча отчет", period: "2026-10" } },
      first: "*Октябрь боюнча отчет*",
      contains: "Отчеттук ай: 2026-жылдын октябры",
    },
    {
      name: "mailing: the body is the message",
      entry: { lang: "ru", type: "mailings", date: "2026-11-01", body: "Вывоз мусора по **средам**.", data: { title: "Мусор", summary: "не в тексте", recipients: 900 } },
      first: "*Мусор*",
      contains: "Вывоз мусора по *средам*.",
    },
  ] as const;
  it.each(cases)("$name", ({ entry, first, contains }) => {
    const share = entryShare(entry, URL_RU, "Ак-Терекский айыльный аймак");
    expect(share).not.toBeNull();
    const lines = share!.text.split("\n");
    expect(lines[0]).toBe(first);
    expect(lines[lines.length - 1]).toBe(URL_RU);
    expect(share!.text).toContain(contains);
    expect(share!.text.length).toBeLessThanOrEqual(WHATSAPP_MAX_CHARS);
    expect(new URL(share!.links.whatsapp).searchParams.get("text")).toBe(share!.text);
    expect(new URL(share!.links.facebook).searchParams.get("u")).toBe(URL_RU);
  });

  const none = ["posts", "meetings", "acts", "materials", "surveys"] as const;
  it.each(none)("%s pages have no ready message", (type) => {
    expect(entryShare({ ...event, type }, URL_RU, "X")).toBeNull();
  });
});

describe("isPrintable", () => {
  const cases = [
    { type: "reports", out: true },
    { type: "events", out: true },
    { type: "materials", out: true },
    { type: "surveys", out: true },
    { type: "posts", out: false },
    { type: "meetings", out: false },
    { type: "mailings", out: false },
  ] as const;
  it.each(cases)("$type: $out", ({ type, out }) => {
    expect(isPrintable({ type })).toBe(out);
  });
});
