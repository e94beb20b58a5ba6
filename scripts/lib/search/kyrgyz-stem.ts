/**
 * Kyrgyz suffix stripping for search queries.
 *
 * Pagefind 1.6 has no Kyrgyz stemmer: it indexes whole words and matches each query
 * word as a PREFIX of indexed words. So "жыйын" finds "жыйындар", but "жыйындын" finds
 * nothing. We do not touch the index; we rewrite the QUERY instead: strip the inflection
 * off each query word so that what is left is a prefix of every other form of that word.
 *
 * The "stem" returned here is therefore a search prefix, not a dictionary form: it may
 * be shorter than the lemma ("демилге" -> "демил") as long as it stays a prefix of the
 * word's own forms and, at MIN_STEM_LENGTH letters or more, rarely of unrelated words.
 *
 * Grammar covered (a word is read as stem + plural? + possessive? + case?):
 *   plural      -лар -дар -тар (4 vowel variants each)
 *   possessive  1sg -ым, 2sg -ың, 2sg polite -ыңыз, 1pl -ыбыз, 2pl -ыңар / -ыңыздар,
 *               3rd person -ы after a consonant, -сы after a vowel
 *   case        genitive -нын/-дын/-тын, accusative -ны/-ды/-ты and -н after the 3rd
 *               person possessive, dative -га/-ка, -на after the 3rd person, -а after
 *               1sg/2sg, locative -да/-та/-нда, ablative -дан/-тан/-нан, and the
 *               locative-attributive -дагы/-тагы/-ндагы ("айылдагы")
 * Vowel harmony is NOT enforced: Russian loanwords break it ("отчеттун", "отчеттин" are
 * both written), and accepting every vowel variant costs nothing for prefix search.
 *
 * Consonant alternation: a stem-final п/к becomes б/г before a vowel (китеп -> китеби,
 * тилек -> тилеги). The stripper returns the surface stem ("китеб"); stemVariantsKyrgyz()
 * adds the other spelling so both "китеп..." and "китеб..." forms are reached.
 */

/** Stems shorter than this are never produced (see README / report for the reasoning):
 *  3-letter roots such as жол, суу, жыл, жер, көл, баш are prefixes of far too many
 *  unrelated words (жолугушуу "meeting", жылытуу "heating", жергиликтүү "local",
 *  көлөм "volume", башкаруу "administration"), while 4 letters keeps айыл, арык, шаар, угуу. */
export const MIN_STEM_LENGTH = 4;

const VOWELS = new Set("аеёиоөуүыэюя");
const HIGH_VOWELS = new Set("ыиуү"); // the 3rd person possessive after a consonant

/** What the letter just before a suffix must be, or which possessive must precede it. */
type Need = "any" | "vowel" | "consonant" | "poss3" | "poss12sg";
type Slot = "case" | "poss" | "plural";

interface Suffix {
  readonly form: string;
  readonly slot: Slot;
  /** Grammatical label; for possessives it is what `poss3` / `poss12sg` refer to. */
  readonly tag: string;
  readonly after: Need;
}

/** Builds suffixes from space-separated forms sharing one slot, tag and condition. */
function group(slot: Slot, tag: string, after: Need, forms: string): Suffix[] {
  return forms.split(" ").map((form) => ({ form, slot, tag, after }));
}

/** Outermost slot first: a word is read from its end inwards. */
const SLOT_ORDER: readonly Slot[] = ["case", "poss", "plural"];

