import { describe, expect, it } from "vitest";
import {
  WHATSAPP_MAX_CHARS,
  markdownToWhatsapp,
  shareLinks,
  truncateWords,
  whatsappText,
  type WhatsappInput,
} from "../../../scripts/lib/model/whatsapp.ts";

const URL_RU = "https://kara-suu.kg/ru/events/skhod-2026-11/";
const URL_KY = "https://kara-suu.kg/ky/events/skhod-2026-11/";

const event = (lang: "ky" | "ru", status?: "planned" | "postponed" | "cancelled"): WhatsappInput => ({
  lang,
  type: "events",
  title: lang === "ru" ? "Сход жителей: бюджет на 2027 год" : "Элдик жыйын: 2027-жылдын бюджети",
  summary: lang === "ru" ? "Обсудим проект бюджета." : "Бюджеттин долбоорун талкуулайбыз.",
  fields: { date: "2026-11-25", time: "10:00", place: lang === "ru" ? "Дом культуры" : "Маданият үйү", status },
  url: lang === "ru" ? URL_RU : URL_KY,
  municipality: lang === "ru" ? "Кара-Суйский айыльный аймак" : "Кара-Суу айыл аймагы",
});

describe("whatsappText: whole messages", () => {
  const cases = [
    {
      name: "ru cancelled event says so first",
      input: event("ru", "cancelled"),
      out: [
        "Мероприятие отменено.",
        "*Сход жителей: бюджет на 2027 год*",
        "_Кара-Суйский айыльный аймак_",
        "",
        "Когда: 25 ноября 2026, 10:00",
        "Где: Дом культуры",
        "",
        "Обсудим проект бюджета.",
        "",
        "Подробнее:",
        URL_RU,
      ].join("\n"),
    },
    {
      name: "ky cancelled event says so first",
      input: event("ky", "cancelled"),
      out: [
        "Иш-чара жокко чыгарылды.",
        "*Элдик жыйын: 2027-жылдын бюджети*",
        "_Кара-Суу айыл аймагы_",
        "",
        "Качан: 2026-жылдын 25-ноябры, саат 10:00",
        "Кайда: Маданият үйү",
        "",
        "Бюджеттин долбоорун талкуулайбыз.",
        "",
        "Толугураак:",
        URL_KY,
      ].join("\n"),
    },
    {
      name: "ru monthly report with period",
      input: {
        lang: "ru",
        type: "reports",
        title: "Отчёт о работе за октябрь",
        summary: "Отремонтировали  дорогу\nи провели сход.",
        fields: { period: "2026-10", date: "2026-11-25" },
        url: "https://kara-suu.kg/ru/reports/2026-10/",
        municipality: "Кара-Суйский айыльный аймак",
      },
      out: [
        "*Отчёт о работе за октябрь*",
        "_Кара-Суйский айыльный аймак_",
        "",
        "Отчётный месяц: октябрь 2026",
        "Дата: 25 ноября 2026",
        "",
        "Отремонтировали дорогу и провели сход.",
        "",
        "Подробнее:",
        "https://kara-suu.kg/ru/reports/2026-10/",
      ].join("\n"),
    },
    {
      name: "ky monthly report with period",
      input: {
        lang: "ky",
        type: "reports",
        title: "Октябрь айы боюнча отчет",
        summary: "Жол оңдолду.",
        fields: { period: "2026-10" },
        url: "https://kara-suu.kg/ky/reports/2026-10/",
        municipality: "Кара-Суу айыл аймагы",
      },
      out: [
        "*Октябрь айы боюнча отчет*",
        "_Кара-Суу айыл аймагы_",
        "",
        "Отчеттук ай: 2026-жылдын октябры",
        "",
        "Жол оңдолду.",
        "",
        "Толугураак:",
        "https://kara-suu.kg/ky/reports/2026-10/",
      ].join("\n"),
    },
    {
      name: "ru mailing: the Markdown body is the message, summary unused",
      input: {
        lang: "ru",
        type: "mailings",
        title: "Вывоз мусора",
        summary: "Не должно попасть в текст.",
        body: "## График\n\nВывоз по **средам**.\n\n- ул. Ленина\n- ул. Токтогула\n\n[Карта](https://kara-suu.kg/map/)",
        url: "https://kara-suu.kg/ru/mailings/musor/",
        municipality: "Кара-Суйский айыльный аймак",
      },
      out: [
        "*Вывоз мусора*",
        "_Кара-Суйский айыльный аймак_",
        "",
        "*График*",
        "",
        "Вывоз по *средам*.",
        "",
        "• ул. Ленина",
        "• ул. Токтогула",
        "",
        "Карта: https://kara-suu.kg/map/",
        "",
        "Подробнее:",
        "https://kara-suu.kg/ru/mailings/musor/",
      ].join("\n"),
    },
  ] as const;
  it.each(cases)("$name", ({ input, out }) => {
    expect(whatsappText(input)).toBe(out);
  });
});

describe("whatsappText: event status", () => {
  const cases = [
    { lang: "ru", status: "postponed", first: "Мероприятие перенесено. Подробности — по ссылке ниже." },
    { lang: "ky", status: "postponed", first: "Иш-чара башка күнгө жылдырылды. Кененирээк маалымат төмөнкү шилтемеде." },
    { lang: "ru", status: "planned", first: "*Сход жителей: бюджет на 2027 год*" },
    { lang: "ky", status: undefined, first: "*Элдик жыйын: 2027-жылдын бюджети*" },
  ] as const;
  it.each(cases)("$lang $status: first line is $first", ({ lang, status, first }) => {
    const text = whatsappText(event(lang, status));
    expect(text.split("\n")[0]).toBe(first);
    expect(text).not.toMatch(/ОТМЕН|ПЕРЕНЕС|ЖОККО/); // plain words, no shouting
  });

  it("a status on a non-event type is ignored", () => {
    const text = whatsappText({ ...event("ru", "cancelled"), type: "posts" });
    expect(text).not.toContain("отменено");
    expect(text).toContain("Когда: 25 ноября 2026, 10:00");
  });
});

