import { describe, expect, it } from "vitest";
import { MIN_STEM_LENGTH, inflectionStems, normalizeKyrgyz, stemKyrgyz, stemVariantsKyrgyz } from "../../../scripts/lib/search/kyrgyz-stem.ts";
import { kyrgyzQueryVariants } from "../../../scripts/lib/search/kyrgyz-query.ts";
import type { KyrgyzPair } from "./kyrgyz-pairs.ts";
import { kyrgyzKnownFalsePositives, kyrgyzNegativePairs, kyrgyzPositivePairs } from "./kyrgyz-pairs.ts";

describe("stemKyrgyz", () => {
  const cases = [
    // Bare words stay as they are (or lose only a suffix-shaped ending, see below).
    { word: "жыйын", stem: "жыйын" },
    { word: "көпүрө", stem: "көпүрө" },
    { word: "чогулуш", stem: "чогулуш" },
    { word: "кеңеш", stem: "кеңеш" },
    { word: "отчет", stem: "отчет" },
    { word: "токтом", stem: "токтом" },
    { word: "бюджет", stem: "бюджет" },
    { word: "мектеп", stem: "мектеп" },
    { word: "угуу", stem: "угуу" },
    { word: "сурамжылоо", stem: "сурамжылоо" },
    { word: "оорукана", stem: "оорукана" },
    { word: "бакча", stem: "бакча" },
    // Short words are never touched.
    { word: "жол", stem: "жол" },
    { word: "суу", stem: "суу" },
    { word: "иш", stem: "иш" },
    { word: "ай", stem: "ай" },
    { word: "айыл", stem: "айыл" },
    // Case.
    { word: "жыйындын", stem: "жыйын" },
    { word: "жыйынга", stem: "жыйын" },
    { word: "көпүрөнүн", stem: "көпүрө" },
    { word: "көпүрөнү", stem: "көпүрө" },
    { word: "чогулуштун", stem: "чогулуш" },
    { word: "чогулушту", stem: "чогулуш" },
    { word: "кеңешке", stem: "кеңеш" },
    { word: "бюджеттен", stem: "бюджет" },
    { word: "мектепте", stem: "мектеп" },
    { word: "ооруканада", stem: "оорукана" },
    { word: "сурамжылоонун", stem: "сурамжылоо" },
    { word: "угууга", stem: "угуу" },
    // Plural, possessive, and stacks of them.
    { word: "жыйындар", stem: "жыйын" },
    { word: "токтомдор", stem: "токтом" },
    { word: "отчету", stem: "отчет" },
    { word: "бюджети", stem: "бюджет" },
    { word: "демилгеси", stem: "демилге" },
    { word: "бакчасы", stem: "бакча" },
    { word: "айылын", stem: "айыл" },
    { word: "айылына", stem: "айыл" },
    { word: "айылындагы", stem: "айыл" },
    { word: "айылдарыбыздын", stem: "айыл" },
    { word: "кеңешинин", stem: "кеңеш" },
    { word: "отчетторду", stem: "отчет" },
    { word: "демилгелерди", stem: "демилге" },
    { word: "ооруканасынын", stem: "оорукана" },
    { word: "көпүрөсүнүн", stem: "көпүрө" },
    { word: "шаарыңыздын", stem: "шаар" },
    { word: "чогулушуңуздардын", stem: "чогулуш" },
    { word: "көчөлөрүбүздөгү", stem: "көчө" },
    // Consonant alternation: the surface stem is returned (variants add the other one).
    { word: "мектеби", stem: "мектеб" },
    { word: "мектебинде", stem: "мектеб" },
    { word: "арыгы", stem: "арыг" },
    { word: "тилеги", stem: "тилег" },
    // Short roots are not stemmed, and no longer stem is invented around them.
    { word: "жолдун", stem: "жолдун" },
    { word: "суунун", stem: "суунун" },
    { word: "жердин", stem: "жердин" },
    { word: "айдын", stem: "айдын" },
    // ...but a long-enough boundary of the same reading is used.
    { word: "жолдордун", stem: "жолдор" },
    { word: "иштерди", stem: "иштер" },
    { word: "балдарды", stem: "балдар" },
    // The minimum protects -ым/-им words whose "root" would be 3 letters.
    { word: "билимдин", stem: "билим" },
    { word: "чечимдин", stem: "чечим" },
    { word: "бөлүмдүн", stem: "бөлүм" },
    // Stems are search prefixes, not lemmas: a suffix-shaped ending may go.
    { word: "демилге", stem: "демил" },
    { word: "мугалим", stem: "мугал" },
    // Upper case, hyphens, and words that are not Cyrillic.
    { word: "Жыйындын", stem: "жыйын" },
    { word: "айыл-өкмөтүнүн", stem: "айыл-өкмөт" },
    { word: "report", stem: "report" },
    { word: "2025", stem: "2025" },
    { word: "wifiдын", stem: "wifiдын" },
  ] as const;

  it.each(cases)("$word -> $stem", ({ word, stem }) => {
    expect(stemKyrgyz(word)).toBe(stem);
  });

  it("never returns a stem shorter than the minimum from a longer word", () => {
    const words = [...kyrgyzPositivePairs, ...kyrgyzNegativePairs].flatMap((p) => [p.query, p.target]);
    for (const word of words) {
      const stem = stemKyrgyz(word);
      expect(word.startsWith(stem), `${word} -> ${stem}`).toBe(true);
      if (word.length >= MIN_STEM_LENGTH) expect(stem.length, `${word} -> ${stem}`).toBeGreaterThanOrEqual(MIN_STEM_LENGTH);
    }
  });
});

