import { describe, expect, it } from "vitest";
import { bilingual, isLang, otherLang } from "../../../scripts/lib/shared/lang.ts";

describe("bilingual", () => {
  it("puts Kyrgyz before Russian, with the separator asked for", () => {
    expect(bilingual({ ky: "Ката", ru: "Ошибка" })).toBe("Ката / Ошибка");
    expect(bilingual({ ky: "Ката", ru: "Ошибка" }, "\n")).toBe("Ката\nОшибка");
  });
});

describe("isLang and otherLang", () => {
  it("knows the two languages and their pairing", () => {
    expect([isLang("ky"), isLang("ru"), isLang("en")]).toEqual([true, true, false]);
    expect([otherLang("ky"), otherLang("ru")]).toEqual(["ru", "ky"]);
  });
});
