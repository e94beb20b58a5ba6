import { describe, expect, it } from "vitest";
import { nationalPhoneNumber, scanPersonalData } from "../../../scripts/lib/guards/privacy.ts";

const scan = (text: string, allowed: readonly string[] = []) => scanPersonalData(text, { allowed });
const kindsAndValues = (text: string, allowed: readonly string[] = []) =>
  scan(text, allowed).map((f) => [f.kind, f.value]);

describe("scanPersonalData: phones", () => {
  const cases = [
    { text: "Тел.: +996 555 123 456", value: "+996 555 123 456" },
    { text: "Байланыш: +996 (555) 12-34-56", value: "+996 (555) 12-34-56" },
    { text: "WhatsApp +996555123456 гана", value: "+996555123456" },
    { text: "номер 996555123456 жазылган", value: "996555123456" },
    { text: "Звоните 0555 123 456 после обеда", value: "0555 123 456" },
    { text: "Звоните 0 (555) 12 34 56", value: "0 (555) 12 34 56" },
    { text: "тел 0555-12-34-56", value: "0555-12-34-56" },
    { text: "тел 0555123456.", value: "0555123456" },
    { text: "(0555) 12-34-56 — Асан байке", value: "(0555) 12-34-56" },
    { text: "Сотовый: 0700 12 34 56", value: "0700 12 34 56" },
    { text: "+996 3722 5 12 34 (Жалал-Абад)", value: "+996 3722 5 12 34" },
    { text: "Бишкек: 0312 62-45-67", value: "0312 62-45-67" },
    { text: "тел. 0 (3222) 5-12-34", value: "0 (3222) 5-12-34" },
    { text: "00996 777 12 34 56 чет өлкөдөн", value: "00996 777 12 34 56" },
    { text: "моб. 555 12 34 56", value: "555 12 34 56" },
    { text: "тел: 555123456", value: "555123456" },
    { text: "0555\u00A0123\u00A0456 (неразрывные пробелы)", value: "0555\u00A0123\u00A0456" },
    { text: "0555 - 12 - 34 - 56", value: "0555 - 12 - 34 - 56" },
    { text: "| Асанов | 0777 123 456 |", value: "0777 123 456" },
    { text: "[чалуу](tel:+996555123456)", value: "+996555123456" },
    { text: "Жазыңыз: https://wa.me/996700123456", value: "996700123456" },
    { text: "Тел. 0555 123 456 2026-жылы берилген", value: "0555 123 456" },
  ] as const;

  it.each(cases)("finds the phone in %j", ({ text, value }) => {
    expect(kindsAndValues(text)).toEqual([["phone", value]]);
  });
});

describe("scanPersonalData: ПИН", () => {
  const cases = [
    { text: "ПИН 21505199000123", value: "21505199000123" },
    { text: "ПИН: 1 15 05 1990 00123", value: "1 15 05 1990 00123" },
    { text: "ИНН 2-15051990-00123", value: "2-15051990-00123" },
    { text: "| 3 | Асанов Б. | 12902198800456 | көчө |", value: "12902198800456" },
    { text: "жеке номер 22902200000789 (29.02.2000, кабыл алынат)", value: "22902200000789" },
    // Unbroken 14 digits with 1/2 first: reported even with an impossible date (see the source).
    { text: "ПИН 29999199900001 (туулган күнү туура эмес)", value: "29999199900001" },
  ] as const;

  it.each(cases)("finds the ПИН in %j", ({ text, value }) => {
    expect(kindsAndValues(text)).toEqual([["pin", value]]);
  });
});

describe("scanPersonalData: passports", () => {
  const cases = [
    { text: "ID-карта ID1234567 берилген", value: "ID1234567" },
    { text: "паспорт AN1234567", value: "AN1234567" },
    { text: "паспорт AC 1234567", value: "AC 1234567" },
    { text: "паспорт АН 7654321 (кириллица)", value: "АН 7654321" },
    { text: "паспорт AN-1234567", value: "AN-1234567" },
    { text: "паспорт AN №1234567", value: "AN №1234567" },
    { text: "ИД-карта ИД 1234567", value: "ИД 1234567" },
  ] as const;

  it.each(cases)("finds the passport number in %j", ({ text, value }) => {
    expect(kindsAndValues(text)).toEqual([["passport", value]]);
  });
});

