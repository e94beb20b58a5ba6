/**
 * Markdown as staff write it, rendered safely: raw HTML is escaped (never passed through),
 * markdown-it refuses `javascript:`/`vbscript:`/`data:` links, external links open without
 * handing the page to the target (`rel="noopener"`).
 */
import MarkdownIt from "markdown-it";

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

const shared = createMarkdown();

/** @example renderMarkdown("**Суу**") // "<p><strong>Суу</strong></p>\n" */
export function renderMarkdown(source: string): string {
  return shared.render(source);
}
