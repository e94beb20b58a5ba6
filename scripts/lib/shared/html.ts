/**
 * Text made safe to place in HTML, in element content and in quoted attributes alike. No
 * imports: the search page's browser bundle (search/search-query.ts) uses it too.
 * @example escapeHtml(`<b title="x">Суу & жол</b>`) // "&lt;b title=&quot;x&quot;&gt;Суу &amp; жол&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}