describe("scanPersonalData: false-positive traps are not flagged", () => {
  const cases = [
    "Жыйын 2026-11-25 саат 10:00до болот",
    "Дата: 25.11.2026, время 09:00–12:00",
    "Отчёт за период 2026-11",
    "Бюджет: 12 500 000 сом",
    "Сумма 1 250 000 сом, из них 250 000 сом — местный бюджет",
    "Сумма 1\u00A0250\u00A0000 сом",
    "Калкы: 8450 адам",
    "План 2025–2028 жылдарга",
    "План на 2025-2028 годы, этапы 2025 2026 2027 2028",
    "Токтом № 45-2026",
    "Акт № 12/2026 от 25.11.2026",
    "Смотрите https://example.kg/news/2026/11/0555123456/21505199000123",
    "[Протокол](https://www.facebook.com/aiyl.okmotu/posts/1234567890123456)",
    "ИНН айыл өкмөтү: 01234567890123",
    "Эсеп: 1280016012345678 (банк)",
    "555 123 456 сом — жалпы бюджет",
    "Бюджет 1 250 000 000 сом",
    "Катышты: 120 адам, аялдар 45, жаштар 30",
    "Катталуу номери 123456789",
    "Время 12:30, 0,5 % от 2 000 000",
    "Файл: IMG_20261125_143012.jpg",
    "ID 123456 (только 6 цифр), AN12345678 (8 цифр)",
    "Код ОКПО 12345678",
    "Население 8 450 человек, 2 100 хозяйств",
    "1 2 3 4 5 6 7 8 9 10",
    "Телефон: 555 123 (жарым-жартылай, 6 сан)",
  ] as const;

  it.each(cases)("%j", (text) => {
    expect(scan(text)).toEqual([]);
  });
});

describe("scanPersonalData: allowed values", () => {
  const cases = [
    { text: "Кабылдама: +996 3722 5 12 34", allowed: ["+996 3722 5 12 34"] },
    { text: "Кабылдама: 0 (3722) 5-12-34", allowed: ["+996 3722 5 12 34"] },
    { text: "Тел.: 0555 123 456", allowed: ["+996 555 12 34 56"] },
    { text: "WhatsApp: +996 (555) 12-34-56", allowed: ["0555123456"] },
    { text: "https://wa.me/996555123456", allowed: ["0555 12 34 56"] },
    { text: "ПИН 2 15 05 1990 00123", allowed: ["21505199000123"] },
    { text: "паспорт АН 1234567", allowed: ["AN1234567"] },
    { text: "ID-карта ID 7654321", allowed: ["ИД-7654321"] },
  ] as const;

  it.each(cases)("$text is allowed by $allowed", ({ text, allowed }) => {
    expect(scan(text, allowed)).toEqual([]);
  });

  it("still flags a different number next to an allowed one", () => {
    const found = scan("Кабылдама: 0 (3722) 5-12-34, Асан: 0777 12 34 56", ["+996 3722 5 12 34"]);
    expect(found.map((f) => f.value)).toEqual(["0777 12 34 56"]);
  });
});

describe("scanPersonalData: positions and messages", () => {
  it("reports 1-based line and column, offset by firstLine", () => {
    const text = "---\ntitle: Жыйын\n---\n\nАсан: 0555 123 456 жана ПИН 21505199000123";
    const found = scanPersonalData(text, { allowed: [], firstLine: 10 });
    expect(found.map(({ line, column, kind }) => ({ line, column, kind }))).toEqual([
      { line: 14, column: 7, kind: "phone" },
      { line: 14, column: 29, kind: "pin" },
    ]);
  });

  it("counts columns in code points and handles CRLF", () => {
    const found = scan("биринчи\r\nӨкмөт 🙂 0555123456");
    expect(found.map(({ line, column }) => [line, column])).toEqual([[2, 9]]);
  });

  const messages = [
    { text: "0555 123 456", ru: /телефона.*0555 123 456.*site\.yaml.*allow_personal/s, ky: /Телефон номери.*site\.yaml.*allow_personal/s },
    { text: "21505199000123", ru: /ПИН.*№ 58.*Удалите.*allow_personal/s, ky: /ПИН.*№ 58.*өчүрүңүз.*allow_personal/s },
    { text: "AN1234567", ru: /паспорта.*AN1234567.*allow_personal/s, ky: /Паспорттун.*AN1234567.*allow_personal/s },
  ] as const;

  it.each(messages)("explains what was found and how to fix it: $text", ({ text, ru, ky }) => {
    const [finding] = scan(text);
    expect(finding?.message.ru).toMatch(ru);
    expect(finding?.message.ky).toMatch(ky);
  });
});

