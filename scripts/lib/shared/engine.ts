/**
 * Which Achyk this is: the engine's version and official repository, read once from
 * `package.json`, the one home of both. The footer shows the version, the open data carries
 * it, and `npm run upgrade` takes the member's version from the same field.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { isVersion, tagOf } from "./semver.ts";

export interface Engine {
  name: "Achyk";
  /** `0.2.0`: semantic version, released as git tag `v0.2.0`. */
  version: string;
  /** `https://github.com/achyk-kg/achyk`: the official repository, where releases are tagged. */
  repository: string;
  /** The address `git fetch` takes: the repository with `.git`. */
  gitUrl: string;
}

/**
 * The engine described by a `package.json` text.
 * @example engineOf('{"version":"0.2.0","repository":{"url":"git+https://github.com/achyk-kg/achyk.git"}}').repository
 * // "https://github.com/achyk-kg/achyk"
 */
export function engineOf(packageJson: string): Engine {
  const pkg = JSON.parse(packageJson) as { version?: unknown; repository?: unknown };
  const version = typeof pkg.version === "string" ? pkg.version : "";
  if (!isVersion(version)) throw new Error(`package.json: "version" must be MAJOR.MINOR.PATCH, found ${JSON.stringify(pkg.version)}`);
  const raw = typeof pkg.repository === "string" ? pkg.repository : (pkg.repository as { url?: unknown } | undefined)?.url;
  if (typeof raw !== "string" || !/^(git\+)?https:\/\//.test(raw)) {
    throw new Error(`package.json: "repository.url" must be the official repository's https address, found ${JSON.stringify(raw)}`);
  }
  const repository = raw.replace(/^git\+/, "").replace(/\/+$/, "").replace(/\.git$/, "");
  return { name: "Achyk", version, repository, gitUrl: `${repository}.git` };
}

/** This engine, from the project's own package.json. @example ENGINE.repository // "https://github.com/achyk-kg/achyk" */
export const ENGINE: Engine = engineOf(readFileSync(path.resolve(import.meta.dirname, "../../../package.json"), "utf8"));

/** @example ENGINE_VERSION // "0.2.0" */
export const ENGINE_VERSION = ENGINE.version;

/**
 * The changelog as it stood at a release: what changed, and what a member must do.
 * @example releaseNotesUrl(ENGINE) // "https://github.com/achyk-kg/achyk/blob/v0.2.0/CHANGELOG.md"
 */
export function releaseNotesUrl(engine: Engine): string {
  return `${engine.repository}/blob/${tagOf(engine.version)}/CHANGELOG.md`;
}
