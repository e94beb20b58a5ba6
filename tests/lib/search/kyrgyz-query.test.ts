import { describe, expect, it } from "vitest";
import { MAX_QUERY_VARIANTS, kyrgyzQueryVariants } from "../../../scripts/lib/search/kyrgyz-query.ts";
import { foldedWords } from "../../../scripts/lib/search/kyrgyz-fold.ts";
import type { KyrgyzPair } from "./kyrgyz-pairs.ts";
import { kyrgyzFoldKnownFalsePositives, kyrgyzFoldTraps, kyrgyzFoldedPairs, kyrgyzLatinPairs } from "./kyrgyz-pairs.ts";

describe("kyrgyzQueryVariants", () => {
  const cases = [
    { query: "жыйындын", out: ["жыйындын", "жыйын"] },
    { query: "  Жыйындын   токтому ", out: ["Жыйындын токтому", "жыйын токтом"] },
    { query: "жыйын", out: ["жыйын"] },
    { query: "мектептин", out: ["мектептин", "мектеп", "мектеб"] },
    {
      query: "мектептин китеби",
      out: ["мектептин китеби", "мектеп китеб", "мектеб китеб", "мектеп китеп", "мектеб китеп"],
    },
    { query: "таза суу", out: ["таза суу"] },
    { query: "жыйындын?", out: ["жыйындын?", "жыйын"] },
    { query: "2025-жылдагы отчеттор", out: ["2025-жылдагы отчеттор", "2025-жылдагы отчет"] },
    // Folded: the stem with ө/ү/ң as о/у/н, for pages typed without Kyrgyz letters.
    { query: "көпүрөлөрдүн", out: ["көпүрөлөрдүн", "көпүрө", "копуро"] },
    { query: "  Көпүрөнүн   оңдоо ", out: ["Көпүрөнүн оңдоо", "көпүрө оңдоо", "копуро ондоо"] },
    { query: "айыл өкмөтү", out: ["айыл өкмөтү", "айыл өкмөт", "айыл окмот"] },
    // A twin root (көл lake / кол hand) and short words are never folded.
    { query: "көлдүн", out: ["көлдүн"] },
    { query: "үй", out: ["үй"] },
    // Typed without Kyrgyz letters: the index holds the folded spellings, no variant is needed.
    { query: "копуронун", out: ["копуронун", "копуро"] },
    // Latin letters: written in Cyrillic (Kyrgyz letters folded), then stemmed.
    { query: "ayil okmotu", out: ["ayil okmotu", "айыл окмот"] },
    { query: "jyiyndyn", out: ["jyiyndyn", "жыйын"] },
    { query: "Ak-Terek", out: ["Ak-Terek", "ак-терек", "ак-терег"] },
    // English stays first as typed; its Cyrillic reading costs one more search that finds nothing.
    { query: "report 2025", out: ["report 2025", "репорт 2025"] },
    { query: "   ", out: [] },
  ] as const;

  it.each(cases)("$query", ({ query, out }) => {
    expect(kyrgyzQueryVariants(query)).toEqual(out);
  });

  it("returns at most MAX_QUERY_VARIANTS strings, the original first", () => {
    const query = "мектептин китебин арыгын тилегин";
    const variants = kyrgyzQueryVariants(query);
    expect(variants).toHaveLength(MAX_QUERY_VARIANTS);
    expect(variants[0]).toBe(query);
    expect(new Set(variants).size).toBe(variants.length);
  });
});

/**
 * Pagefind's matching, modelled with the index this project writes: a page is found when every
 * word of a query is a prefix of one of its tokens. Tokens are the words of the text (a
 * hyphenated word also as its parts and joined, as Pagefind indexes compounds) and, after this
 * change, the folded words the index adds after the text (foldedWords, the function the index
 * uses). BEFORE: the query as typed against the text only, as Pagefind does out of the box.
 * AFTER: every kyrgyzQueryVariants() string against the text and its folded words.
 */
function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .split(/\s+/)
    .filter((w) => w !== "")
    .flatMap((w) => [w.replace(/-/g, ""), ...w.split("-")]);
}

function found(variants: readonly string[], pageTokens: readonly string[]): boolean {
  return variants.some((variant) => tokens(variant).every((word) => pageTokens.some((t) => t.startsWith(word))));
}

function foundBefore(pair: KyrgyzPair): boolean {
  return found([pair.query], tokens(pair.target));
}

function foundAfter(pair: KyrgyzPair): boolean {
  return found(kyrgyzQueryVariants(pair.query), [...tokens(pair.target), ...tokens(foldedWords(pair.target))]);
}

function measure(name: string, pairs: readonly KyrgyzPair[]): { before: number; after: number } {
  const before = pairs.filter(foundBefore).length / pairs.length;
  const after = pairs.filter(foundAfter).length / pairs.length;
  const missed = pairs.filter((p) => !foundAfter(p)).map((p) => `${p.query}→${p.target}`);
  console.log(
    `${name}: ${pairs.length} pairs; found before ${(before * 100).toFixed(1)}%, after ${(after * 100).toFixed(1)}%; ` +
      `missed after: ${missed.join(", ") || "none"}`,
  );
  return { before, after };
}

describe("folded and Latin-typed query/target pairs (Pagefind prefix matching, modelled)", () => {
  it("has the table sizes the measurement claims", () => {
    expect(kyrgyzFoldedPairs.length + kyrgyzLatinPairs.length).toBeGreaterThanOrEqual(40);
    expect(kyrgyzFoldTraps.length).toBeGreaterThanOrEqual(15);
  });

  it("queries typed with о/у/н find the Kyrgyz spelling, and the other way round", () => {
    const { before, after } = measure("Folded pairs", kyrgyzFoldedPairs);
    expect(after).toBeGreaterThanOrEqual(0.9);
    expect(before).toBeLessThan(0.1);
  });

  it("queries typed in Latin letters find the Kyrgyz words", () => {
    const { before, after } = measure("Latin pairs", kyrgyzLatinPairs);
    expect(after).toBeGreaterThanOrEqual(0.9);
    expect(before).toBe(0);
  });

  it.each(kyrgyzFoldTraps)("trap: $query does not reach $target ($note)", (pair) => {
    expect(foundAfter(pair)).toBe(false);
  });

  it.each(kyrgyzFoldKnownFalsePositives)("known false positive: $query reaches $target ($note)", (pair) => {
    expect(foundAfter(pair)).toBe(true);
  });
});