describe("whatsappText: length limit and link last", () => {
  const words = (lang: "ky" | "ru", n: number): string =>
    Array.from({ length: n }, (_, i) => (lang === "ru" ? `слово${i}` : `сөз${i}`)).join(" ");
  const longUrl = `https://kara-suu.kg/ru/reports/${"a".repeat(150)}/`;
  const cases = [
    { name: "ru very long summary", lang: "ru", title: "Отчёт", summary: words("ru", 400), url: URL_RU },
    { name: "ky very long summary", lang: "ky", title: "Отчет", summary: words("ky", 400), url: URL_KY },
    { name: "long summary and long URL", lang: "ru", title: "Отчёт", summary: words("ru", 400), url: longUrl },
    { name: "overlong title too", lang: "ky", title: words("ky", 300), summary: words("ky", 300), url: URL_KY },
    { name: "one giant word", lang: "ru", title: "Отчёт", summary: "ж".repeat(3000), url: URL_RU },
  ] as const;
  it.each(cases)("$name: under 1000 characters, link intact and last", ({ lang, title, summary, url }) => {
    const text = whatsappText({ lang, type: "reports", title, summary, url, municipality: "Кара-Суу" });
    expect(text.length).toBeLessThanOrEqual(WHATSAPP_MAX_CHARS);
    expect(text.length).toBeGreaterThan(WHATSAPP_MAX_CHARS - 40); // space is used, not wasted
    const lines = text.split("\n");
    expect(lines[lines.length - 1]).toBe(url);
    expect(text).toContain("…");
    // Cut at a word boundary: the word before "…" is one of the original words.
    const cutWord = /(\S+)…/.exec(text)?.[1] ?? "";
    if (summary.includes(" ")) expect(summary.split(" ")).toContain(cutWord);
  });

  it("a short message is left whole", () => {
    const text = whatsappText(event("ru"));
    expect(text).not.toContain("…");
    expect(text.endsWith(`\n${URL_RU}`)).toBe(true);
  });
});

describe("truncateWords", () => {
  const cases = [
    { text: "one two three", max: 20, out: "one two three" },
    { text: "one two three", max: 10, out: "one two…" },
    { text: "one two, three", max: 11, out: "one two…" },
    { text: "abcdefghij", max: 5, out: "abcd…" },
    { text: "a *bold words here* end", max: 16, out: "a *bold words*…" },
    { text: "a *bold words here* end", max: 14, out: "a bold words…" },
    { text: "😀😀😀😀", max: 4, out: "😀…" },
  ] as const;
  it.each(cases)("truncateWords($text, $max) = $out", ({ text, max, out }) => {
    const got = truncateWords(text, max);
    expect(got).toBe(out);
    expect(got.length).toBeLessThanOrEqual(max);
  });
});

describe("markdownToWhatsapp", () => {
  const cases = [
    { md: "**жирный** текст", out: "*жирный* текст" },
    { md: "__bold__ and *it* and ~~gone~~", out: "*bold* and _it_ and ~gone~" },
    { md: "# Заголовок **важный**", out: "*Заголовок важный*" },
    { md: "[сайт](https://a.kg/ru/)", out: "сайт: https://a.kg/ru/" },
    { md: "<https://a.kg/>", out: "https://a.kg/" },
    { md: "[https://a.kg/](https://a.kg/)", out: "https://a.kg/" },
    { md: "- один\n- два\n  - три", out: "• один\n• два\n   • три" },
    { md: "3. c\n4. d", out: "3. c\n4. d" },
    { md: "para\n\n* x\n\nafter", out: "para\n\n• x\n\nafter" },
    { md: "> цитата", out: "> цитата" },
    { md: "line1\nline2", out: "line1\nline2" },
    { md: "```\nx = 1\n```", out: "```\nx = 1\n```" },
    { md: "<b>html</b>", out: "<b>html</b>" },
  ] as const;
  it.each(cases)("$md", ({ md, out }) => {
    expect(markdownToWhatsapp(md)).toBe(out);
  });
});

describe("shareLinks", () => {
  const url = "https://kara-suu.kg/ru/reports/2026-10/?a=1&b=2#x";
  const text = whatsappText({
    lang: "ru",
    type: "reports",
    title: "Отчёт & итоги: 100% #1",
    summary: "Вопросы? Да + нет = «ответ».",
    url,
    municipality: "Кара-Суу",
  });
  const links = shareLinks(text, url);
  const cases = [
    { name: "whatsapp", link: links.whatsapp, base: "https://wa.me/", params: { text } },
    {
      name: "telegram",
      link: links.telegram,
      base: "https://t.me/share/url",
      params: { url, text: text.slice(0, text.indexOf("\n\nПодробнее:")) },
    },
    { name: "facebook", link: links.facebook, base: "https://www.facebook.com/sharer/sharer.php", params: { u: url } },
  ] as const;
  it.each(cases)("$name link decodes back to the text and URL", ({ link, base, params }) => {
    const parsed = new URL(link);
    expect(`${parsed.origin}${parsed.pathname}`).toBe(base);
    expect(parsed.hash).toBe("");
    expect(Object.fromEntries(parsed.searchParams)).toEqual(params);
    expect(link).not.toMatch(/\s/);
  });
});
