import { describe, expect, it } from "vitest";
import { locateEntry, validateEntry } from "../../../scripts/lib/validate/entry-file.ts";

const TODAY = "2026-11-25";

/** Lines joined with "\n"; file line N is `lines[N - 1]`. */
const file = (...lines: string[]) => `${lines.join("\n")}\n`;

describe("the error line is the line of the key in the file", () => {
  const cases = [
    {
      name: "negative reach on line 5",
      path: "ru/reports/2026-10.md",
      source: file("---", "title: Отчёт", "date: 2026-11-20", "period: 2026-10", "reach: -5", "---", "Текст"),
      expected: [[5, "reach"]],
    },
    {
      name: "unknown key on line 6",
      path: "ky/meetings/2026-08-14-jyiyn.md",
      source: file("---", "title: Жыйын", "date: 2026-08-14", "kind: gathering", "place: Клуб", "atendance: 80", "attendance: 80", "---"),
      expected: [[6, "atendance"]],
    },
    {
      name: "impossible date on line 3",
      path: "ru/posts/x.md",
      source: file("---", "title: Новость", "date: 2026-02-30", "---"),
      expected: [[3, "date"]],
    },
    {
      name: "women on line 7 exceed attendance",
      path: "ru/meetings/x.md",
      source: file("---", "title: Сход", "date: 2026-08-14", "kind: gathering", "place: Клуб", "attendance: 10", "women: 11", "---"),
      expected: [[7, "women"]],
    },
    {
      name: "a comment and blank lines do not shift the count",
      path: "ru/events/x.md",
      source: file("---", "# Объявление", "title: Слушания", "", "date: 2026-12-10", "kind: hearing", "place: Зал", "", "time: \"25:00\"", "---"),
      expected: [[9, "time"]],
    },
    {
      name: "a multi-line summary before the error",
      path: "ru/posts/x.md",
      source: file("---", "title: Новость", "summary: >", "  Первая строка", "  вторая строка", "date: 2026-13-01", "---"),
      expected: [[6, "date"]],
    },
    {
      name: "an error inside a list points at the list item",
      path: "ru/surveys/x.md",
      source: file("---", "title: Опрос", "date: 2026-10-01", "kind: report", "presented_to:", "  - council", "  - mayor", "---"),
      expected: [[7, "presented_to.1"]],
    },
    {
      name: "an unknown key inside an attachment points at that key",
      path: "ru/posts/x.md",
      source: file("---", "title: Новость", "date: 2026-10-01", "attachments:", "  - file: a.pdf", "    title: A", "    size: 3", "---"),
      expected: [[7, "size"]],
    },
    {
      name: "every error of the file at once, in line order",
      path: "ru/meetings/x.md",
      source: file(
        "---",
        "title: Сход",
        "date: 2026-02-30",
        "kind: сход",
        "place: Клуб",
        "attendance: -3",
        "youth: 5",
        "agenda: одна строка",
        "reech: 100",
        "---",
      ),
      expected: [
        [3, "date"],
        [4, "kind"],
        [6, "attendance"],
        [8, "agenda"],
        [9, "reech"],
      ],
    },
  ] as const;

  it.each(cases)("$name", ({ path, source, expected }) => {
    const { entry, problems } = validateEntry(path, source, TODAY);
    expect(entry).toBeUndefined();
    expect(problems.map((p) => [p.line, p.key])).toEqual(expected);
    for (const p of problems) {
      expect(p.severity).toBe("error");
      expect(p.file).toBe(path);
    }
  });

  it("a missing required key is reported too, with every other problem", () => {
    const source = file("---", "title: Сход", "date: 2026-08-14", "kind: gathering", "attendance: 10", "women: 50", "---");
    const { problems } = validateEntry("ru/meetings/x.md", source, TODAY);
    expect(problems.map((p) => p.key).sort()).toEqual(["place", "women"]);
    expect(problems.find((p) => p.key === "women")?.line).toBe(6);
    expect(problems.find((p) => p.key === "place")?.message.ru).toMatch(/Нет обязательного поля «place»/);
  });

  it("a key missing inside an attachment points at that attachment, not at line 1", () => {
    const source = file("---", "title: Новость", "date: 2026-10-01", "attachments:", "  - fiel: minutes/a.pdf", "    title: Протокол", "---");
    const { problems } = validateEntry("ru/posts/x.md", source, TODAY);
    const missingFile = problems.find((p) => p.key === "attachments.0.file");
    expect(missingFile).toBeDefined();
    expect(missingFile!.line).toBe(5);
  });
});

