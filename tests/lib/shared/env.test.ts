import path from "node:path";
import { describe, expect, it } from "vitest";
import { BuildEnvError, readBuildEnv } from "../../../scripts/lib/shared/env.ts";

describe("readBuildEnv", () => {
  it("reads the content folder and today", () => {
    expect(readBuildEnv({ CONTENT_DIR: "tests/fixtures/small", SITE_TODAY: "2026-11-25" }, "/repo")).toEqual({
      contentDirName: "tests/fixtures/small",
      contentDir: path.resolve("/repo", "tests/fixtures/small"),
      today: "2026-11-25",
    });
  });

  const bad = ["garbage", "2026-02-30", "25.11.2026", "2026-11-25T10:00", "2026-11-25\n::add-mask::x"] as const;
  it.each(bad)("SITE_TODAY=%j is a bilingual error for staff, naming the value", (value) => {
    let error: unknown;
    try {
      readBuildEnv({ SITE_TODAY: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BuildEnvError);
    const { bilingual } = error as BuildEnvError;
    expect(bilingual.ky).toContain("SITE_TODAY");
    expect(bilingual.ky).toContain("ЖЖЖЖ-АА-КК");
    expect(bilingual.ru).toContain("ГГГГ-ММ-ДД");
    expect(bilingual.ru).toContain(`«${value.trim().slice(0, 40)}»`);
  });
});