const SUFFIXES: readonly Suffix[] = [
  // Case.
  ...group("case", "gen", "vowel", "нын нин нун нүн"),
  ...group("case", "gen", "consonant", "дын дин дун дүн тын тин тун түн"),
  ...group("case", "acc", "vowel", "ны ни ну нү"),
  ...group("case", "acc", "consonant", "ды ди ду дү ты ти ту тү"),
  ...group("case", "acc", "poss3", "н"), // айыл-ы-н
  ...group("case", "dat", "any", "га ге го гө"),
  ...group("case", "dat", "consonant", "ка ке ко кө"),
  ...group("case", "dat", "poss3", "на не но нө"), // айыл-ы-на
  ...group("case", "dat", "poss12sg", "а е о ө"), // үй-үм-ө
  ...group("case", "loc", "any", "да де до дө"),
  ...group("case", "loc", "consonant", "та те то тө"),
  ...group("case", "loc", "poss3", "нда нде ндо ндө"),
  ...group("case", "abl", "any", "дан ден дон дөн"),
  ...group("case", "abl", "consonant", "тан тен тон төн"),
  ...group("case", "abl", "poss3", "нан нен нон нөн"),
  ...group("case", "locattr", "any", "дагы деги догу дөгү"),
  ...group("case", "locattr", "consonant", "тагы теги тогу төгү"),
  ...group("case", "locattr", "poss3", "ндагы ндеги ндогу ндөгү"),
  // Possessive. Bare 1sg -м / 2sg -ң after a vowel are left out on purpose: they are rare
  // in municipal text and would cut real words (токтом, уюм, мыйзам).
  ...group("poss", "p1sg", "consonant", "ым им ум үм"),
  ...group("poss", "p2sg", "consonant", "ың иң уң үң"),
  ...group("poss", "p2sgpol", "consonant", "ыңыз иңиз уңуз үңүз"),
  ...group("poss", "p2sgpol", "vowel", "ңыз ңиз ңуз ңүз"),
  ...group("poss", "p1pl", "consonant", "ыбыз ибиз убуз үбүз"),
  ...group("poss", "p1pl", "vowel", "быз биз буз бүз"),
  ...group("poss", "p2pl", "consonant", "ыңар иңер уңар үңөр ыңыздар иңиздер уңуздар үңүздөр"),
  ...group("poss", "p2pl", "vowel", "ңар ңер ңор ңөр ңыздар ңиздер ңуздар ңүздөр"),
  ...group("poss", "p3", "consonant", "ы и у ү"),
  ...group("poss", "p3", "vowel", "сы си су сү"),
  // Plural.
  ...group("plural", "pl", "any", "лар лер лор лөр"),
  ...group("plural", "pl", "consonant", "дар дер дор дөр тар тер тор төр"),
];

const REQUIRED_POSS: Readonly<Record<"poss3" | "poss12sg", ReadonlySet<string>>> = {
  poss3: new Set(["p3"]),
  poss12sg: new Set(["p1sg", "p2sg"]),
};

/** One reading of a word: its stem length and where each stripped suffix starts. */
interface Reading {
  readonly stemLength: number;
  /** Start index of each stripped suffix, innermost first; the last one ends at word end. */
  readonly cuts: readonly number[];
}

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.has(ch);
}

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch) && !VOWELS.has(ch);
}