describe("inflectionStems: every stem a word reads as, shortest first", () => {
  const cases = [
    { word: "көлдүн", stems: ["көл", "көлд", "көлдүн"] },
    { word: "үйлөрдө", stems: ["үй", "үйлөр", "үйлөрдө"] },
    { word: "бүтүн", stems: ["бүт", "бүтүн"] },
    { word: "өнүгүү", stems: ["өнүгүү"] },
    { word: "Көпүрөнүн", stems: ["көпүрө", "көпүрөн", "көпүрөнүн"] },
    { word: "wifi", stems: ["wifi"] },
  ] as const;

  it.each(cases)("$word -> $stems", ({ word, stems }) => {
    expect(inflectionStems(word)).toEqual(stems);
  });
});

describe("stemVariantsKyrgyz", () => {
  const cases = [
    { word: "китептин", variants: ["китеп", "китеб"] },
    { word: "китеби", variants: ["китеб", "китеп"] },
    { word: "тилегин", variants: ["тилег", "тилек"] },
    { word: "арыктар", variants: ["арык", "арыг"] },
    { word: "жыйындын", variants: ["жыйын"] },
    { word: "топ", variants: ["топ"] },
  ] as const;

  it.each(cases)("$word -> $variants", ({ word, variants }) => {
    expect(stemVariantsKyrgyz(word)).toEqual(variants);
  });
});

describe("normalizeKyrgyz", () => {
  const cases = [
    { text: "КЕҢЕШ", out: "кеңеш" },
    { text: "Кеңeш", out: "кеңеш", why: "Latin e inside a Cyrillic word" },
    { text: "кеҥеш", out: "кеңеш", why: "ҥ typed for ң" },
    { text: "ағым", out: "агым", why: "Kazakh ғ" },
    { text: "WiFi", out: "wifi", why: "all-Latin word untouched" },
    { text: "отчёт", out: "отчёт", why: "ё left alone" },
  ] as const;

  it.each(cases)("$text -> $out", ({ text, out }) => {
    expect(normalizeKyrgyz(text)).toBe(out);
  });
});

/**
 * Pagefind's matching, modelled: a page word is found when a query word is a prefix of it.
 * BEFORE runs the query as typed; AFTER runs every kyrgyzQueryVariants() string.
 */
function foundBefore(pair: KyrgyzPair): boolean {
  return pair.target.toLowerCase().startsWith(pair.query.toLowerCase());
}

function foundAfter(pair: KyrgyzPair): boolean {
  const target = pair.target.toLowerCase();
  return kyrgyzQueryVariants(pair.query)
    .flatMap((variant) => variant.toLowerCase().split(" "))
    .some((word) => target.startsWith(word));
}

describe("query/target pairs (Pagefind prefix matching, modelled)", () => {
  it("has the table sizes the measurement claims", () => {
    expect(kyrgyzPositivePairs.length).toBeGreaterThanOrEqual(40);
    expect(kyrgyzNegativePairs.length).toBeGreaterThanOrEqual(10);
    for (const pair of kyrgyzPositivePairs) expect(pair.query, pair.target).not.toBe(pair.target);
  });

  it("finds at least 90% of the other forms, far more than the query alone", () => {
    const total = kyrgyzPositivePairs.length;
    const before = kyrgyzPositivePairs.filter(foundBefore).length / total;
    const after = kyrgyzPositivePairs.filter(foundAfter).length / total;
    const missed = kyrgyzPositivePairs.filter((p) => !foundAfter(p)).map((p) => `${p.query}→${p.target}`);
    console.log(
      `Kyrgyz pairs: ${total}; found before ${(before * 100).toFixed(1)}%, after ${(after * 100).toFixed(1)}%; ` +
        `missed after: ${missed.join(", ") || "none"}`,
    );
    expect(after).toBeGreaterThan(before);
    expect(after).toBeGreaterThanOrEqual(0.9);
    expect(before).toBeLessThanOrEqual(after / 2);
  });

  it.each(kyrgyzNegativePairs)("$query does not reach unrelated $target ($note)", (pair) => {
    expect(foundAfter(pair)).toBe(false);
  });

  it.each(kyrgyzKnownFalsePositives)("known false positive: $query reaches $target ($note)", (pair) => {
    expect(foundAfter(pair)).toBe(true);
  });
});
