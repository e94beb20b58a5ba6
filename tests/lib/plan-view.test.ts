import { describe, expect, it } from "vitest";
import { periodLabel } from "../../scripts/lib/plan-view.ts";

describe("periodLabel: a period named by its rhythm, in both languages", () => {
  const cases = [
    { id: "2026-10", rhythm: "monthly", ru: "октябрь 2026", ky: "2026-жылдын октябры" },
    { id: "2025-06", rhythm: "monthly-25", ru: "июнь 2025", ky: "2025-жылдын июну" },
    { id: "2026-Q4", rhythm: "quarterly", ru: "4-й квартал 2026", ky: "2026-жыл, 4-чейрек" },
    { id: "2027-H1", rhythm: "half-yearly", ru: "1-е полугодие 2027", ky: "2027-жыл, 1-жарым жыл" },
    { id: "2027-H2", rhythm: "half-yearly", ru: "2-е полугодие 2027", ky: "2027-жыл, 2-жарым жыл" },
    // The same ids name other windows under two-windows.
    { id: "2027-H1", rhythm: "two-windows", ru: "январь–февраль 2027", ky: "2027-жыл, январь–февраль" },
    { id: "2027-H2", rhythm: "two-windows", ru: "июль–август 2027", ky: "2027-жыл, июль–август" },
    { id: "2028", rhythm: "yearly", ru: "2028 год", ky: "2028-жыл" },
  ] as const;

  it.each(cases)("$id ($rhythm)", ({ id, rhythm, ru, ky }) => {
    expect({ ru: periodLabel(id, rhythm, "ru"), ky: periodLabel(id, rhythm, "ky") }).toEqual({ ru, ky });
  });
});