/** Every way to read `word` as stem + plural? + possessive? + case?, ignoring length limits. */
function readings(word: string): Reading[] {
  const out: Reading[] = [];
  // `mustBe`: the possessive the previous (outer) case suffix demands, if any.
  // `p3Allowed`: after the 3rd person possessive only the n-forms of case are
  // grammatical ("айылынын", "айылына"), so "ташкыны" is ташкын-ы, never ташк-ы-ны.
  const walk = (end: number, slotIndex: number, mustBe: ReadonlySet<string> | null,
                p3Allowed: boolean, cuts: number[]): void => {
    if (mustBe === null) out.push({ stemLength: end, cuts });
    for (let s = slotIndex; s < SLOT_ORDER.length; s++) {
      const slot = SLOT_ORDER[s];
      // A pending requirement names a possessive: only the possessive slot may follow.
      if (mustBe !== null && slot !== "poss") continue;
      for (const suffix of SUFFIXES) {
        if (suffix.slot !== slot) continue;
        if (mustBe !== null && !mustBe.has(suffix.tag)) continue;
        if (!p3Allowed && suffix.tag === "p3") continue;
        const start = end - suffix.form.length;
        if (start < 1 || word.slice(start, end) !== suffix.form) continue;
        const before = word[start - 1];
        if (suffix.after === "vowel" && !isVowel(before)) continue;
        if (suffix.after === "consonant" && !isConsonant(before)) continue;
        const genitiveN = suffix.tag === "gen" && suffix.form.startsWith("н");
        let next: ReadonlySet<string> | null = null;
        if (suffix.after === "poss3" || suffix.after === "poss12sg") next = REQUIRED_POSS[suffix.after];
        // "-нын" after consonant + ы/и/у/ү is read as 3rd person possessive + genitive
        // ("айылынын"), so "жыйынын" never yields the made-up stem "жыйы".
        if (genitiveN && before !== undefined && HIGH_VOWELS.has(before) && isConsonant(word[start - 2])) {
          next = REQUIRED_POSS.poss3;
        }
        const p3Next = suffix.slot !== "case" || genitiveN || suffix.after === "poss3";
        walk(start, s + 1, next, p3Next, [start, ...cuts]);
      }
    }
  };
  walk(word.length, 0, null, true, []);
  return out;
}

/**
 * Every stem `word` can be read as, by the plural, possessive and case suffixes above, the
 * whole word included, shortest first. No length limit: it answers "could this word be root X
 * plus inflection?", e.g. for a three-letter root whose folded spelling is another word.
 *
 * @example
 * inflectionStems("көлдүн") // ["көл", "көлд", "көлдүн"]  (көл + дүн, or көлд + ү + н)
 * inflectionStems("үйлөрдө") // ["үй", "үйлөр", "үйлөрдө"]
 */
export function inflectionStems(word: string): string[] {
  const lower = word.normalize("NFC").toLowerCase();
  if (!CYRILLIC_WORD.test(lower)) return [lower];
  const lengths = new Set(readings(lower).map((r) => r.stemLength));
  return [...lengths].sort((a, b) => a - b).map((n) => lower.slice(0, n));
}

/** True when `position` falls strictly inside one of the suffixes of `reading`. */
function cutsThroughSuffix(reading: Reading, position: number, wordLength: number): boolean {
  return reading.cuts.some((start, i) => {
    const end = reading.cuts[i + 1] ?? wordLength;
    return start < position && position < end;
  });
}

const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;

/** Letters from other Cyrillic alphabets (and Kazakh/Altai keyboards) typed for Kyrgyz ones. */
const CYRILLIC_FOLD: Readonly<Record<string, string>> = {
  "ҥ": "ң", "ӊ": "ң", "ӈ": "ң", "ӧ": "ө", "ӱ": "ү", "ғ": "г", "қ": "к",
};

/** Latin letters that look like Cyrillic ones (after lower-casing). */
const LATIN_LOOKALIKE: Readonly<Record<string, string>> = {
  a: "а", b: "в", c: "с", e: "е", h: "н", k: "к", m: "м", o: "о", p: "р", t: "т", x: "х", y: "у",
};

/**
 * Lower-cases and folds stray letters for matching against Kyrgyz text: ҥ/ӊ/ӈ -> ң,
 * ӧ -> ө, ӱ -> ү, ғ -> г, қ -> к, and Latin look-alikes (a, c, e, o, p, x, y…) inside a
 * word that also has Cyrillic letters. Kyrgyz letters (ң ө ү) and ё are left alone;
 * all-Latin words are left alone.
 *
 * @example
 * normalizeKyrgyz("Кеңeш ҥ WiFi") // "кеңеш ң wifi" (the "e" in "Кеңeш" was Latin)
 */
