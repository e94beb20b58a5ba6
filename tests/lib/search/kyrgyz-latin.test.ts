import { describe, expect, it } from "vitest";
import { isLatinWord, latinToKyrgyz } from "../../../scripts/lib/search/kyrgyz-latin.ts";

describe("latinToKyrgyz: Kyrgyz typed in Latin letters, in Cyrillic with Kyrgyz letters folded", () => {
  const cases = [
    { latin: "jyiyn", out: "жыйын", why: "j = ж; y = ы after a consonant; i = й after a vowel" },
    { latin: "zhyiyn", out: "жыйын", why: "zh = ж" },
    { latin: "ayil", out: "айыл", why: "y = й after a vowel; i after й follows vowel harmony" },
    { latin: "aiyl", out: "айыл", why: "the official English spelling" },
    { latin: "okmotu", out: "окмоту", why: "ө typed as o: the index answers the folded spelling" },
    { latin: "köpürö", out: "копуро", why: "Turkic Latin letters" },
    { latin: "kengesh", out: "кенеш", why: "ng = ң, folded" },
    { latin: "chogulush", out: "чогулуш" },
    { latin: "eldik", out: "элдик", why: "e = э at the start of a word" },
    { latin: "ayak", out: "аяк", why: "ya = я" },
    { latin: "uyum", out: "уюм", why: "yu = ю" },
    { latin: "mayram", out: "майрам" },
    { latin: "kyrgyz", out: "кыргыз" },
    { latin: "bilim", out: "билим", why: "i = и by default" },
    { latin: "informatsiya", out: "информация", why: "loans ignore vowel harmony" },
    { latin: "budjet", out: "бюджет", why: "a loan whose Latin spelling lost ю" },
    { latin: "budjettin", out: "бюджеттин" },
    { latin: "O'zgoruu", out: "озгоруу", why: "apostrophes dropped" },
  ] as const;
  it.each(cases)("$latin -> $out", ({ latin, out }) => {
    expect(latinToKyrgyz(latin)).toBe(out);
  });
});

describe("isLatinWord", () => {
  const cases = [
    { word: "kopuro", out: true },
    { word: "KÖPÜRÖ", out: true },
    { word: "көпүрө", out: false },
    { word: "2025", out: false },
    { word: "wifiдын", out: false },
  ] as const;
  it.each(cases)("$word -> $out", ({ word, out }) => {
    expect(isLatinWord(word)).toBe(out);
  });
});
