/**
 * One resident's Kyrgyz query as the few Pagefind searches that find what they meant: the
 * query as typed; Latin-typed words in Cyrillic (search/kyrgyz-latin.ts); every word cut to its
 * stem (search/kyrgyz-stem.ts); words with ө/ү/ң folded to о/у/н as well, for pages typed
 * without Kyrgyz letters (search/kyrgyz-fold.ts); and п/б, к/г spellings.
 *
 * A query typed with о/у/н needs no variant of its own for folding: the index holds the folded
 * spelling of every foldable word beside the word as written (search-records.ts), so the same
 * search reaches "копуро" and "көпүрө".
 */
import { foldWordIfSafe } from "./kyrgyz-fold.ts";
import { isLatinWord, latinToKyrgyz } from "./kyrgyz-latin.ts";
import { normalizeKyrgyz, stemVariantsKyrgyz } from "./kyrgyz-stem.ts";

/** Most query strings kyrgyzQueryVariants() returns (each one is a Pagefind search). */
export const MAX_QUERY_VARIANTS = 5;

/** Strips punctuation around a query token; Pagefind ignores it anyway. */
function core(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
}

/**
 * The query strings to run against the Kyrgyz Pagefind index for one user query, best first:
 * the query as typed; then every word replaced by its stem (Latin-typed words first written in
 * Cyrillic); then the same with foldable words folded (көпүрө → копуро), when that changes
 * anything; then consonant-alternation spellings (fewest changed words first). Deduplicated,
 * at most {@link MAX_QUERY_VARIANTS}. Run each with `pagefind.search()` and merge the results
 * by id, keeping the first occurrence: each stem is a prefix of its word, so the stemmed
 * query finds everything the original does, plus the other forms of each word.
 *
 * @example
 * kyrgyzQueryVariants("Жыйындын токтому")   // ["Жыйындын токтому", "жыйын токтом"]
 * kyrgyzQueryVariants("көпүрөлөрдүн")       // ["көпүрөлөрдүн", "көпүрө", "копуро"]
 * kyrgyzQueryVariants("ayil okmotu")        // ["ayil okmotu", "айыл окмот"]
 * kyrgyzQueryVariants("түтүгү")             // ["түтүгү", "түтүг", "тутуг", "түтүк", "тутук"]
 * kyrgyzQueryVariants("мектептин китеби")
 * // ["мектептин китеби", "мектеп китеб", "мектеб китеб", "мектеп китеп", "мектеб китеп"]
 */
export function kyrgyzQueryVariants(query: string): string[] {
  const original = query.trim().replace(/\s+/g, " ");
  if (original === "") return [];
  const words = normalizeKyrgyz(original)
    .split(" ")
    .map(core)
    .filter((w) => w !== "")
    .map((w) => w.split("-").map((part) => (isLatinWord(part) ? latinToKyrgyz(part) : part)).join("-"));
  const options = words.map(stemVariantsKyrgyz);

  // The all-stems query and its folded spelling, then one alternation spelling at a time, then
  // all of them at once (for two words that both alternate), each followed by its folded
  // spelling. Linear in the number of words, never 2^n.
  const primary = options.map((o) => o[0] ?? "");
  // Fold decides on the whole word (көлдүн reads as көл + дүн and stays), then folds its stem.
  const foldable = words.map((w) => foldWordIfSafe(w) !== w.toLowerCase());
  const folded = (stems: readonly string[]) => stems.map((stem, i) => (foldable[i] ? foldWordIfSafe(stem) : stem)).join(" ");
  const alternations: string[][] = [];
  options.forEach((o, i) => {
    if (o[1] !== undefined) alternations.push(primary.map((w, j) => (j === i ? o[1]! : w)));
  });
  if (alternations.length > 1) alternations.push(options.map((o) => o[1] ?? o[0] ?? ""));
  const candidates = [original, primary.join(" "), folded(primary)];
  for (const stems of alternations) candidates.push(stems.join(" "), folded(stems));

  const out: string[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    const key = candidate.toLowerCase();
    if (candidate === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(candidate);
    if (out.length === MAX_QUERY_VARIANTS) break;
  }
  return out;
}
