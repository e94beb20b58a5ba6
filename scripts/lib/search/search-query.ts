/**
 * How the search page asks Pagefind, shared by the page (bundled at build time into
 * `/assets/search-query.js`) and the tests: run the query's variants (Kyrgyz stems), merge the
 * results by id, and drop what Pagefind returns for a truncated query.
 *
 * Why the last step: when a word has no hit at all, Pagefind 1.x quietly searches the longest
 * prefix of it that is an indexed word (Pagefind PR #315, issues #599, #793, #1246; no option
 * turns it off). "канааттанышат" then finds every page with the Russian preposition "к", and
 * a resident sees pages that have nothing to do with the query. We look at where the first
 * result of each variant matched (`locations` into its `content`): if a query word matched
 * nothing that could be a form of it, that variant's results are dropped.
 *
 * Pagefind 1.5+ also matches query words in result metadata. Our `date` meta is a Kyrgyz date
 * ("2025-жылдын 10-январы"), so "жылдын" would find every Kyrgyz page: PAGEFIND_OPTIONS gives
 * the display-only meta fields weight 0, and results whose score stays 0 (matched in those
 * fields only) are dropped. `title` keeps its weight: a title match ranks higher. A national
 * site shows each result's municipality (`member`): "айыл" in every "… айыл аймагы" weighs nothing either.
 *
 * A Kyrgyz record's text is followed, after FOLD_MARK, by the о/у/н spelling of its words with
 * ө/ү/ң (search/kyrgyz-fold.ts). When Pagefind's excerpt would show that folded part, the result
 * gets an excerpt of our own from the text as written, around the first word whose folded
 * spelling matches. `titleFold` is the title's folded words, weighted like Pagefind's `title`.
 */
import { FOLD_MARK, foldWordIfSafe } from "./kyrgyz-fold.ts";
import { kyrgyzQueryVariants } from "./kyrgyz-query.ts";
import { escapeHtml } from "../shared/html.ts";

export { kyrgyzQueryVariants };

