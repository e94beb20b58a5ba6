import { describe, expect, it } from "vitest";
import { MIN_FOLD_LENGTH, TWIN_ROOTS, foldKyrgyz, foldWordIfSafe, foldedWords, hasKyrgyzLetters, isFoldable } from "../../../scripts/lib/search/kyrgyz-fold.ts";

describe("foldKyrgyz: ө, ү, ң as residents without a Kyrgyz keyboard type them", () => {
  const cases = [
    { text: "Көпүрө", out: "копуро" },
    { text: "КЕҢЕШ", out: "кенеш" },
    { text: "айыл өкмөтү", out: "айыл окмоту" },
    { text: "бюджет", out: "бюджет" },
    { text: "отчёт", out: "отчёт", why: "ё is Pagefind's to fold" },
  ] as const;
  it.each(cases)("$text -> $out", ({ text, out }) => {
    expect(foldKyrgyz(text)).toBe(out);
    expect(hasKyrgyzLetters(out)).toBe(false);
  });
});

describe("isFoldable: only where folding cannot join two different words", () => {
  const cases = [
    { word: "көпүрө", out: true },
    { word: "Көпүрөнүн", out: true },
    { word: "өкмөтү", out: true },
    { word: "бөлүм", out: true, why: "бөл is not a twin root" },
    { word: "жөнүндө", out: true, why: "жон (ridge) is too rare to keep жөнүндө from folding" },
    { word: "көлөмү", out: true, why: "көлөм + ү, not көл + …" },
    { word: "бюджет", out: false, why: "nothing to fold" },
    { word: "көл", out: false, why: `shorter than ${MIN_FOLD_LENGTH} letters` },
    { word: "үчүн", out: false, why: "үч + ү + н: a twin root" },
    { word: "көлдүн", out: false, why: "көл + дүн: of the lake, folded of the hand" },
    { word: "үйлөрдө", out: false, why: "үй + лөр + дө: houses, folded cows" },
    { word: "бүтүн", out: false, why: "бүт + ү + н: whole, folded his leg" },
    { word: "төөлөр", out: false, why: "camels, folded mountains" },
  ] as const;
  it.each(cases)("$word -> $out", ({ word, out }) => {
    expect(isFoldable(word)).toBe(out);
  });

  it("every twin root is a short word with a Kyrgyz letter whose folded spelling differs", () => {
    for (const root of TWIN_ROOTS) {
      expect(root.length, root).toBeLessThan(MIN_FOLD_LENGTH);
      expect(hasKyrgyzLetters(root), root).toBe(true);
    }
  });
});

describe("foldWordIfSafe: each hyphenated part on its own", () => {
  const cases = [
    { word: "Таш-Көпүрөдөгү", out: "таш-копуродогу" },
    { word: "үй-бүлө", out: "үй-було" },
    { word: "көлдүн", out: "көлдүн" },
  ] as const;
  it.each(cases)("$word -> $out", ({ word, out }) => {
    expect(foldWordIfSafe(word)).toBe(out);
  });
});

describe("foldedWords: the folded words that follow a Kyrgyz record's text in the index", () => {
  const cases = [
    {
      name: "every changed word in order, repeats kept; unchangeable and twin words left out",
      text: "Таш-Көпүрөдөгү көпүрөнү оңдоо. Көпүрөнү! Көлдүн жээги, бюджет.",
      out: "таш-копуродогу копурону ондоо копурону",
    },
    { name: "a compound with a twin part gives only its folded parts", text: "үй-бүлөлөргө жардам", out: "булолорго" },
    { name: "Latin look-alikes inside a Cyrillic word are read as Cyrillic first", text: "Кеңeш", out: "кенеш" },
    { name: "nothing to fold", text: "Айыл аймагынын бюджети", out: "" },
  ] as const;
  it.each(cases)("$name", ({ text, out }) => {
    expect(foldedWords(text)).toBe(out);
  });
});
