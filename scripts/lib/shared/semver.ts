/**
 * Release versions: `MAJOR.MINOR.PATCH` (semantic versioning), tagged `v<version>` in git.
 * Just what releases and upgrades need; pre-release versions (`0.3.0-rc.1`) order before
 * their release and are never "the latest release".
 */

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** `rc.1` in `0.3.0-rc.1`; empty for a release. */
  pre: string;
}

const VERSION_RE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?$/;

/**
 * @example parseVersion("0.2.0") // { major: 0, minor: 2, patch: 0, pre: "" }
 * @example parseVersion("v0.2.0") // null (that is a tag: see versionOfTag)
 */
export function parseVersion(text: string): Version | null {
  const m = VERSION_RE.exec(text);
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), pre: m[4] ?? "" };
}

/** @example isVersion("1.2.3") // true */
export function isVersion(text: string): boolean {
  return parseVersion(text) !== null;
}

/**
 * Negative when `a` is older than `b`, positive when newer, 0 when equal.
 * @example compareVersions("0.10.0", "0.9.1") // 1
 * @example compareVersions("0.3.0-rc.1", "0.3.0") // -1
 */
export function compareVersions(a: string, b: string): number {
  const x = parseVersion(a);
  const y = parseVersion(b);
  if (!x || !y) throw new Error(`not a version: ${x ? b : a}`);
  const byNumber = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  if (byNumber !== 0) return Math.sign(byNumber);
  if (x.pre === y.pre) return 0;
  if (!x.pre) return 1;
  if (!y.pre) return -1;
  return comparePre(x.pre, y.pre);
}

// Semver §11: dot-separated identifiers, numbers compared as numbers and before words.
function comparePre(a: string, b: string): number {
  const xs = a.split(".");
  const ys = b.split(".");
  for (let i = 0; i < Math.max(xs.length, ys.length); i++) {
    const x = xs[i];
    const y = ys[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn && Number(x) !== Number(y)) return Math.sign(Number(x) - Number(y));
    if (xn !== yn) return xn ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** @example tagOf("0.2.0") // "v0.2.0" */
export function tagOf(version: string): string {
  return `v${version}`;
}

/**
 * The version a release tag names, or null when the tag is not `v<version>`.
 * @example versionOfTag("v0.2.0") // "0.2.0"
 * @example versionOfTag("nightly") // null
 */
export function versionOfTag(tag: string): string | null {
  const version = tag.startsWith("v") ? tag.slice(1) : "";
  return isVersion(version) ? version : null;
}

/**
 * The newest release among tags: `v<version>` without a pre-release part; null when none.
 * @example latestRelease(["v0.1.0", "v0.10.0", "v0.9.0", "v1.0.0-rc.1", "demo"]) // "v0.10.0"
 */
export function latestRelease(tags: Iterable<string>): string | null {
  let best: string | null = null;
  for (const tag of tags) {
    const version = versionOfTag(tag);
    if (!version || parseVersion(version)!.pre) continue;
    if (!best || compareVersions(version, versionOfTag(best)!) > 0) best = tag;
  }
  return best;
}
