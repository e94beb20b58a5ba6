import { describe, expect, it } from "vitest";
import { findGarbledKyrgyz } from "../../../scripts/lib/guards/garbled-text.ts";

const words = (text: string) => findGarbledKyrgyz(text).map((f) => [f.word, f.suggestion]);

describe("findGarbledKyrgyz: garbled Kyrgyz words are caught with the right fix", () => {
  const cases = [
    { word: "къп\\р", fix: "көпүр" },
    { word: "ъкмът\\", fix: "өкмөтү" },
    { word: "жергиликт\\\\", fix: "жергиликтүү" },
    { word: "Кеёеш", fix: "Кеңеш" },
    { word: "жаёы", fix: "жаңы" },
    { word: "бъл\\м", fix: "бөлүм" },
    { word: "\\й", fix: "үй" },
    { word: "к\\н", fix: "күн" },
    { word: "ън\\г\\\\", fix: "өнүгүү" },
    { word: "къё\\л", fix: "көңүл" },
    { word: "миё", fix: "миң" },
    { word: "кеё", fix: "кең" },
    { word: "эё", fix: "эң" },
    { word: "теёге", fix: "теңге" },
    { word: "аёгеме", fix: "аңгеме" },
    { word: "маёдай", fix: "маңдай" },
    { word: "атыёыз", fix: "атыңыз" },
    { word: "коёшу", fix: "коңшу" },
    { word: "доёуз", fix: "доңуз" },
    { word: "чоё", fix: "чоң" },
    { word: "эёкейүү", fix: "эңкейүү" },
    { word: "търт", fix: "төрт" },
    { word: "съз", fix: "сөз" },
    { word: "м\\чъ", fix: "мүчө" },
    { word: "Ъзгън", fix: "Өзгөн" },
    { word: "Ч\\й", fix: "Чүй" },
    { word: "Ж\\Р\\\\", fix: "ЖҮРҮҮ" },
    { word: "Кыргызстaн", fix: "Кыргызстан" }, // Latin a
    { word: "Yй", fix: "Үй" }, // Latin Y
    { word: "жyз", fix: "жүз" }, // Latin y
    { word: "СOВЕТ", fix: "СОВЕТ" }, // Latin O
    { word: "Hарын", fix: "Нарын" }, // Latin H
  ] as const;

  it.each(cases)("$word → $fix", ({ word, fix }) => {
    expect(words(`Текст: ${word} бар.`)).toEqual([[word, fix]]);
  });
});

describe("findGarbledKyrgyz: correct Russian and Kyrgyz words are not flagged", () => {
  const cases = [
    "объявление",
    "ОБЪЯВЛЕНИЕ",
    "Объединение",
    "подъезд",
    "съёмка",
    "объём",
    "объёмный",
    "субъект",
    "изъян",
    "адъютант",
    "ещё",
    "её",
    "неё",
    "моё",
    "своё",
    "всё",
    "актёр",
    "ёлка",
    "даёт",
    "поёшь",
    "заём",
    "приёмная",
    "утаённый",
    "паёк",
    "Соловьёв",
    "актёрлор",
    "объектилер",
    "Коммерсантъ",
    "көпүрө",
    "боёлуп",
    "боёк",
    "боёо",
    "коёт",
    "Өкмөтү",
    "жергиликтүү",
    "Кеңеш",
    "Facebookтан",
    "WhatsApp-тан",
  ] as const;

  it.each(cases)("%s", (word) => {
    expect(findGarbledKyrgyz(`Текст: ${word} бар.`)).toEqual([]);
  });

  const contexts = [
    { name: "a Markdown escape", text: "\\*Эскертүү\\*: жыйын \\_эртең\\_" },
    { name: "a Markdown hard break at the end of a line", text: "Айыл өкмөтү\\\nКеңеш" },
    { name: "a Windows path", text: "Файл: C:\\Users\\Асан\\Документы\\отчёт.docx" },
    { name: "a YAML escape", text: 'summary: "Биринчи сап\\nЭкинчи сап"' },
    { name: "a URL", text: "https://kg.example/жаёы/\\й" },
  ] as const;

  it.each(contexts)("$name", ({ text }) => {
    expect(findGarbledKyrgyz(text)).toEqual([]);
  });
});

describe("findGarbledKyrgyz: positions and messages", () => {
  it("reports every broken word with 1-based line and column, offset by firstLine", () => {
    const text = "---\ntitle: Жыйын\n---\nАйыл ъкмът\\ жаёы къп\\р курду.\nОбъявление: ещё её актёр";
    const found = findGarbledKyrgyz(text, { firstLine: 5 });
    expect(found.map(({ line, column, word, suggestion }) => ({ line, column, word, suggestion }))).toEqual([
      { line: 8, column: 6, word: "ъкмът\\", suggestion: "өкмөтү" },
      { line: 8, column: 13, word: "жаёы", suggestion: "жаңы" },
      { line: 8, column: 18, word: "къп\\р", suggestion: "көпүр" },
    ]);
  });

  it("keeps a real ү after a line-final hard break out of the word", () => {
    expect(words("Жаңы ж\\р\\\\\\\nкийинки сап")).toEqual([["ж\\р\\\\", "жүрүү"]]);
  });

  const messages = [
    { text: "къп\\р", ru: /къп\\р.*8-битного.*«көпүр»/s, ky: /къп\\р.*8-биттик.*«көпүр»/s },
    { text: "Кыргызстaн", ru: /латинские.*\(a\).*«Кыргызстан»/s, ky: /латын.*\(a\).*«Кыргызстан»/s },
  ] as const;

  it.each(messages)("explains $text in both languages", ({ text, ru, ky }) => {
    const [finding] = findGarbledKyrgyz(text);
    expect(finding?.message.ru).toMatch(ru);
    expect(finding?.message.ky).toMatch(ky);
  });
});
