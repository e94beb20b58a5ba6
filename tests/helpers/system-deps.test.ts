import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScript } from "./run.ts";
import { aptPackages, missingDeps, systemDeps } from "./system-deps.ts";

describe("what the tests need from the machine", () => {
  it("Debian's Chromium, the three font families and Java, each with the apt package that installs it", () => {
    expect(systemDeps({}).map((d) => [d.apt, d.path, d.aptProvides])).toEqual([
      ["chromium", "/usr/bin/chromium", true],
      ["fonts-noto-core", "/usr/share/fonts/truetype/noto", true],
      ["fonts-dejavu-core", "/usr/share/fonts/truetype/dejavu", true],
      ["fonts-liberation", "/usr/share/fonts/truetype/liberation", true],
      ["default-jre-headless", "/usr/bin/java", true],
    ]);
  });

  it("a Chromium of one's own (CHROMIUM_PATH) is not something apt can install", () => {
    expect(systemDeps({ CHROMIUM_PATH: "/opt/chrome/chrome" })[0]).toEqual({ what: "Chromium", apt: "chromium", path: "/opt/chrome/chrome", aptProvides: false });
  });

  it("missingDeps lists the paths that do not exist", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "achyk-deps-"));
    const deps = [
      { what: "here", apt: "a", path: dir, aptProvides: true },
      { what: "gone", apt: "b", path: path.join(dir, "nothing"), aptProvides: true },
    ];
    expect((await missingDeps(deps)).map((d) => d.what)).toEqual(["gone"]);
    await rm(dir, { recursive: true });
  });

  it("aptPackages names each package once", () => {
    expect(aptPackages([{ apt: "chromium" }, { apt: "fonts-noto-core" }, { apt: "chromium" }])).toEqual(["chromium", "fonts-noto-core"]);
  });

  it("this machine has all of them (npm test's pretest step saw to it)", async () => {
    expect(await missingDeps()).toEqual([]);
  });

  it("the pretest step stops, saying why in Kyrgyz and Russian, when CHROMIUM_PATH names nothing", async () => {
    const result = await runScript("tests/helpers/ensure-system-deps.ts", [], { env: { CHROMIUM_PATH: "/nonexistent/chromium" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("/nonexistent/chromium does not exist");
    expect(result.stderr).toContain("Тесттер үчүн Chromium, шрифттер жана Java керек");
    expect(result.stderr).toContain("Для тестов нужны Chromium, шрифты и Java");
  });
});