export function normalizeKyrgyz(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/\p{L}+/gu, (word) => {
      // Most words have neither kind of stray letter: they are left as they are, uncopied.
      const folded = STRAY_CYRILLIC.test(word) ? word.replace(STRAY_CYRILLIC_ALL, (ch) => CYRILLIC_FOLD[ch] ?? ch) : word;
      if (!LOOKALIKE.test(folded) || !/\p{Script=Cyrillic}/u.test(folded)) return folded;
      return folded.replace(LOOKALIKE_ALL, (ch) => LATIN_LOOKALIKE[ch] ?? ch);
    });
}

const STRAY_CYRILLIC = new RegExp(`[${Object.keys(CYRILLIC_FOLD).join("")}]`, "u");
const STRAY_CYRILLIC_ALL = new RegExp(STRAY_CYRILLIC.source, "gu");
const LOOKALIKE = new RegExp(`[${Object.keys(LATIN_LOOKALIKE).join("")}]`);
const LOOKALIKE_ALL = new RegExp(LOOKALIKE.source, "g");

/**
 * Strips stacked Kyrgyz inflection (plural + possessive + case) from one word and
 * returns a lower-cased search prefix. Never returns fewer than MIN_STEM_LENGTH letters
 * (shorter words come back unchanged), and never touches words that are not all
 * Cyrillic. A hyphenated token ("2025-жылдагы") is stemmed on its last part.
 *
 * Among all readings the shortest stem of at least MIN_STEM_LENGTH letters wins, with
 * one guard: if the word also reads as a short root plus suffixes ("жол-дун"), we do not
 * invent a longer stem that cuts one of those suffixes in half ("жолд-у-н").
 *
 * @example
 * stemKyrgyz("айылдарыбыздын") // "айыл"
 * stemKyrgyz("көпүрөнүн")      // "көпүрө"
 * stemKyrgyz("мектебинде")     // "мектеб" (see stemVariantsKyrgyz for "мектеп")
 * stemKyrgyz("жолдун")         // "жолдун" (root "жол" is below the minimum)
 */
export function stemKyrgyz(word: string): string {
  const lower = word.normalize("NFC").toLowerCase();
  const hyphen = lower.lastIndexOf("-");
  if (hyphen >= 0) return lower.slice(0, hyphen + 1) + stemKyrgyz(lower.slice(hyphen + 1));
  if (!CYRILLIC_WORD.test(lower) || lower.length <= MIN_STEM_LENGTH) return lower;

  const all = readings(lower);
  const short = all.filter((r) => r.stemLength < MIN_STEM_LENGTH);
  let best = lower.length;
  for (const reading of all) {
    if (reading.stemLength < MIN_STEM_LENGTH || reading.stemLength >= best) continue;
    if (short.some((s) => cutsThroughSuffix(s, reading.stemLength, lower.length))) continue;
    best = reading.stemLength;
  }
  return lower.slice(0, best);
}

const ALTERNATION: Readonly<Record<string, string>> = { "п": "б", "б": "п", "к": "г", "г": "к" };

/**
 * The stem of `word` and, when it ends in п/б/к/г, the same stem with the other member
 * of the pair: Kyrgyz writes п/к at the end of a word and б/г before a vowel suffix,
 * so a page may hold either spelling. The first element is always stemKyrgyz(word).
 *
 * @example
 * stemVariantsKyrgyz("китептин") // ["китеп", "китеб"]  (finds "китеби")
 * stemVariantsKyrgyz("тилегин")  // ["тилег", "тилек"]  (finds "тилектер")
 * stemVariantsKyrgyz("жыйындын") // ["жыйын"]
 */
export function stemVariantsKyrgyz(word: string): string[] {
  const stem = stemKyrgyz(word);
  const base = stem.slice(stem.lastIndexOf("-") + 1);
  const last = base.at(-1);
  const swap = last === undefined ? undefined : ALTERNATION[last];
  if (swap === undefined || base.length < MIN_STEM_LENGTH || !CYRILLIC_WORD.test(base)) return [stem];
  return [stem, stem.slice(0, -1) + swap];
}
