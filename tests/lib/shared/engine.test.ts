import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENGINE, ENGINE_VERSION, engineOf, releaseNotesUrl } from "../../../scripts/lib/shared/engine.ts";
import { isVersion } from "../../../scripts/lib/shared/semver.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");

describe("the engine is described by package.json, its one home", () => {
  it("ENGINE_VERSION is package.json's version, a release version", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(ENGINE_VERSION).toBe(pkg.version);
    expect(ENGINE.version).toBe(pkg.version);
    expect(isVersion(ENGINE_VERSION)).toBe(true);
  });

  it("package-lock.json carries the same version (npm ci would complain otherwise)", () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { version: string; packages: Record<string, { version?: string }> };
    expect(lock.version).toBe(ENGINE_VERSION);
    expect(lock.packages[""]?.version).toBe(ENGINE_VERSION);
  });

  const repositories = [
    { raw: { type: "git", url: "git+https://github.com/achyk-kg/achyk.git" }, repository: "https://github.com/achyk-kg/achyk" },
    { raw: "https://github.com/achyk-kg/achyk", repository: "https://github.com/achyk-kg/achyk" },
    { raw: { url: "https://gitlab.example.kg/gov/achyk.git/" }, repository: "https://gitlab.example.kg/gov/achyk" },
  ];
  it.each(repositories)("repository $raw → $repository", ({ raw, repository }) => {
    const engine = engineOf(JSON.stringify({ version: "1.2.3", repository: raw }));
    expect(engine.repository).toBe(repository);
    expect(engine.gitUrl).toBe(`${repository}.git`);
  });

  const broken = [
    { pkg: { version: "1.2", repository: "https://github.com/a/b" }, error: /"version" must be MAJOR.MINOR.PATCH, found "1.2"/ },
    { pkg: { repository: "https://github.com/a/b" }, error: /"version" must be MAJOR.MINOR.PATCH, found undefined/ },
    { pkg: { version: "1.2.3" }, error: /"repository.url" must be the official repository's https address/ },
    { pkg: { version: "1.2.3", repository: "git@github.com:a/b.git" }, error: /found "git@github.com:a\/b.git"/ },
  ];
  it.each(broken)("a package.json without what the engine needs is refused: $error", ({ pkg, error }) => {
    expect(() => engineOf(JSON.stringify(pkg))).toThrow(error);
  });

  it("release notes are the changelog at the release's tag", () => {
    expect(releaseNotesUrl(engineOf('{"version":"0.3.1","repository":"https://github.com/o/r"}'))).toBe("https://github.com/o/r/blob/v0.3.1/CHANGELOG.md");
  });
});