describe("YAML syntax errors name their line", () => {
  const cases = [
    { name: "unclosed quote", source: file("---", "title: Новость", "date: 2026-11-05", 'summary: "не закрыта', "reach: 3", "---"), line: 5 },
    { name: "bad indentation", source: file("---", "title: Новость", "date: 2026-11-05", "  reach: 3", "---"), line: 3 },
    { name: "unclosed flow list", source: file("---", "title: Новость", "date: [2026", "---"), line: 3 },
    { name: "duplicate key", source: file("---", "title: А", "date: 2026-11-05", "reach: 1", "title: Б", "---"), line: 5 },
  ] as const;

  it.each(cases)("$name → line $line", ({ source, line }) => {
    const { entry, problems } = validateEntry("ru/posts/x.md", source, TODAY);
    expect(entry).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(line);
    expect(problems[0]!.message.ru).toMatch(/YAML/);
    expect(problems[0]!.message.ky).toMatch(/YAML/);
    expect(problems[0]!.message.ky).not.toBe(problems[0]!.message.ru);
  });

  it("a duplicate key says so in both languages", () => {
    const { problems } = validateEntry("ru/posts/x.md", file("---", "title: А", "date: 2026-11-05", "title: Б", "---"), TODAY);
    expect(problems[0]!.message.ru).toMatch(/ключ записан дважды/);
    expect(problems[0]!.message.ky).toMatch(/ачкыч эки жолу жазылган/);
  });
});

describe("files that are not entries", () => {
  const cases = [
    { name: "no front matter", source: file("title: Новость", "date: 2026-11-05", "", "Текст"), ru: /начинаться со строки «---»/, ky: /«---» сабы менен/ },
    { name: "an empty file", source: "", ru: /начинаться со строки «---»/, ky: /«---» сабы менен/ },
    { name: "text before the front matter", source: file("Новость", "---", "title: А", "---"), ru: /начинаться со строки «---»/, ky: /«---»/ },
    { name: "a list instead of fields", source: file("---", "- a", "- b", "---"), ru: /название: значение/, ky: /аталышы: мааниси/ },
    { name: "plain text instead of fields", source: file("---", "просто текст", "---"), ru: /название: значение/, ky: /аталышы: мааниси/ },
  ] as const;

  it.each(cases)("$name → line 1, bilingual", ({ source, ru, ky }) => {
    const { entry, problems } = validateEntry("ru/posts/x.md", source, TODAY);
    expect(entry).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "error", file: "ru/posts/x.md", line: 1 });
    expect(problems[0]!.message.ru).toMatch(ru);
    expect(problems[0]!.message.ky).toMatch(ky);
  });

  it("empty front matter reports each missing required key", () => {
    const { problems } = validateEntry("ru/posts/x.md", file("---", "---", "Текст"), TODAY);
    expect(problems.map((p) => p.key).sort()).toEqual(["date", "title"]);
  });
});

describe("the place of a file says its language, type and slug", () => {
  const good = [
    ["ru/reports/2026-10.md", { lang: "ru", type: "reports", slug: "2026-10" }],
    ["ky/meetings/2026-08-14-jyiyn-kopuro.md", { lang: "ky", type: "meetings", slug: "2026-08-14-jyiyn-kopuro" }],
    ["ky/tos/borbor.md", { lang: "ky", type: "tos", slug: "borbor" }],
  ] as const;

  it.each(good)("%s", (path, location) => {
    expect(locateEntry(path)).toEqual({ location });
  });

  const bad = [
    { path: "en/posts/x.md", ru: /Папка «en» не является языком/, ky: /«en» папкасы сайттын тили эмес/ },
    { path: "kg/posts/x.md", ru: /«kg»/, ky: /«kg»/ },
    { path: "ru/news/x.md", ru: /Папка «news» не является разделом.*posts.*surveys/, ky: /«news» папкасы сайттын бөлүмү эмес/ },
    { path: "ru/report/x.md", ru: /«report»/, ky: /«report»/ },
    { path: "ru/x.md", ru: /content\/<язык>\/<раздел>\//, ky: /content\/<тил>\/<бөлүм>\// },
    { path: "ru/posts/2026/x.md", ru: /content\/<язык>\/<раздел>\//, ky: /content\/<тил>\/<бөлүм>\// },
  ] as const;

  it.each(bad)("$path is refused", ({ path, ru, ky }) => {
    const { entry, problems } = validateEntry(path, file("---", "title: А", "date: 2026-11-05", "---"), TODAY);
    expect(entry).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "error", file: path, line: 1 });
    expect(problems[0]!.message.ru).toMatch(ru);
    expect(problems[0]!.message.ky).toMatch(ky);
  });

  const slugs = [
    { name: "Жыйындын протоколу.md", suggestion: "jyyyndyn-protokolu.md" },
    { name: "Өнүгүү планы.md", suggestion: "onuguu-plany.md" },
    { name: "Жаңы көпүрө 2026.md", suggestion: "jangy-kopuro-2026.md" },
    { name: "отчёт-октябрь.md", suggestion: "otchyot-oktyabr.md" },
    { name: "Щедрый_ёж.md", suggestion: "shchedryy-yoj.md" },
    { name: "My_File.md", suggestion: "my-file.md" },
    { name: "2026-10 report.md", suggestion: "2026-10-report.md" },
    { name: "-start.md", suggestion: "start.md" },
  ] as const;

  it.each(slugs)("file name «$name» is refused with the Latin suggestion «$suggestion»", ({ name, suggestion }) => {
    const path = `ky/posts/${name}`;
    const { entry, problems } = validateEntry(path, file("---", "title: А", "date: 2026-11-05", "---"), TODAY);
    expect(entry).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "error", file: path, line: 1 });
    expect(problems[0]!.message.ru).toContain(`«${name}»`);
    expect(problems[0]!.message.ru).toContain(`«${suggestion}»`);
    expect(problems[0]!.message.ky).toContain(`«${suggestion}»`);
    expect(suggestion).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.md$/);
  });
});

