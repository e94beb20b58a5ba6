import { describe, expect, it } from "vitest";
import { compareVersions, isVersion, latestRelease, parseVersion, tagOf, versionOfTag } from "../../../scripts/lib/shared/semver.ts";

describe("parseVersion reads MAJOR.MINOR.PATCH with an optional pre-release part", () => {
  const cases = [
    { text: "0.2.0", out: { major: 0, minor: 2, patch: 0, pre: "" } },
    { text: "10.20.30", out: { major: 10, minor: 20, patch: 30, pre: "" } },
    { text: "1.0.0-rc.1", out: { major: 1, minor: 0, patch: 0, pre: "rc.1" } },
    { text: "v0.2.0", out: null },
    { text: "0.2", out: null },
    { text: "01.2.3", out: null },
    { text: "0.2.0 ", out: null },
    { text: "", out: null },
  ] as const;
  it.each(cases)("$text → $out", ({ text, out }) => {
    expect(parseVersion(text)).toEqual(out);
    expect(isVersion(text)).toBe(out !== null);
  });
});

describe("compareVersions orders releases as semver does", () => {
  const cases = [
    { a: "0.2.0", b: "0.1.0", sign: 1 },
    { a: "0.10.0", b: "0.9.1", sign: 1 },
    { a: "1.0.0", b: "0.99.99", sign: 1 },
    { a: "0.2.1", b: "0.2.0", sign: 1 },
    { a: "0.2.0", b: "0.2.0", sign: 0 },
    { a: "0.3.0-rc.1", b: "0.3.0", sign: -1 },
    { a: "0.3.0-rc.2", b: "0.3.0-rc.10", sign: -1 },
    { a: "0.3.0-alpha", b: "0.3.0-beta", sign: -1 },
    { a: "0.3.0-1", b: "0.3.0-alpha", sign: -1 },
    { a: "0.3.0-rc", b: "0.3.0-rc.1", sign: -1 },
  ] as const;
  it.each(cases)("$a vs $b → $sign", ({ a, b, sign }) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
    expect(Math.sign(compareVersions(b, a))).toBe(-sign || 0);
  });

  it("refuses what is not a version instead of guessing", () => {
    expect(() => compareVersions("v1.0.0", "1.0.0")).toThrow(/not a version: v1.0.0/);
  });
});

describe("release tags are v<version>", () => {
  it.each([
    { tag: "v0.2.0", version: "0.2.0" },
    { tag: "v1.0.0-rc.1", version: "1.0.0-rc.1" },
    { tag: "0.2.0", version: null },
    { tag: "nightly", version: null },
    { tag: "v0.2", version: null },
  ])("$tag names $version", ({ tag, version }) => {
    expect(versionOfTag(tag)).toBe(version);
    if (version) expect(tagOf(version)).toBe(tag);
  });

  it("the latest release is the highest version, never a pre-release nor another tag", () => {
    expect(latestRelease(["v0.1.0", "v0.10.0", "v0.9.0", "v1.0.0-rc.1", "demo", "0.11.0"])).toBe("v0.10.0");
    expect(latestRelease(["demo", "v1.0.0-rc.1"])).toBeNull();
    expect(latestRelease([])).toBeNull();
  });
});
