/**
 * CHANGELOG.md in the Keep a Changelog style: one `## [version] - date` section per release,
 * newest first, an `## [Unreleased]` section on top, link references at the bottom. An upgrade
 * carries the sections between the member's version and the new one.
 */
import { compareVersions, isVersion } from "../shared/semver.ts";

export interface ChangelogSection {
  /** `0.2.0`, or `Unreleased`. */
  version: string;
  /** `YYYY-MM-DD`, when the heading gives one. */
  date?: string;
  /** The whole section, heading included, without trailing blank lines. */
  text: string;
  /** Line of the heading, from 1. */
  line: number;
}

const HEADING_RE = /^## \[([^\]]+)\](?:\s+-\s+(\d{4}-\d{2}-\d{2}))?\s*$/;
// `[0.2.0]: https://…` at the bottom belongs to no section.
const LINK_DEFINITION_RE = /^\[[^\]]+\]:\s+\S/;

/**
 * Every `## [version]` section, in file order.
 * @example parseChangelog("# Changelog\n\n## [0.2.0] - 2026-12-03\n### Added\n- Upgrades\n")[0]
 * // { version: "0.2.0", date: "2026-12-03", text: "## [0.2.0] - 2026-12-03\n### Added\n- Upgrades", line: 3 }
 */
export function parseChangelog(text: string): ChangelogSection[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const sections: ChangelogSection[] = [];
  let current: { version: string; date?: string; line: number; body: string[] } | undefined;
  const close = () => {
    if (!current) return;
    const body = [...current.body];
    while (body.length && !body.at(-1)!.trim()) body.pop();
    sections.push({ version: current.version, ...(current.date ? { date: current.date } : {}), text: body.join("\n"), line: current.line });
    current = undefined;
  };
  lines.forEach((line, i) => {
    const heading = HEADING_RE.exec(line);
    if (heading) {
      close();
      current = { version: heading[1]!, line: i + 1, body: [line], ...(heading[2] ? { date: heading[2] } : {}) };
    } else if (/^#{1,2} /.test(line) || LINK_DEFINITION_RE.test(line)) {
      close();
    } else {
      current?.body.push(line);
    }
  });
  close();
  return sections;
}

/**
 * The released sections after `from` up to and including `to`, newest first: what a member
 * gets by upgrading from `from` to `to`.
 * @example changesBetween(changelog, "0.1.0", "0.3.0").map((s) => s.version) // ["0.3.0", "0.2.0"]
 */
export function changesBetween(text: string, from: string, to: string): ChangelogSection[] {
  return parseChangelog(text)
    .filter((s) => isVersion(s.version) && compareVersions(s.version, from) > 0 && compareVersions(s.version, to) <= 0)
    .sort((a, b) => compareVersions(b.version, a.version));
}

/**
 * Whether a section asks something of members (`### Upgrading`).
 * @example hasUpgradingNote("## [0.2.0]\n### Upgrading\n- Rename …") // true
 */
export function hasUpgradingNote(sectionText: string): boolean {
  return /^### Upgrading\s*$/m.test(sectionText);
}
