import { describe, expect, it } from "vitest";
import { searchText, searchTextFor } from "../../../scripts/lib/shared/dictionary.ts";

describe("searchText", () => {
  const keys = Object.keys(searchText) as (keyof typeof searchText)[];
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(keys)("%s is written in both languages with the same placeholders", (key) => {
    const { ky, ru } = searchText[key];
    expect(ky.trim()).not.toBe("");
    expect(ru.trim()).not.toBe("");
    expect(placeholders(ky)).toEqual(placeholders(ru));
  });

  it("searchTextFor picks one language for the page's script", () => {
    expect(searchTextFor("ky").submit).toBe(searchText.submit.ky);
    expect(searchTextFor("ru").nothing).toContain("{q}");
    expect(Object.keys(searchTextFor("ru"))).toEqual(keys);
  });
});