describe("state: live, scheduled (with an info problem), draft", () => {
  const cases = [
    { name: "date today", fields: ["date: 2026-11-25"], state: "live", scheduled: null },
    { name: "date in the past", fields: ["date: 2026-10-01"], state: "live", scheduled: null },
    { name: "date tomorrow", fields: ["date: 2026-11-26"], state: "scheduled", scheduled: { day: "2026-11-26", line: 3 } },
    { name: "publish today", fields: ["date: 2026-11-20", "publish: 2026-11-25"], state: "live", scheduled: null },
    { name: "publish later", fields: ["date: 2026-11-20", "publish: 2026-12-01"], state: "scheduled", scheduled: { day: "2026-12-01", line: 4 } },
    { name: "future event announced now", fields: ["date: 2026-12-10", "publish: 2026-11-20"], state: "live", scheduled: null },
    { name: "draft in the past", fields: ["date: 2026-10-01", "draft: true"], state: "draft", scheduled: null },
    { name: "draft in the future", fields: ["date: 2026-12-01", "draft: true"], state: "draft", scheduled: null },
    { name: "draft: false is live", fields: ["date: 2026-10-01", "draft: false"], state: "live", scheduled: null },
  ] as const;

  it.each(cases)("$name → $state", ({ fields, state, scheduled }) => {
    const { entry, problems } = validateEntry("ru/posts/x.md", file("---", "title: Новость", ...fields, "---", "Текст"), TODAY);
    expect(entry?.state).toBe(state);
    if (!scheduled) {
      expect(problems).toEqual([]);
      return;
    }
    expect(problems).toHaveLength(1);
    const [info] = problems;
    expect(info).toMatchObject({ severity: "info", file: "ru/posts/x.md", line: scheduled.line });
    expect(`${info!.message.ru} ${info!.message.ky}`).toContain(`scheduled for ${scheduled.day}`);
    expect(info!.message.ru).toContain(`запланировано на ${scheduled.day}`);
    expect(info!.message.ky).toContain(`${scheduled.day} күнүнө пландалган`);
  });

  it("publish defaults to date; the entry knows its key and URL", () => {
    const { entry } = validateEntry("ky/reports/2026-10.md", file("---", "title: Отчет", "date: 2026-11-20", "period: 2026-10", "---", "Текст"), TODAY);
    expect(entry).toMatchObject({
      lang: "ky",
      type: "reports",
      slug: "2026-10",
      key: "reports/2026-10",
      inputPath: "ky/reports/2026-10.md",
      url: "/ky/reports/2026-10/",
      date: "2026-11-20",
      publish: "2026-11-20",
      state: "live",
    });
    expect(entry!.data).toMatchObject({ title: "Отчет", period: "2026-10" });
    expect(entry!.body).toBe("Текст\n");
  });

  it("bodyLine is the file line where the body starts", () => {
    const { entry } = validateEntry("ru/posts/x.md", file("---", "title: Новость", "date: 2026-11-05", "---", "Первая строка текста"), TODAY);
    // line 1 ---, 2 title, 3 date, 4 ---, 5 the body
    expect(entry!.bodyLine).toBe(5);
  });

  it("an event at 18:00 keeps its time as text (YAML 1.1 would make it 1080)", () => {
    const { entry } = validateEntry("ru/events/x.md", file("---", "title: Сход", "date: 2026-12-10", "kind: gathering", "place: Клуб", "time: 18:00", "---"), TODAY);
    expect(entry?.data).toMatchObject({ time: "18:00", date: "2026-12-10" });
  });
});

