/**
 * WhatsApp message text for an entry (monthly report, event announcement, mailing) and the
 * share links that carry it. Pure: no clock, no Eleventy.
 *
 * The message uses WhatsApp's own formatting (`*bold*`, `_italic_`, `~strike~`, "> " quotes),
 * stays under {@link WHATSAPP_MAX_CHARS} characters, and always ends with the page link on its
 * own line, so the link preview and the way back to the site are never lost.
 */
import { formatDay, formatMonth } from "../shared/dates.ts";
import { phrase, t } from "../shared/dictionary.ts";
import { LANGS, type Lang } from "../shared/lang.ts";
import { parseForPlainText, type Token } from "../shared/markdown.ts";


/** Longest message this module returns, in UTF-16 code units (`string.length`): under 1000. */
export const WHATSAPP_MAX_CHARS = 999;

/** Input of {@link whatsappText}. */
export interface WhatsappInput {
  lang: Lang;
  /** Content type folder: "reports", "events", "mailings", or any other type. */
  type: "reports" | "events" | "mailings" | (string & {});
  title: string;
  /** One or two plain sentences (front matter `summary`). */
  summary?: string;
  /** Markdown body. Used as the message for `mailings`; for other types only when there is no summary. */
  body?: string;
  fields?: {
    /** `YYYY-MM-DD` */
    date?: string;
    /** `HH:MM` */
    time?: string;
    place?: string;
    /** `YYYY-MM`, the month a report covers */
    period?: string;
    status?: "planned" | "postponed" | "cancelled";
  };
  /** Absolute URL of the entry's page; never shortened. */
  url: string;
  /** Municipality name in the message's language. */
  municipality: string;
}

/**
 * Plain-text WhatsApp message for an entry: status first for a postponed or cancelled event,
 * then the title in bold, the municipality in italics, date/time/place or the report's period,
 * the summary (or, for a mailing, its Markdown body converted to WhatsApp style), and the page
 * link last on its own line. The text part is shortened at a word boundary with "…" so the whole
 * message stays under 1000 characters; the link is never cut.
 *
 * @example
 * whatsappText({
 *   lang: "ru", type: "events", title: "Сход жителей", municipality: "Кара-Суу айыл аймагы",
 *   fields: { date: "2026-11-25", time: "10:00", place: "Дом культуры", status: "cancelled" },
 *   url: "https://kara-suu.kg/ru/events/skhod/",
 * })
 * // "Мероприятие отменено.\n*Сход жителей*\n_Кара-Суу айыл аймагы_\n\n"
 * // + "Когда: 25 ноября 2026, 10:00\nГде: Дом культуры\n\nПодробнее:\nhttps://kara-suu.kg/ru/events/skhod/"
 */
export function whatsappText(input: WhatsappInput): string {
  const lang = input.lang;
  const fields = input.fields ?? {};
  const isEvent = input.type === "events";

  const status =
    isEvent && fields.status === "postponed" ? t("shareNotice_postponed", lang) : isEvent && fields.status === "cancelled" ? t("eventNotice_cancelled", lang) : "";
  const municipality = oneLine(input.municipality);

  const details: string[] = [];
  if (fields.period) details.push(`${t("sharePeriod", lang)}: ${formatMonth(fields.period, lang)}`);
  const day = fields.date ? formatDay(fields.date, lang) : "";
  const time = fields.time ? oneLine(fields.time) : "";
  const when = [day, time && (day ? phrase("shareTime", lang, { time }) : time)].filter(Boolean).join(", ");
  if (when) details.push(`${t(isEvent || time ? "shareWhen" : "shareDate", lang)}: ${when}`);
  if (fields.place) details.push(`${t("shareWhere", lang)}: ${oneLine(fields.place)}`);

  const summary = input.summary ? oneLine(input.summary) : "";
  const bodyText = input.body ? markdownToWhatsapp(input.body) : "";
  const text = input.type === "mailings" ? bodyText || summary : summary || bodyText;

  const url = input.url.trim();
  const compose = (title: string, body: string): string => {
    const head = [status, title ? `*${title}*` : "", municipality ? `_${municipality}_` : ""].filter(Boolean);
    return [head.join("\n"), details.join("\n"), body, `${t("shareMore", lang)}\n${url}`].filter(Boolean).join("\n\n");
  };

  let title = oneLine(input.title);
  const full = compose(title, text);
  if (full.length <= WHATSAPP_MAX_CHARS) return full;

  // Shorten the text first; the title only if the message without any text is still too long.
  const withoutText = compose(title, "");
  const room = WHATSAPP_MAX_CHARS - withoutText.length - 2; // "\n\n" before the text
  if (room >= 1) return compose(title, truncateWords(text, room));
  if (withoutText.length > WHATSAPP_MAX_CHARS) {
    const titleRoom = title.length - (withoutText.length - WHATSAPP_MAX_CHARS);
    title = titleRoom >= 1 ? truncateWords(title, titleRoom) : "";
  }
  return compose(title, "");
}