describe("nationalPhoneNumber", () => {
  const cases = [
    { value: "+996 (555) 12-34-56", out: "555123456" },
    { value: "0555 123 456", out: "555123456" },
    { value: "996 312 62 45 67", out: "312624567" },
    { value: "0 (3722) 5-12-34", out: "372251234" },
    { value: "00996777123456", out: "777123456" },
    { value: "12 500 000", out: null },
    { value: "0123456789", out: null },
  ] as const;

  it.each(cases)("$value → $out", ({ value, out }) => {
    expect(nationalPhoneNumber(value)).toBe(out);
  });
});

describe("scanPersonalData: numbers glued to Kyrgyz case suffixes are still numbers", () => {
  const cases = [
    { text: "0555123456га чалыңыз", kind: "phone", value: "0555123456" },
    { text: "0700 12 34 56га чалыңыз", kind: "phone", value: "0700 12 34 56" },
    { text: "Маалымат үчүн 0555 123 456ка кайрылыңыз", kind: "phone", value: "0555 123 456" },
    { text: "+996555123456дан жазышты", kind: "phone", value: "+996555123456" },
    { text: "996700123456ке WhatsApp", kind: "phone", value: "996700123456" },
    { text: "0 (555) 12-34-56го чейин", kind: "phone", value: "0 (555) 12-34-56" },
    { text: "моб. 555 12 34 56дын ээси", kind: "phone", value: "555 12 34 56" },
    { text: "номерге 0777123456ТЕН ЧАЛЫШТЫ", kind: "phone", value: "0777123456" },
    { text: "ПИН 21205199100123тү жазыңыз", kind: "pin", value: "21205199100123" },
    { text: "ПИН 21205199100123дүн ээси", kind: "pin", value: "21205199100123" },
    { text: "21205199100123төн башка", kind: "pin", value: "21205199100123" },
    { text: "паспорт AN1234567ни алып келиңиз", kind: "passport", value: "AN1234567" },
    { text: "ID1234567дин ээси", kind: "passport", value: "ID1234567" },
  ] as const;

  it.each(cases)("finds the $kind in %j", ({ text, kind, value }) => {
    expect(kindsAndValues(text)).toEqual([[kind, value]]);
  });
});

describe("scanPersonalData: phones written with dots", () => {
  const cases = [
    { text: "Тел. 0555.12.34.56", value: "0555.12.34.56" },
    { text: "тел 0555.123.456 (Асан)", value: "0555.123.456" },
    { text: "+996.555.12.34.56", value: "+996.555.12.34.56" },
    { text: "996.700.12.34.56 WhatsApp", value: "996.700.12.34.56" },
    { text: "моб. 555.12.34.56", value: "555.12.34.56" },
    { text: "0700.12.34.56га чалыңыз", value: "0700.12.34.56" },
    { text: "Тел.0555.12.34.56.", value: "0555.12.34.56" },
  ] as const;

  it.each(cases)("finds the phone in %j", ({ text, value }) => {
    expect(kindsAndValues(text)).toEqual([["phone", value]]);
  });
});

describe("scanPersonalData: suffixes and dots bring no new false positives", () => {
  const cases = [
    "Жыйын 2026-11-25те болот",
    "2026-10да отчет жарыяланды",
    "25.11.2026да жыйын болду",
    "Бюджет 1 250 000 сомго бекитилди",
    "1 250 000го чейин",
    "12 500 000дон ашпайт",
    "555 123 456га жетти (сом)",
    "Токтом № 24-3тө айтылган",
    "2026-жылы 120дан ашык адам катышты",
    "Версия 1.2.3, IP 192.168.10.1, 255.255.255.0",
    "Сумма 1.250.000 сом",
    "Дата 25.11.2026 14.30да",
    "Период 2025.10.15",
    "0.5 % жана 12.5 %",
    "2026ж 5кг 10км",
    "Кабылдама: 03722 5 12 34кө чалыңыз",
  ] as const;

  it.each(cases)("%j", (text) => {
    expect(scan(text, ["+996 3722 5 12 34"])).toEqual([]);
  });
});