describe("Windows line endings and a byte-order mark", () => {
  const crlf = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;
  const cases = [
    { name: "CRLF", source: crlf("---", "title: Новость", "date: 2026-11-05", "reach: 30", "---", "Текст") },
    { name: "CRLF, date last", source: crlf("---", "title: Новость", "reach: 30", "date: 2026-11-05", "---", "Текст") },
    { name: "BOM", source: `\uFEFF${file("---", "title: Новость", "date: 2026-11-05", "reach: 30", "---", "Текст")}` },
    { name: "BOM + CRLF", source: `\uFEFF${crlf("---", "title: Новость", "date: 2026-11-05", "reach: 30", "---", "Текст")}` },
    { name: "CRLF, no final newline", source: ["---", "title: Новость", "date: 2026-11-05", "reach: 30", "---", "Текст"].join("\r\n") },
  ] as const;

  it.each(cases)("$name: parses to the same clean values", ({ source }) => {
    const { entry, problems } = validateEntry("ru/posts/x.md", source, TODAY);
    expect(problems).toEqual([]);
    expect(entry?.data).toEqual({ title: "Новость", date: "2026-11-05", reach: 30 });
    expect(entry?.state).toBe("live");
  });

  const errors = [
    { name: "CRLF: error on the last key", source: crlf("---", "title: Новость", "date: 2026-11-05", "reach: -1", "---"), line: 4, ru: /не меньше 0/ },
    { name: "CRLF: error on a middle key", source: crlf("---", "title: Новость", "date: 2026-02-30", "reach: 1", "---"), line: 3, ru: /нет в календаре/ },
    { name: "BOM + CRLF: unknown key", source: `\uFEFF${crlf("---", "title: Новость", "date: 2026-11-05", "reech: 3", "---")}`, line: 4, ru: /«reach»/ },
  ] as const;

  it.each(errors)("$name → line $line", ({ source, line, ru }) => {
    const { problems } = validateEntry("ru/posts/x.md", source, TODAY);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(line);
    expect(problems[0]!.message.ru).toMatch(ru);
  });
});

describe("odd input gets a message that says what to do", () => {
  const bomb = [
    "---",
    "title: Жаңылык",
    "date: 2026-11-20",
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
    "---",
  ];
  const cases = [
    { name: "an alias bomb is this file's error, on the first alias", source: file(...bomb), line: 5, ru: "слишком много ссылок", ky: "шилтемелер өтө көп" },
    { name: "front matter never closed: the closing --- is missing", source: file("---", "title: Жыйын", "date: 2026-11-20", "", "Бүгүн жыйын болду."), line: 1, ru: "нет второй строки «---»", ky: "экинчи «---» сабы жок" },
    { name: "never closed, prose that looks like a field", source: file("---", "title: Жыйын", "date: 2026-11-20", "Бүгүн: жыйын болду."), line: 1, ru: "нет второй строки «---»", ky: "экинчи «---» сабы жок" },
    { name: "a number in quotes: remove the quotes", source: file("---", "title: Жыйын", "date: 2026-05-14", "kind: gathering", "place: Клуб", 'attendance: "120"', "---"), line: 6, ru: "уберите кавычки, «attendance: 120»", ky: "тырмакчаларды алып салыңыз, «attendance: 120»" },
    { name: "a number in single quotes", source: file("---", "title: Жыйын", "date: 2026-05-14", "kind: gathering", "place: Клуб", "attendance: '120 '", "---"), line: 6, ru: "уберите кавычки, «attendance: 120»", ky: "«attendance: 120»" },
    { name: "digit groups with spaces: write without them", source: file("---", "title: Долбоор", "date: 2026-05-14", "status: proposed", 'budget: "1 250 000"', "---"), line: 5, ru: "без пробелов и кавычек: «budget: 1250000»", ky: "«budget: 1250000»" },
    { name: "true in quotes", source: file("---", "title: Жаңылык", "date: 2026-05-14", 'draft: "true"', "---"), line: 4, ru: "без кавычек: «draft: true»", ky: "тырмакчасыз жазылат: «draft: true»" },
  ] as const;
  // The folder says the type: meetings need attendance, initiatives have a budget.
  const pathOf = (source: string) =>
    source.includes("status: proposed") ? "ky/initiatives/x.md" : source.includes("kind: gathering") ? "ky/meetings/x.md" : "ky/posts/x.md";

  it.each(cases)("$name", ({ source, line, ru, ky }) => {
    const { problems } = validateEntry(pathOf(source), source, TODAY);
    expect(problems.map((p) => [p.line, p.message.ru])).toContainEqual([line, expect.stringContaining(ru)]);
    expect(problems.find((p) => p.message.ru.includes(ru))!.message.ky).toContain(ky);
  });
});
