import { describe, expect, it } from "vitest";
import { entryFacts, FACT_KEYS } from "../../../scripts/lib/model/facts.ts";
import { contentTypes } from "../../../scripts/lib/validate/schema.ts";

const NBSP = "\u00a0";

type Pairs = [string, string][];
const pairs = (facts: ReturnType<typeof entryFacts>): Pairs => facts.map((f) => [f.label, f.value]);

describe("entryFacts: the structured fields of each type, labelled, in reading order", () => {
  const cases: { type: (typeof contentTypes)[number]; data: Record<string, unknown>; ru: Pairs; ky: Pairs }[] = [
    {
      type: "meetings",
      data: { kind: "hearing", place: "Клуб", attendance: 1200, women: 54, youth: 41, agenda: ["x"], title: "T", date: "2026-01-01" },
      ru: [
        ["Вид", "Общественные слушания"],
        ["Место", "Клуб"],
        ["Участников", `1${NBSP}200`],
        ["Из них женщин", "54"],
        ["Из них молодёжи", "41"],
      ],
      ky: [
        ["Түрү", "Коомдук угуу"],
        ["Өткөн жери", "Клуб"],
        ["Катышкандар", `1${NBSP}200`],
        ["Анын ичинде аялдар", "54"],
        ["Анын ичинде жаштар", "41"],
      ],
    },
    {
      type: "reports",
      data: { period: "2026-10", reach: 2400 },
      ru: [
        ["Отчётный месяц", "октябрь 2026"],
        ["Охват, человек", `2${NBSP}400`],
      ],
      ky: [
        ["Отчеттук ай", "2026-жылдын октябры"],
        ["Маалымат жеткен адамдар", `2${NBSP}400`],
      ],
    },
    {
      type: "events",
      data: { kind: "gathering", time: "18:00", place: "Мектеп", status: "postponed" },
      ru: [
        ["Вид", "Сход граждан"],
        ["Время", "18:00"],
        ["Место", "Мектеп"],
        ["Статус", "Перенесено"],
      ],
      ky: [
        ["Түрү", "Элдик жыйын"],
        ["Убактысы", "18:00"],
        ["Жери", "Мектеп"],
        ["Абалы", "Жылдырылды"],
      ],
    },
    {
      type: "materials",
      data: { format: "leaflet", boards: 6 },
      ru: [
        ["Формат", "Листовка"],
        ["Досок объявлений", "6"],
      ],
      ky: [
        ["Түрү", "Баракча"],
        ["Маалымат такталары", "6"],
      ],
    },
    {
      type: "acts",
      data: { number: "24/3", status: "adopted", mandate: "Суу" },
      ru: [
        ["Номер", "24/3"],
        ["Статус", "Принят"],
        ["Наказ избирателей", "Суу"],
      ],
      ky: [
        ["Номери", "24/3"],
        ["Абалы", "Кабыл алынды"],
        ["Шайлоочулардын наказы", "Суу"],
      ],
    },
    {
      type: "surveys",
      data: { kind: "report", responses: 214, presented_to: ["council", "hearing"] },
      ru: [
        ["Вид", "Отчёт по опросу"],
        ["Заполненных анкет", "214"],
        ["Кому представлен", "Местный кенеш, Общественные слушания"],
      ],
      ky: [
        ["Түрү", "Сурамжылоонун отчету"],
        ["Толтурулган анкеталар", "214"],
        ["Кимге тааныштырылды", "Жергиликтүү кеңеш, Коомдук угуу"],
      ],
    },
    {
      type: "tos",
      // status left out: the shared Russian labels agree with «инициатива» (feminine), not «проект ТОС»
      data: { group: "«Борбор»", budget: 150000 },
      ru: [
        ["ТОС", "«Борбор»"],
        ["Бюджет, сом", `150${NBSP}000`],
      ],
      ky: [
        ["АКӨБ", "«Борбор»"],
        ["Бюджети, сом", `150${NBSP}000`],
      ],
    },
    { type: "posts", data: {}, ru: [], ky: [] },
    { type: "mailings", data: { recipients: 0 }, ru: [["Получателей", "0"]], ky: [["Алуучулар", "0"]] },
  ];

  it.each(cases)("$type (ru)", ({ type, data, ru }) => {
    expect(pairs(entryFacts(type, data, "ru"))).toEqual(ru);
  });

  it.each(cases)("$type (ky)", ({ type, data, ky }) => {
    expect(pairs(entryFacts(type, data, "ky"))).toEqual(ky);
  });

  it("keeps each fact's key", () => {
    expect(entryFacts("meetings", { kind: "hearing", attendance: 5, place: "Клуб" }, "ru").map((f) => f.key)).toEqual(["kind", "place", "attendance"]);
  });

  it("a form link is shown without its scheme and links to the form", () => {
    const [fact] = entryFacts("surveys", { form_url: "https://forms.example.kg/suu" }, "ru");
    expect(fact).toEqual({ key: "form_url", label: "Онлайн-анкета", value: "forms.example.kg/suu", href: "https://forms.example.kg/suu" });
  });

  it.each([undefined, null, ""])("skips a field whose value is %j", (value) => {
    expect(entryFacts("acts", { number: value, status: "adopted" }, "ru").map((f) => f.key)).toEqual(["status"]);
  });

  it("an unknown enum value is shown as written rather than dropped", () => {
    expect(pairs(entryFacts("events", { status: "moved" }, "ru"))).toEqual([["Статус", "moved"]]);
  });

  it.each(contentTypes)("every fact key of %s has a label in both languages", (type) => {
    for (const key of FACT_KEYS[type]) {
      const [ru] = entryFacts(type, { [key]: 1 }, "ru");
      const [ky] = entryFacts(type, { [key]: 1 }, "ky");
      expect(ru?.label, key).toBeTruthy();
      expect(ky?.label, key).toBeTruthy();
    }
  });
});
