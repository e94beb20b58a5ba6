/**
 * Kyrgyz as residents type it without a Kyrgyz keyboard: о for ө, у for ү, н for ң.
 *
 * Pagefind folds diacritics by Unicode decomposition (ё → е), but ө, ү and ң have none, so
 * "копуро" never reaches "көпүрө". Folding the indexed text itself would lose the letters in
 * the excerpts residents read, and would join short words that are different words once
 * folded (кол "hand" / көл "lake"). So the index keeps every word as written, and each Kyrgyz
 * record's text is followed by the folded spelling of its foldable words ({@link foldedWords},
 * after a mark that the page's excerpts stop at: search-records.ts, search-query.ts). A query
 * typed with о/у/н then finds both spellings, ranked by how often the word occurs, and a query
 * typed with ө/ү/ң gets a folded variant too (search/kyrgyz-query.ts), so pages typed without
 * Kyrgyz letters are found.
 *
 * Folding stops where it would join different words: a word shorter than
 * {@link MIN_FOLD_LENGTH} letters, or one that reads as a short "twin" root plus inflection
 * (көлдүн = көл + дүн, үйдө = үй + дө), is never folded, on either side.
 */
import { MIN_STEM_LENGTH, inflectionStems, normalizeKyrgyz } from "./kyrgyz-stem.ts";

/**
 * Ends the text of a Kyrgyz search record where its folded words begin (search-records.ts).
 * ASCII punctuation only, so Pagefind indexes no word for it; no page text is written like it.
 */
export const FOLD_MARK = "|~|";

/** Kyrgyz letters and the plain Cyrillic letters typed for them. */
const FOLD: Readonly<Record<string, string>> = { "ө": "о", "ү": "у", "ң": "н" };
const KYRGYZ_LETTER = /[өүң]/;

/** Words shorter than this are never folded: as for stems, three letters join too much. */
export const MIN_FOLD_LENGTH = MIN_STEM_LENGTH;

/**
 * Short roots (with their Kyrgyz letters) whose folded spelling is another common word:
 * көл lake / кол hand, үн voice / ун flour, өн colour / он ten, өт pass / от fire, сөн go out /
 * сон, төө camel / тоо mountain, түз straight / туз salt, бүт whole / бут leg, үч three /
 * уч fly, үй house / уй cow, өр slope / ор pit, күй burn / куй pour, төк spill / ток current,
 * төр seat of honour / тор net, күл ash / кул slave. Their inflected forms stay unfolded.
 */
export const TWIN_ROOTS: ReadonlySet<string> = new Set([
  "көл", "үн", "өн", "өт", "сөн", "төө", "түз", "бүт", "үч", "үй", "өр", "күй", "төк", "төр", "күл",
]);

/**
 * ө → о, ү → у, ң → н, after lower-casing (other letters unchanged).
 * @example foldKyrgyz("Көпүрөнүн Кеңеши") // "копуронун кенеши"
 */
export function foldKyrgyz(text: string): string {
  return text.toLowerCase().replace(/[өүң]/g, (ch) => FOLD[ch] ?? ch);
}

/** True when the text has a letter folding would change. @example hasKyrgyzLetters("кол") // false */
export function hasKyrgyzLetters(text: string): boolean {
  return KYRGYZ_LETTER.test(text.toLowerCase());
}

/**
 * Whether one word (no spaces or hyphens) may be folded: it has ө, ү or ң, at least
 * {@link MIN_FOLD_LENGTH} letters, and does not read as a twin root plus inflection.
 *
 * @example
 * isFoldable("көпүрөнүн") // true
 * isFoldable("көл")       // false (too short)
 * isFoldable("көлдүн")    // false (көл + дүн: "of the lake", folded "of the hand")
 * isFoldable("бюджет")    // false (nothing to fold)
 */
export function isFoldable(word: string): boolean {
  const lower = word.toLowerCase();
  if ([...lower].length < MIN_FOLD_LENGTH || !hasKyrgyzLetters(lower)) return false;
  return !inflectionStems(lower).some((stem) => TWIN_ROOTS.has(stem));
}

/**
 * A query or page word folded where it may be: each hyphen-separated part on its own.
 * @example foldWordIfSafe("Таш-Көпүрөдөгү") // "таш-копуродогу"
 * @example foldWordIfSafe("үй-бүлө") // "үй-було"
 */
export function foldWordIfSafe(word: string): string {
  return word
    .toLowerCase()
    .split("-")
    .map((part) => (isFoldable(part) ? foldKyrgyz(part) : part))
    .join("-");
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * The folded spelling of every word of `text` that folding changes, in order, repeats kept
 * (so that a page saying "көпүрө" five times ranks for "копуро" as it does for "көпүрө"). A
 * hyphenated word comes whole when every part with ө/ү/ң folds ("таш-копуродогу", which
 * Pagefind indexes whole and by parts), else only by its folded parts (үй-бүлө gives "було",
 * never "уй").
 *
 * @example
 * foldedWords("Таш-Көпүрөдөгү көпүрөнү оңдоо. Көпүрөнү! Көлдүн жээги.")
 * // "таш-копуродогу копурону ондоо копурону"
 */
export function foldedWords(text: string): string {
  const out: string[] = [];
  for (const match of normalizeKyrgyz(text).matchAll(WORD)) {
    const word = match[0];
    // A site repeats its words across thousands of records: each word's stems are looked at once.
    let folded = foldedByWord.get(word);
    if (folded === undefined) {
      if (foldedByWord.size >= MAX_REMEMBERED_WORDS) foldedByWord.clear();
      folded = foldedSpelling(word);
      foldedByWord.set(word, folded);
    }
    if (folded !== "") out.push(folded);
  }
  return out.join(" ");
}

/** What {@link foldedWords} gives for one word: "" when folding changes nothing. */
function foldedSpelling(word: string): string {
  const parts = word.split("-");
  const folded = parts.map((part) => (isFoldable(part) ? foldKyrgyz(part) : part));
  if (folded.every((part, i) => part === parts[i])) return "";
  if (folded.some(hasKyrgyzLetters)) return folded.filter((part, i) => part !== parts[i]).join(" ");
  return folded.join("-");
}

/** Bounds the memory of {@link foldedByWord} (a few MB) whatever a site holds. */
const MAX_REMEMBERED_WORDS = 200_000;
const foldedByWord = new Map<string, string>();
