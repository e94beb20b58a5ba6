import { describe, expect, it } from "vitest";
import { findNameList, namesInLine } from "../../../scripts/lib/guards/personal-names.ts";

describe("namesInLine", () => {
  const cases = [
    { line: "Асанов Бакыт Токтогулович", names: ["Асанов Бакыт Токтогулович"] },
    { line: "Бакыт Токтогулович открыл собрание", names: ["Бакыт Токтогулович"] },
    { line: "Асанова Айгүл Сергеевна", names: ["Асанова Айгүл Сергеевна"] },
    { line: "Бакыт Токтогул уулу", names: ["Бакыт Токтогул уулу"] },
    { line: "Токтогул кызы Айгүл", names: ["Токтогул кызы Айгүл"] },
    { line: "Асанова Б.Т.", names: ["Асанова Б.Т."] },
    { line: "Б. Т. Асанова", names: ["Б. Т. Асанова"] },
    { line: "Бейшеналы А.Т.", names: ["Бейшеналы А.Т."] },
    { line: "Бакыт Асанов", names: ["Бакыт Асанов"] },
    { line: "Сариева Нургүл", names: ["Сариева Нургүл"] },
    { line: "Ильин Петр Ильич", names: ["Ильин Петр Ильич"] },
    { line: "Петрова Анна Ильинична", names: ["Петрова Анна Ильинична"] },
    {
      line: "Асанов Б.Т., Осмонова Г.К., Бакыт Токтогул уулу",
      names: ["Асанов Б.Т.", "Осмонова Г.К.", "Бакыт Токтогул уулу"],
    },
    { line: "| 3 | Маматов Кубат Асанович | Ленин көчөсү |", names: ["Маматов Кубат Асанович"] },
    { line: "Совет Депутатов утвердил бюджет", names: [] },
    { line: "Айыл өкмөтү жыйын өткөрдү, катышкандар: 120 адам.", names: [] },
    { line: "Жогорку Кеңеш, Кыргыз Республикасы, Ысык-Көл облусу", names: [] },
  ] as const;

  it.each(cases)("$line", ({ line, names }) => {
    expect(namesInLine(line)).toEqual(names);
  });
});

const attendanceList = [
  "## Катышкандар",
  "",
  "1. Асанов Бакыт Токтогулович",
  "2. Осмонова Гүлзат Кубановна",
  "3. Бакыт Токтогул уулу",
  "4. Айгүл Асан кызы",
  "5. Сариев А.Т.",
  "6. Маматова Н.",
].join("\n");

describe("findNameList: warns about lists", () => {
  const cases = [
    {
      name: "a numbered attendance list",
      text: attendanceList,
      line: 3,
      count: 6,
    },
    {
      name: "a comma-separated paragraph",
      text: "Жыйынга катышкандар: Асанов Б.Т., Осмонова Г.К., Токтогулов А.А., Сариева Н.Б., Маматов К.К. жана башкалар.",
      line: 1,
      count: 5,
    },
    {
      name: "a Markdown table",
      text: [
        "| № | Аты-жөнү | Көчө |",
        "|---|---|---|",
        "| 1 | Асанов Бакыт | Ленин |",
        "| 2 | Осмонова Гүлзат | Ленин |",
        "| 3 | Токтогулов Азамат | Манас |",
        "| 4 | Сариева Нургүл | Манас |",
        "| 5 | Маматов Кубат | Чүй |",
      ].join("\n"),
      line: 3,
      count: 5,
    },
    {
      name: "a bullet list with blank lines between items",
      text: "- Асанов Б.Т.\n\n- Осмонова Г.К.\n\n- Токтогулов А.А.\n\n- Сариева Н.Б.\n\n- Маматов К.К.",
      line: 1,
      count: 5,
    },
  ] as const;

  it.each(cases)("$name", ({ text, line, count }) => {
    const warning = findNameList(text);
    expect(warning?.line).toBe(line);
    expect(warning?.count).toBe(count);
    expect(warning?.names).toHaveLength(count);
  });

  it("offsets the line by firstLine and explains the fix in both languages", () => {
    const warning = findNameList(attendanceList, { firstLine: 8 });
    expect(warning?.line).toBe(10);
    expect(warning?.names.slice(0, 2)).toEqual(["Асанов Бакыт Токтогулович", "Осмонова Гүлзат Кубановна"]);
    expect(warning?.message.ru).toMatch(/6 имён.*№ 58.*attendance/s);
    expect(warning?.message.ky).toMatch(/6 адамдын.*№ 58.*attendance/s);
  });

  it("counts a repeated name once", () => {
    const text = "Асанов Б.Т., Асанов Б.Т., Осмонова Г.К., Токтогулов А.А., Сариева Н.Б.";
    expect(findNameList(text)).toBeNull();
    expect(findNameList(text, { threshold: 4 })?.count).toBe(4);
  });
});

describe("findNameList: no warning", () => {
  const cases = [
    { name: "no names at all", text: "Жыйынга 120 адам катышты, анын ичинде 45 аял.\n\nЧечим кабыл алынды." },
    { name: "four names (below the threshold)", text: "Асанов Б.Т.\nОсмонова Г.К.\nТоктогулов А.А.\nСариева Н.Б." },
    {
      name: "officials named far apart in the minutes",
      text: [
        "Жыйынды айыл өкмөтүнүн башчысы Асанов Б.Т. ачты.",
        "",
        "Күн тартиби бекитилди.",
        "",
        "Биринчи маселе боюнча Осмонова Г.К. баяндама жасады.",
        "",
        "Талкуу болду.",
        "",
        "Экинчи маселе боюнча депутат Токтогулов А.А. сүйлөдү.",
        "",
        "Добуш берүү: макул — 98, каршы — 2.",
        "",
        "Суроолорго Сариева Н.Б. жооп берди.",
        "",
        "Жыйынды Маматов К.К. жаап, катышкандарга ыраазычылык билдирди.",
      ].join("\n"),
    },
    {
      name: "Russian minutes without names",
      text: "Совет Депутатов рассмотрел вопрос.\nПрисутствовали: 45 жителей.\nРешение принято единогласно.",
    },
  ] as const;

  it.each(cases)("$name", ({ text }) => {
    expect(findNameList(text)).toBeNull();
  });

  it("honours a custom threshold", () => {
    expect(findNameList("Асанов Б.Т., Осмонова Г.К., Токтогулов А.А.", { threshold: 3 })?.count).toBe(3);
  });
});