/** Collapse all whitespace (including newlines) to single spaces. */
function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * Shorten `text` to at most `max` UTF-16 code units, ending with "…", cutting at the last
 * whitespace when there is one (a single overlong word is cut without splitting a surrogate
 * pair). An unclosed `*bold*` on the last line is closed before the "…".
 *
 * @example
 * truncateWords("one two three", 10) // "one two…"
 */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return "";
  const limit = max - 1; // room for "…"
  let cut = text.slice(0, limit + 1);
  const lastSpace = cut.search(/\s\S*$/);
  cut = lastSpace > 0 ? cut.slice(0, lastSpace) : text.slice(0, limit);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/[\s,;:.\-–—]+$/u, "");
  // An odd number of "*" on the last line leaves a bold run open: close it, or drop its opener.
  const lastLine = cut.slice(cut.lastIndexOf("\n") + 1);
  if ((lastLine.match(/\*/g)?.length ?? 0) % 2 === 1) {
    cut = cut.length + 2 <= max ? `${cut}*` : cut.replace(/\*(?=[^*]*$)/, "");
  }
  return `${cut}…`;
}

/**
 * Convert Markdown (a mailing body) to WhatsApp formatting: `**x**` → `*x*`, `_x_` stays,
 * `~~x~~` → `~x~`, headings → `*x*`, links → "text: url", list items → "• x" / "1. x",
 * block quotes → "> x", code blocks → ``` fences. Paragraphs are separated by a blank line.
 *
 * @example
 * markdownToWhatsapp("## Собрание\n\n- **бюджет** [план](https://a.kg/p)")
 * // "*Собрание*\n\n• *бюджет* план: https://a.kg/p"
 */
