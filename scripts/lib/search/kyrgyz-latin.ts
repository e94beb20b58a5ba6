/**
 * Kyrgyz typed in Latin letters, as residents write it in chats ("jyiyn", "ayil okmotu",
 * "kopuro", "kengesh"), turned into Cyrillic for search. There is no one informal spelling, so
 * the table takes what is common and lets context decide the rest:
 *
 *   j, zh → ж   ch → ч   sh → ш   shch → щ   kh, h → х   ts → ц   ng → н (ң)   q → к   w, v → в
 *   ya → я   yu → ю   yo → ё   ö, oe → о (ө)   ü, ue → у (ү)   ı → ы   ç → ч   ş → ш
 *   y → й after a vowel ("ay", "ayil" → айыл); ы otherwise ("kyrgyz", "jyiyn": ж-ы-й-ы-н)
 *   i → й after a vowel ("aiyl", "jyiyn"); after й it follows vowel harmony ("ayil" → айыл);
 *       и otherwise ("bilim", and loans that ignore harmony: "mugalim", "informatsiya")
 *   e → э at the start of a word ("eldik" → элдик), е elsewhere
 *
 * Kyrgyz letters come out folded (ө as о, ү as у, ң as н): the index answers plain letters for
 * both spellings (search/kyrgyz-fold.ts), so "kopuro" finds "көпүрө" without guessing which о
 * was an ө.
 */

const VOWELS = new Set([..."аеёиоуыэюяөү"]);
const BACK_VOWELS = new Set([..."аоуыяё"]);

/** Letter groups read before single letters, longest first. */
const GROUPS: readonly (readonly [string, string])[] = [
  ["shch", "щ"],
  ["sh", "ш"],
  ["ch", "ч"],
  ["zh", "ж"],
  ["kh", "х"],
  ["ts", "ц"],
  ["ng", "н"],
  ["oe", "о"],
  ["ue", "у"],
  ["ya", "я"],
  ["yu", "ю"],
  ["yo", "ё"],
];

/** Loans whose usual Latin spelling loses a letter the rules cannot bring back. */
const WORDS: Readonly<Record<string, string>> = { budjet: "бюджет", budzhet: "бюджет", budget: "бюджет", biudjet: "бюджет" };

const SINGLE: Readonly<Record<string, string>> = {
  a: "а", b: "б", c: "с", d: "д", f: "ф", g: "г", h: "х", j: "ж", k: "к", l: "л", m: "м",
  n: "н", o: "о", p: "п", q: "к", r: "р", s: "с", t: "т", u: "у", v: "в", w: "в", x: "кс", z: "з",
  "ö": "о", "ü": "у", "ı": "ы", "ç": "ч", "ş": "ш", "ğ": "г", "ñ": "н", "ŋ": "н",
};

/** True for a word written only in Latin letters (ASCII or Turkic Latin), at least one. */
export function isLatinWord(word: string): boolean {
  return /^[a-zäöüıçşğñŋ']+$/i.test(word) && /[a-z]/i.test(word.normalize("NFD"));
}

/**
 * One Latin-typed Kyrgyz word in Cyrillic, Kyrgyz letters folded. Anything but Latin letters
 * (digits, Cyrillic) is kept as it is; apostrophes are dropped.
 *
 * @example
 * latinToKyrgyz("jyiyn")   // "жыйын"
 * latinToKyrgyz("ayil")    // "айыл"
 * latinToKyrgyz("okmotu")  // "окмоту"  (finds өкмөтү)
 * latinToKyrgyz("kengesh") // "кенеш"   (finds кеңеш)
 * latinToKyrgyz("eldik")   // "элдик"
 */
export function latinToKyrgyz(word: string): string {
  const src = word.toLowerCase().replace(/['’ʻ`]/g, "");
  const known = Object.keys(WORDS).find((latin) => src.startsWith(latin));
  if (known) return WORDS[known] + latinToKyrgyz(src.slice(known.length));
  let out = "";
  let i = 0;
  /** The nearest vowel already written, else the next Latin vowel ahead: it decides ы or и. */
  const harmonyIsBack = (from: number): boolean => {
    for (let k = out.length - 1; k >= 0; k--) if (VOWELS.has(out[k]!)) return BACK_VOWELS.has(out[k]!);
    for (let k = from + 1; k < src.length; k++) {
      const c = src[k]!;
      if ("aouyı".includes(c)) return true;
      if ("eiöü".includes(c)) return false;
    }
    return false;
  };
  while (i < src.length) {
    const ch = src[i]!;
    const prev = out.at(-1);
    const afterVowel = prev !== undefined && VOWELS.has(prev);
    if (ch === "y") {
      const group = GROUPS.find(([latin]) => latin.startsWith("y") && src.startsWith(latin, i));
      if (group) {
        out += group[1];
        i += 2;
        continue;
      }
      out += afterVowel ? "й" : "ы";
      i += 1;
      continue;
    }
    if (ch === "i") {
      out += afterVowel ? "й" : prev === "й" && harmonyIsBack(i) ? "ы" : "и";
      i += 1;
      continue;
    }
    if (ch === "e") {
      out += out === "" ? "э" : "е";
      i += 1;
      continue;
    }
    const group = GROUPS.find(([latin]) => src.startsWith(latin, i));
    if (group) {
      out += group[1];
      i += group[0].length;
      continue;
    }
    out += SINGLE[ch] ?? ch;
    i += 1;
  }
  return out;
}
