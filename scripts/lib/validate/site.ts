/** `_data/site.yaml`: who the municipality is, how to reach it, where its repository lives. */
import { z } from "zod";
import { parseDocument } from "yaml";
import { isParseProblem, parseYamlMap, valueAt } from "./front-matter.ts";
import { issueMessage } from "./messages.ts";
import type { Problem } from "./problems.ts";
import { bilingualText as bilingual, digitsAsText, text } from "./schema.ts";
import { keysAtPath } from "./schema-keys.ts";
import { migrateRegion, siteKindProblems } from "./site-identity.ts";

const url = () => z.string().regex(/^https?:\/\/\S+$/);

export const siteSchema = z.strictObject({
  name: bilingual(),
  /** `national`: the agency's site over every member (`registry.yaml`); see site-identity.ts for what each kind requires. */
  kind: z.enum(["aiyl-aimak", "city", "national"]),
  /** СОАТЕ / ААБОТ classifier code: the site's id in the nation. YAML reads unquoted digits as a number. */
  code: digitsAsText(z.string().trim()).optional(),
  oblast: bilingual().optional(),
  district: bilingual().optional(),
  population: z.number().int().positive().optional(),
  demo: z.boolean().optional(),
  contacts: z.strictObject({
    address: bilingual(),
    phone: text().optional(),
    phones: z.array(text()).optional(),
    email: text().optional(),
    hours: bilingual().optional(),
  }),
  social: z.array(z.strictObject({ name: text(), url: url() })).default([]),
  whatsapp_groups: z.array(z.strictObject({ name: bilingual(), url: url() })).default([]),
  repository: z.strictObject({ owner: text(), name: text(), branch: text().default("main") }),
  base_url: z.string().regex(/^https?:\/\/\S+\/$/),
  require_kyrgyz: z.boolean().default(false),
  /**
   * The commit that brought in entries published before Achyk (an import of the old site).
   * Files first committed in it or before it keep their own dates: their first-commit day is
   * the import day, not the publication day, so it must not make them late.
   */
  history_import: z.string().regex(/^[0-9a-f]{7,40}$/).optional(),
  /** Largest attachment accepted, in megabytes. */
  max_attachment_mb: z.number().positive().default(20),
  /**
   * What happens to a submitted issue form (`.github/workflows/from-issue.yml`). `staff`: a
   * submission by someone with write access is committed to the branch (`commit`) or opened as
   * a pull request (`pull-request`). `residents`: anyone else's is politely refused (`refuse`)
   * or opened as a pull request for staff to review (`pull-request`).
   */
  forms: z
    .strictObject({
      staff: z.enum(["commit", "pull-request"]).default("commit"),
      residents: z.enum(["refuse", "pull-request"]).default("refuse"),
    })
    .default({ staff: "commit", residents: "refuse" }),
});

export type Site = z.output<typeof siteSchema>;

/**
 * `site` when the file is valid; its problems; and, valid or not, the office phones that can
 * be read from it: one typo elsewhere in `site.yaml` must not turn the municipality's own
 * numbers into personal-data errors in every file that prints them.
 * @example parseSite(readFileSync("content/_data/site.yaml", "utf8"), "_data/site.yaml").site?.population // 8450
 */
export function parseSite(text: string, file: string): { site?: Site; problems: Problem[]; officePhones: string[] } {
  const parsed = parseYamlMap(text);
  if (isParseProblem(parsed)) {
    return { problems: [{ severity: "error", file, line: parsed.line, message: parsed.message }], officePhones: readablePhones(text) };
  }
  const migrated = migrateRegion(parsed.data, parsed.lineOf, file);
  const result = siteSchema.safeParse(migrated.data);
  if (result.success) {
    const problems = [...migrated.problems, ...siteKindProblems(result.data, parsed.lineOf, file)];
    const officePhones = officePhonesOf(result.data.contacts);
    return problems.some((p) => p.severity === "error") ? { problems, officePhones } : { site: result.data, problems, officePhones };
  }
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    const keys = issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
    return keys.map((path) => {
      const found = valueAt(migrated.data, path);
      const key = path.map(String).join(".");
      const allowed = keysAtPath(siteSchema, issue.path);
      return { severity: "error", file, line: parsed.lineOf(path), key, message: issueMessage(issue, key, found, allowed) };
    });
  });
  return { problems: [...migrated.problems, ...problems], officePhones: officePhonesOf(parsed.data.contacts) };
}

/** `contacts.phone` and `contacts.phones` as far as they are text. */
export function officePhonesOf(contacts: unknown): string[] {
  const c = (contacts ?? {}) as { phone?: unknown; phones?: unknown };
  const phones = [c.phone, ...(Array.isArray(c.phones) ? c.phones : [])];
  return phones.filter((p): p is string | number => typeof p === "string" || typeof p === "number").map(String);
}

/** Office phones from a file YAML cannot fully read: whatever its lenient reading keeps. */
function readablePhones(text: string): string[] {
  try {
    const data = parseDocument(text, { prettyErrors: false, uniqueKeys: false }).toJS({ maxAliasCount: 0 }) as { contacts?: unknown } | null;
    return officePhonesOf(data?.contacts);
  } catch {
    return [];
  }
}

/**
 * The folder the site is served from, from its base URL: `/` for a domain of its own,
 * `/ak-terek/` for a GitHub Pages project site. Pages link with root-relative URLs; a
 * non-root prefix is added to them at build time.
 * @example pathPrefixOf("https://achyk-kg.github.io/ak-terek/") // "/ak-terek/"
 */
export function pathPrefixOf(baseUrl: string): string {
  const { pathname } = new URL(baseUrl);
  return pathname.endsWith("/") ? pathname : `${pathname}/`;
}
