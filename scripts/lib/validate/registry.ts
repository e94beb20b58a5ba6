/**
 * `_data/registry.yaml` of a national site: the members, one entry each (`NATIONAL.md`). A
 * municipality joins by a pull request adding its entry, so every error names the line, the
 * key, what was expected and what was found, in Kyrgyz and Russian.
 */
import { z } from "zod";
import { isParseProblem, parseYamlMap, valueAt } from "./front-matter.ts";
import { issueMessage } from "./messages.ts";
import { registryMessages } from "./national-messages.ts";
import type { Problem } from "./problems.ts";
import { bilingualText as bilingual, digitsAsText, text } from "./schema.ts";
import { keysAtPath } from "./schema-keys.ts";
import { CLASSIFIER_CODE } from "./site-identity.ts";


/** `<owner>/<name>` of a GitHub repository (owner: letters, digits, single hyphens). */
const REPOSITORY_ID = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;
/** A member's site: an http(s) base URL ending in `/`, or (tests, the demo) a local folder. */
const HTTP_BASE = /^https?:\/\/[^\s/]+(?:\/[^\s]*)?\/$/;

const memberSchema = z.strictObject({
  /** СОАТЕ / ААБОТ code, or `<owner>/<name>` of the repository: the member's `site.json` says the same. */
  id: digitsAsText(text()),
  name: bilingual(),
  oblast: bilingual(),
  district: bilingual().optional(),
  url: text(),
});

export const registrySchema = z.strictObject({ members: z.array(memberSchema) });

export type Member = z.output<typeof memberSchema>;

export interface Registry {
  members: Member[];
  /** The line of each member's `id`, for messages of `npm run members`. */
  lines: Map<string, number>;
}

/**
 * True for a valid member id.
 * @example isMemberId("41707215000000") // true
 * @example isMemberId("achyk-kg/ak-terek") // true
 * @example isMemberId("../etc") // false
 */
export function isMemberId(id: string): boolean {
  return CLASSIFIER_CODE.test(id) || REPOSITORY_ID.test(id);
}

/**
 * Whether a member's `url` is a web address (else a local folder).
 * @example isWebUrl("https://ak-terek.github.io/") // true
 */
export function isWebUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
}

/**
 * @example parseRegistry('members:\n  - { id: "a/b", name: { ky: "A", ru: "A" }, oblast: { ky: "O", ru: "O" }, url: "https://a.kg/" }', "_data/registry.yaml").registry?.members.length // 1
 */
export function parseRegistry(source: string, file: string): { registry?: Registry; problems: Problem[] } {
  const parsed = parseYamlMap(source, registryMessages.notMap());
  if (isParseProblem(parsed)) return { problems: [{ severity: "error", file, line: parsed.line, message: parsed.message }] };
  const { data, lineOf } = parsed;
  if (data.members === undefined) return { problems: [{ severity: "error", file, line: 1, message: registryMessages.notMap() }] };
  const result = registrySchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue): Problem[] => {
      const paths = issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      return paths.map((path) => {
        const key = String(path.at(-1) ?? "members");
        // Inside a member: "members.3" lets the message say "item 4 of the list «members»".
        const parent = path.length >= 3 && path[0] === "members" ? `members.${String(path[1])}` : "";
        const message = issueMessage(issue, key, valueAt(data, path), keysAtPath(registrySchema, issue.path), parent);
        return { severity: "error", file, line: lineOf(path), key: path.map(String).join("."), message };
      });
    });
    return { problems };
  }
  const problems: Problem[] = [];
  const lines = new Map<string, number>();
  const urls = new Map<string, number>();
  result.data.members.forEach((member, i) => {
    const error = (key: string, message: Problem["message"]) =>
      problems.push({ severity: "error", file, line: lineOf(["members", i, key]), key: `members.${i}.${key}`, message });
    const line = lineOf(["members", i, "id"]);
    if (!isMemberId(member.id)) error("id", registryMessages.idFormat(member.id));
    else if (lines.has(member.id)) error("id", registryMessages.duplicateId(member.id, lines.get(member.id)!));
    else lines.set(member.id, line);
    if (isWebUrl(member.url) && !HTTP_BASE.test(member.url)) error("url", registryMessages.urlFormat(member.url));
    const urlKey = member.url.replace(/\/+$/, "").toLowerCase();
    if (urls.has(urlKey)) error("url", registryMessages.duplicateUrl(member.url, urls.get(urlKey)!));
    else urls.set(urlKey, lineOf(["members", i, "url"]));
  });
  if (problems.length) return { problems };
  return { registry: { members: result.data.members, lines }, problems };
}