/** What the page reads from a Pagefind result's `data()`. */
export interface PagefindData {
  url: string;
  content: string;
  /** Word positions of the matches in `content` split on white space. */
  locations: number[];
  excerpt: string;
  meta: Record<string, string>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

/** The part of Pagefind's browser API used here (`import("/pagefind/pagefind.js")`). */
export interface PagefindApi {
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Pass to `pagefind.options()` before the first search: metadata shown with a result but not
 * meant to be searched (see search-records.ts) weighs nothing.
 */
export const PAGEFIND_OPTIONS = {
  ranking: { metaWeights: { date: 0, type: 0, attachment: 0, attachmentUrl: 0, member: 0, titleFold: 5 } },
} as const;

/**
 * The query strings to send for one query: Kyrgyz gets its stemmed variants (the Kyrgyz
 * index has no stemmer), Russian goes as typed (Pagefind stems Russian itself).
 *
 * @example
 * queryVariants("жыйындын", "ky") // ["жыйындын", "жыйын"]
 * queryVariants("  отчетов ", "ru") // ["отчетов"]
 * queryVariants("", "ru") // []
 */
export function queryVariants(query: string, lang: string): string[] {
  const trimmed = query.trim().replace(/\s+/g, " ");
  if (trimmed === "") return [];
  return lang === "ky" ? kyrgyzQueryVariants(trimmed) : [trimmed];
}

/**
 * A word as compared here: NFC, lower case, ё as е, no punctuation around it.
 * @example foldWord("«Отчёт»,") // "отчет"
 */
export function foldWord(word: string): string {
  return word
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/** The words of a query, folded, hyphenated words split (Pagefind indexes their parts). */
export function queryTerms(query: string): string[] {
  return query
    .split(/[\s\-‐–]+/)
    .map(foldWord)
    .filter((t) => t !== "");
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Could `word` (where Pagefind says a match is) be a match of the query word `term`?
 * Kyrgyz has no stemmer in the index, so a real match starts with the term. Russian is
 * stemmed, so a real match shares the term's stem: at least 4 letters (all of a shorter
 * term), or all but the last two (селах → село). A match on a much shorter word
 * (канааттанышат → к) is Pagefind's truncation.
 *
 * @example
 * matchesTerm("көпүрө", "Таш-Көпүрөдөгү", "ky") // true
 * matchesTerm("отчетов", "Отчёт", "ru")          // true
 * matchesTerm("канааттанышат", "к", "ky")        // false
 * matchesTerm("суук", "суу", "ky")               // false
 */
export function matchesTerm(term: string, word: string, lang: string): boolean {
  const t = foldWord(term);
  const folded = foldWord(word);
  const parts = [folded, ...folded.split(/[-‐–]/)].filter((p) => p !== "");
  return parts.some((part) => {
    if (lang === "ky") return part.startsWith(t);
    const shared = sharedPrefix(t, part);
    return shared >= Math.min(4, t.length) || shared >= t.length - 2;
  });
}

/**
 * True when Pagefind matched `query` in this result only through a truncated word: some word
 * of the query matched nothing that could be a form of it. Results without locations (a
 * filter-only search) are never called truncated.
 *
 * @example
 * isTruncatedMatch("канааттанышат", { content: "Информация принята к сведению", locations: [2] }, "ky") // true
 * isTruncatedMatch("жыйын", { content: "Элдик жыйындын протоколу", locations: [1] }, "ky") // false
 */
export function isTruncatedMatch(query: string, data: Pick<PagefindData, "content" | "locations">, lang: string): boolean {
  if (data.locations.length === 0) return false;
  const words = data.content.split(/\s+/);
  const located = data.locations.map((i) => words[i] ?? "");
  return queryTerms(query).some((term) => !located.some((word) => matchesTerm(term, word, lang)));
}

/** Pagefind's excerpt length, in words. */
const EXCERPT_WORDS = 30;

/**
 * An excerpt for a Kyrgyz result found through folded spellings: about 30 words of the text
 * around the first word that matches a query term once both are folded, each such word in
 * <mark> (escaped text otherwise, as Pagefind's own excerpts). Words that must not fold
 * (көлдүн) are compared as written. Null when no word matches.
 *
 * @example
 * foldedExcerpt("Таш-Көпүрөдөгү көпүрөнү оңдоо", "копуро") // "<mark>Таш-Көпүрөдөгү</mark> <mark>көпүрөнү</mark> оңдоо"
 */
export function foldedExcerpt(content: string, query: string): string | null {
  const terms = queryTerms(query).map(foldWordIfSafe);
  const words = content.split(/\s+/).filter((w) => w !== "");
  const hit = (word: string): boolean => {
    const parts = [word, ...word.split(/[-‐–]/)].map((p) => foldWordIfSafe(foldWord(p)));
    return parts.some((part) => part !== "" && terms.some((t) => part.startsWith(t)));
  };
  const first = words.findIndex(hit);
  if (first < 0) return null;
  const start = Math.max(0, Math.min(first - 5, words.length - EXCERPT_WORDS));
  return words
    .slice(start, start + EXCERPT_WORDS)
    .map((w) => (hit(w) ? `<mark>${escapeHtml(w)}</mark>` : escapeHtml(w)))
    .join(" ");
}

/**
 * A Kyrgyz result's data as the page shows it: when Pagefind's excerpt reaches into the folded
 * words after FOLD_MARK, or marks nothing, an excerpt of the text as written
 * ({@link foldedExcerpt}; its first words when nothing matches there).
 */
export function asWritten(data: PagefindData, query: string): PagefindData {
  const words = data.content.split(/\s+/);
  const mark = words.indexOf(FOLD_MARK);
  if (mark < 0) return data;
  const inFolded = data.excerpt.includes(FOLD_MARK) || data.locations.some((i) => i > mark) || !data.excerpt.includes("<mark>");
  if (!inFolded) return data;
  const text = words.slice(0, mark).join(" ");
  return { ...data, excerpt: foldedExcerpt(text, query) ?? escapeHtml(words.slice(0, Math.min(mark, EXCERPT_WORDS)).join(" ")) };
}

function withWrittenExcerpt(result: PagefindResult, query: string): PagefindResult {
  return { ...result, data: async () => asWritten(await result.data(), query) };
}

/**
 * Searches like the search page does: every variant of the query (with the same filters),
 * results that matched only in weightless metadata (score 0) dropped, variants whose first
 * result is a truncated match dropped, results merged by id in variant order (the query as
 * typed first). An empty query with filters lists everything they match; an empty query
 * without filters finds nothing. Expects PAGEFIND_OPTIONS to be set.
 *
 * @example
 * const pagefind = await import("/pagefind/pagefind.js");
 * const results = await searchMerged(pagefind, "көпүрөлөрдүн", "ky", { type: "Жаңылыктар" });
 */
export async function searchMerged(
  pagefind: PagefindApi,
  query: string,
  lang: string,
  filters: Record<string, string> = {},
): Promise<PagefindResult[]> {
  const variants = queryVariants(query, lang);
  if (variants.length === 0) {
    if (Object.keys(filters).length === 0) return [];
    return (await pagefind.search(null, { filters }))?.results ?? [];
  }
  const responses = await Promise.all(variants.map((v) => pagefind.search(v, { filters })));
  const kept = await Promise.all(
    responses.map(async (response, i) => {
      const variant = variants[i] ?? "";
      const results = (response?.results ?? []).filter((r) => r.score > 0);
      const first = results[0];
      if (!first) return [];
      if (isTruncatedMatch(variant, await first.data(), lang)) return [];
      return lang === "ky" ? results.map((r) => withWrittenExcerpt(r, variant)) : results;
    }),
  );
  const seen = new Set<string>();
  const merged: PagefindResult[] = [];
  for (const result of kept.flat()) {
    if (seen.has(result.id)) continue;
    seen.add(result.id);
    merged.push(result);
  }
  return merged;
}
