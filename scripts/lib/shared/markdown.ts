/**
 * Every markdown-it the project uses, in one place, each set up for its one job:
 * - pages: Markdown as staff write it, rendered safely: raw HTML is escaped (never passed
 *   through), markdown-it refuses `javascript:`/`vbscript:`/`data:` links, external links open
 *   without handing the page to the target (`rel="noopener"`);
 * - plain text (the WhatsApp message): the same Markdown read as tokens, bare URLs left as text
 *   (WhatsApp makes them links itself);
 * - source checks: tokens of everything staff wrote, raw HTML included and every link kept, so
 *   that the checks can point at a `<script>` or a `javascript:` link by its line.
 */
import MarkdownIt, { type Token } from "markdown-it";

export type { Token };

export function createMarkdown() {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  const defaultOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx]!.attrGet("href") ?? "");
    if (/^https?:\/\//i.test(href)) tokens[idx]!.attrSet("rel", "noopener");
    return defaultOpen(tokens, idx, options, env, self);
  };
  // Entry pages already have the title as <h1>: a "# heading" in the body becomes <h2>, and so on.
  md.core.ruler.push("shift_headings", (state) => {
    for (const token of state.tokens) {
      if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
    }
  });
  // Wide tables scroll inside their own box instead of widening the page on a phone; the box
  // takes keyboard focus so it can be scrolled without a mouse (axe "scrollable-region-focusable").
  md.renderer.rules.table_open = () => '<div class="table-wrap" tabindex="0"><table>\n';
  md.renderer.rules.table_close = () => "</table></div>\n";
  return md;
}

const pages = createMarkdown();
const plainText = new MarkdownIt({ html: false, linkify: false, typographer: false });
// Parse only, never render: HTML on so tags become tokens we can point at, every link
// destination kept (the page renderer drops `javascript:` links, leaving them as plain text).
const source = new MarkdownIt({ html: true, linkify: false });
source.validateLink = () => true;

/** @example renderMarkdown("**Суу**") // "<p><strong>Суу</strong></p>\n" */
export function renderMarkdown(markdown: string): string {
  return pages.render(markdown);
}

/** Tokens as the page shows the text (raw HTML is text), for plain-text forms of an entry. */
export function parseForPlainText(markdown: string): Token[] {
  return plainText.parse(markdown, {});
}

/** Tokens of everything staff wrote, raw HTML and every link destination included, for checks. */
export function parseSource(markdown: string): Token[] {
  return source.parse(markdown, {});
}

/** Longest `text` of an entry in `entries.json`: enough for a national search, light for 230 sites. */
export const ENTRY_TEXT_CHARS = 600;

/**
 * Plain text of Markdown, paragraphs on lines of their own, cut at a word within `max`
 * characters (with "…" when cut).
 * @example plainTextExcerpt("## Суу\n\nТаза **суу** келди.", 100) // "Суу\nТаза суу келди."
 */
export function plainTextExcerpt(markdown: string, max = ENTRY_TEXT_CHARS): string {
  const blocks: string[] = [];
  for (const token of parseForPlainText(markdown)) {
    if (token.type === "inline") {
      const text = (token.children ?? [])
        .map((child) => (child.type === "text" || child.type === "code_inline" ? child.content : child.type === "softbreak" || child.type === "hardbreak" ? " " : ""))
        .join("")
        .replace(/\s+/g, " ")
        .trim();
      if (text) blocks.push(text);
    } else if ((token.type === "fence" || token.type === "code_block") && token.content.trim()) {
      blocks.push(token.content.replace(/\s+/g, " ").trim());
    }
  }
  const text = blocks.join("\n");
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