export function markdownToWhatsapp(markdown: string): string {
  const tokens = parseForPlainText(markdown);
  const lines: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let quote = 0;
  let itemPrefix = ""; // marker for the first line of the current list item
  let table: string[][] | null = null;

  const separate = (): void => {
    const previous = lines[lines.length - 1];
    if (previous !== undefined && previous !== "" && previous !== ">") {
      lines.push(quote && previous.startsWith(">") ? ">" : "");
    }
  };
  const indent = (): string => "   ".repeat(Math.max(0, lists.length - 1));
  const emit = (block: string): void => {
    // Blank line between blocks, except between the items of a list.
    if (lines.length > 0 && lists.length === 0) separate();
    const q = quote ? "> ".repeat(quote) : "";
    block.split("\n").forEach((line, i) => {
      const lead = i === 0 && itemPrefix ? indent() + itemPrefix : lists.length ? `${indent()}   ` : "";
      lines.push(`${q}${lead}${line}`.trimEnd());
    });
    itemPrefix = "";
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    switch (t.type) {
      case "bullet_list_open":
      case "ordered_list_open":
        if (lists.length === 0) separate();
        lists.push({ ordered: t.type === "ordered_list_open", n: Number(t.attrGet("start") ?? 1) - 1 });
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        lists.pop();
        break;
      case "list_item_open": {
        const list = lists[lists.length - 1];
        if (list) {
          list.n += 1;
          itemPrefix = list.ordered ? `${list.n}. ` : "• ";
        }
        break;
      }
      case "blockquote_open":
        quote += 1;
        break;
      case "blockquote_close":
        quote -= 1;
        break;
      case "heading_open": {
        const inline = tokens[i + 1];
        const text = inline?.children ? renderInline(inline.children, true).trim() : "";
        if (text) emit(`*${text}*`);
        i += 2; // inline + heading_close
        break;
      }
      case "inline":
        if (table) {
          table[table.length - 1]?.push(renderInline(t.children ?? [], false).trim());
        } else {
          const text = renderInline(t.children ?? [], false).trim();
          if (text) emit(text);
        }
        break;
      case "fence":
      case "code_block":
        emit("```\n" + t.content.replace(/\n+$/, "") + "\n```");
        break;
      case "hr":
        emit("—");
        break;
      case "table_open":
        table = [];
        break;
      case "tr_open":
        table?.push([]);
        break;
      case "table_close":
        if (table) {
          const rows = table.map((cells) => cells.join(" | "));
          table = null;
          emit(rows.join("\n"));
        }
        break;
      default:
        break;
    }
  }
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function renderInline(children: Token[], plain: boolean): string {
  let out = "";
  const links: { href: string; start: number }[] = [];
  for (const c of children) {
    switch (c.type) {
      case "text":
        out += c.content;
        break;
      case "softbreak":
      case "hardbreak":
        out += "\n";
        break;
      case "strong_open":
      case "strong_close":
        if (!plain) out += "*";
        break;
      case "em_open":
      case "em_close":
        if (!plain) out += "_";
        break;
      case "s_open":
      case "s_close":
        if (!plain) out += "~";
        break;
      case "code_inline":
        out += plain ? c.content : `\`${c.content}\``;
        break;
      case "image":
        out += c.content;
        break;
      case "link_open":
        links.push({ href: String(c.attrGet("href") ?? ""), start: out.length });
        break;
      case "link_close": {
        const link = links.pop();
        if (!link || !link.href) break;
        const text = out.slice(link.start).replace(/[*_~]/g, "").trim();
        const bare = link.href.replace(/^mailto:/, "");
        if (text === link.href || text === bare) break;
        out += text ? `: ${bare}` : bare;
        break;
      }
      default:
        out += c.content;
        break;
    }
  }
  return out;
}

/** Share URLs built by {@link shareLinks}. */
export interface ShareLinks {
  whatsapp: string;
  telegram: string;
  facebook: string;
}

/**
 * Share links for a message and its page. WhatsApp gets the whole text (which already ends
 * with the link); Telegram adds the link itself, so a link on the text's last line is removed
 * from its `text`; Facebook takes only the page URL.
 *
 * @example
 * shareLinks("*Отчёт*\n\nhttps://a.kg/ru/reports/2026-10/", "https://a.kg/ru/reports/2026-10/").telegram
 * // "https://t.me/share/url?url=https%3A%2F%2Fa.kg%2Fru%2Freports%2F2026-10%2F&text=*%D0%9E%D1%82%D1%87%D1%91%D1%82*"
 */
export function shareLinks(text: string, url: string): ShareLinks {
  const enc = encodeURIComponent;
  const lines = text.trimEnd().split("\n");
  if (lines.length > 1 && lines[lines.length - 1]?.trim() === url) {
    lines.pop();
    // Also drop a "More:" lead-in that only introduced the link, and trailing blank lines.
    const last = lines[lines.length - 1]?.trim() ?? "";
    if (LANGS.some((lang) => last === t("shareMore", lang))) lines.pop();
  }
  const telegramText = lines.join("\n").trimEnd();
  return {
    whatsapp: `https://wa.me/?text=${enc(text)}`,
    telegram: `https://t.me/share/url?url=${enc(url)}${telegramText ? `&text=${enc(telegramText)}` : ""}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`,
  };
}
