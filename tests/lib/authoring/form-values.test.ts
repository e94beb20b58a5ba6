import { describe, expect, it } from "vitest";
import { readCount, readDay, readList, readMonth, readResults, readText, readTime, readUrl } from "../../../scripts/lib/authoring/form-values.ts";

const ok = <T>(value: T) => ({ value });

describe("readDay", () => {
  const cases = [
    { text: "2026-11-20", out: ok("2026-11-20") },
    { text: " 20.11.2026 ", out: ok("2026-11-20") },
    { text: "5.3.2026", out: ok("2026-03-05") },
    { text: "20/11/2026", out: ok("2026-11-20") },
    { text: "29.02.2028", out: ok("2028-02-29") },
  ] as const;
  it.each(cases)("reads $text", ({ text, out }) => expect(readDay(text)).toEqual(out));

  const refused = [
    { text: "30.02.2026", ky: "календарда жок", ru: "нет в календаре" },
    { text: "2026-13-01", ky: "календарда жок", ru: "нет в календаре" },
    { text: "20.11.26", ky: "ЖЖЖЖ-АА-КК", ru: "ГГГГ-ММ-ДД" },
    { text: "20-ноябрь", ky: "«20-ноябрь» табылды", ru: "найдено «20-ноябрь»" },
  ] as const;
  it.each(refused)("refuses $text, in both languages", ({ text, ky, ru }) => {
    const read = readDay(text);
    expect("error" in read && read.error.ky).toContain(ky);
    expect("error" in read && read.error.ru).toContain(ru);
  });
});

describe("readMonth", () => {
  const cases = [
    { text: "2026-10", out: ok("2026-10") },
    { text: "10.2026", out: ok("2026-10") },
    { text: "октябрь 2026", out: ok("2026-10") },
    { text: "Октябрь 2026 г.", out: ok("2026-10") },
    { text: "2026-жылдын октябры", out: ok("2026-10") },
  ] as const;
  it.each(cases)("reads $text", ({ text, out }) => expect(readMonth(text)).toEqual(out));
  it.each(["2026-13", "октябрь", "10/26", "2026"])("refuses %s", (text) => expect(readMonth(text)).toHaveProperty("error"));
});

describe("readTime", () => {
  const cases = [
    { text: "10:00", out: ok("10:00") },
    { text: "9:30", out: ok("09:30") },
    { text: "18.00", out: ok("18:00") },
  ] as const;
  it.each(cases)("reads $text", ({ text, out }) => expect(readTime(text)).toEqual(out));
  it.each(["24:00", "10", "саат 10до"])("refuses %s", (text) => expect(readTime(text)).toHaveProperty("error"));
});

describe("readCount", () => {
  const cases = [
    { text: "2300", out: ok(2300) },
    { text: "2 300", out: ok(2300) },
    { text: "1\u00a0200\u00a0000", out: ok(1200000) },
    { text: "0", out: ok(0) },
  ] as const;
  it.each(cases)("reads $text", ({ text, out }) => expect(readCount(text)).toEqual(out));
  it.each(["2300 адам", "-5", "2,5", "23 00", "көп"])("refuses %s", (text) => expect(readCount(text)).toHaveProperty("error"));
});

describe("readUrl, readText, readList", () => {
  it("a link is one https address", () => {
    expect(readUrl(" https://forms.gle/abc ")).toEqual(ok("https://forms.gle/abc"));
    expect(readUrl("forms.gle/abc")).toHaveProperty("error");
  });
  it("one line of text", () => expect(readText("  Маданият\n үйү ")).toEqual(ok("Маданият үйү")));
  it("one item a line, markers and blank lines dropped", () => {
    expect(readList("1. Суу\n\n- Жол\n* Көпүрө\n2) Мектеп")).toEqual(ok(["Суу", "Жол", "Көпүрө", "Мектеп"]));
  });
});

describe("readResults", () => {
  it("questions and their answers", () => {
    expect(readResults("Суу жетиштүүбү?\n- Ооба: 120\n- Жок — 190\n\nЖол?\n- Ак-Терек: 1 200")).toEqual(
      ok([
        { question: "Суу жетиштүүбү?", answers: [{ label: "Ооба", count: 120 }, { label: "Жок", count: 190 }] },
        { question: "Жол?", answers: [{ label: "Ак-Терек", count: 1200 }] },
      ]),
    );
  });
  const refused = [
    { text: "- Ооба: 120", ky: "суроонун астында" },
    { text: "Суу?\n- Ооба: көп", ky: "«- жооп: сан»" },
    { text: "Суу?", ky: "жооптор жок" },
  ] as const;
  it.each(refused)("refuses $text", ({ text, ky }) => {
    const read = readResults(text);
    expect("error" in read && read.error.ky).toContain(ky);
  });
});
