import { describe, expect, it } from "vitest";
import { builtAtFrom } from "../../../scripts/lib/shared/dates.ts";

describe("built_at: SOURCE_DATE_EPOCH when set, else the clock, to the second in UTC", () => {
  const cases = [
    { env: { SOURCE_DATE_EPOCH: "1795000000" }, now: 0, out: "2026-11-18T11:06:40Z" },
    { env: { SOURCE_DATE_EPOCH: " 0 " }, now: 0, out: "1970-01-01T00:00:00Z" },
    { env: {}, now: Date.UTC(2026, 10, 25, 3, 0, 0, 999), out: "2026-11-25T03:00:00Z" },
    { env: { SOURCE_DATE_EPOCH: "" }, now: Date.UTC(2026, 10, 24, 18, 7), out: "2026-11-24T18:07:00Z" },
  ] as const;
  it.each(cases)("$env at $now gives $out", ({ env, now, out }) => expect(builtAtFrom(env, now)).toBe(out));

  it.each(["yesterday", "1.5", "-3"])("refuses SOURCE_DATE_EPOCH=%s", (value) => {
    expect(() => builtAtFrom({ SOURCE_DATE_EPOCH: value })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
