/**
 * Who a site is in the nation (`NATIONAL.md`): its id, its oblast and district, and the rules
 * that differ between a municipality and the national site. `site.yaml` files written before
 * `oblast` and `district` existed keep building: their `region` ("Жалал-Абад облусу, Сузак
 * району") is split on the comma, with a warning that shows staff the new lines to paste.
 */
import type { Bilingual } from "../shared/lang.ts";
import { placeMessages } from "./national-messages.ts";
import type { Problem } from "./problems.ts";

/** What the rules read of a site: the parsed `site.yaml` (a subset of `Site`). */
export interface SiteIdentity {
  kind: string;
  code?: string;
  oblast?: Bilingual;
  district?: Bilingual;
  population?: number;
  repository: { owner: string; name: string };
}

/** A СОАТЕ / ААБОТ classifier code: digits only. */
export const CLASSIFIER_CODE = /^\d{8,14}$/;

const isBilingual = (value: unknown): value is Bilingual =>
  !!value && typeof value === "object" && typeof (value as Bilingual).ky === "string" && typeof (value as Bilingual).ru === "string";

/** "Жалал-Абад облусу, Сузак району" → ["Жалал-Абад облусу", "Сузак району"]. */
function splitRegion(text: string): [string, string | undefined] {
  const at = text.indexOf(",");
  if (at < 0) return [text.trim(), undefined];
  const rest = text.slice(at + 1).trim();
  return [text.slice(0, at).trim(), rest === "" ? undefined : rest];
}

/**
 * Reads an old `region` as `oblast` and `district` (split on the first comma, in each language)
 * and warns with the lines to write instead; `region` next to `oblast` is dropped with a
 * warning. Returns the data to validate, without `region`.
 * @example
 * migrateRegion({ region: { ky: "Чүй облусу, Ысык-Ата району", ru: "Чуйская область, Ысык-Атинский район" } }, () => 4, "_data/site.yaml").data.district
 * // { ky: "Ысык-Ата району", ru: "Ысык-Атинский район" }
 */
export function migrateRegion(
  data: Record<string, unknown>,
  lineOf: (path: readonly PropertyKey[]) => number,
  file: string,
): { data: Record<string, unknown>; problems: Problem[] } {
  if (!("region" in data)) return { data, problems: [] };
  const { region, ...rest } = data;
  const line = lineOf(["region"]);
  const warn = (message: Bilingual): Problem => ({ severity: "warning", file, line, key: "region", message });
  if ("oblast" in rest) return { data: rest, problems: [warn(placeMessages.regionIgnored())] };
  // Not a pair of texts: leave it to the schema to say so, at its line.
  if (!isBilingual(region)) return { data, problems: [] };
  const [oblastKy, districtKy] = splitRegion(region.ky);
  const [oblastRu, districtRu] = splitRegion(region.ru);
  const oblast = { ky: oblastKy, ru: oblastRu };
  // A district only when both languages name one.
  const district = districtKy && districtRu ? { ky: districtKy, ru: districtRu } : undefined;
  const migrated = { ...rest, oblast, ...(district && !("district" in rest) ? { district } : {}) };
  return { data: migrated, problems: [warn(placeMessages.regionSplit(oblast, district))] };
}

/**
 * What the kind of site requires beyond the schema: a municipality has a population and an
 * oblast; the national site has neither (nor a district or a classifier code of its own).
 * @example siteKindProblems({ kind: "national", population: 5, repository }, () => 3, "_data/site.yaml")[0]?.key // "population"
 */
export function siteKindProblems(site: SiteIdentity, lineOf: (path: readonly PropertyKey[]) => number, file: string): Problem[] {
  const problems: Problem[] = [];
  const error = (key: string, message: Bilingual, line = lineOf([key])): Problem => ({ severity: "error", file, line, key, message });
  if (site.code !== undefined && !CLASSIFIER_CODE.test(site.code)) problems.push(error("code", placeMessages.codeFormat(site.code)));
  if (site.kind === "national") {
    for (const key of ["population", "oblast", "district", "code"] as const) {
      if (site[key] !== undefined) problems.push(error(key, placeMessages.notForNational(key)));
    }
    return problems;
  }
  if (site.population === undefined) problems.push(error("population", placeMessages.populationRequired(), 1));
  if (site.oblast === undefined) problems.push(error("oblast", placeMessages.oblastRequired(), lineOf(["kind"])));
  return problems;
}

/**
 * The site's id in the nation: its classifier code, else `<owner>/<name>` of its repository.
 * @example siteId({ code: "41707215000000", repository: { owner: "a", name: "b" } }) // "41707215000000"
 * @example siteId({ repository: { owner: "achyk-kg", name: "ak-terek" } }) // "achyk-kg/ak-terek"
 */
export function siteId(site: Pick<SiteIdentity, "code" | "repository">): string {
  return site.code ?? `${site.repository.owner}/${site.repository.name}`;
}

/**
 * The site's place as one line, oblast then district: link previews and the about page.
 * @example placeText({ oblast: { ky: "Чүй облусу", ru: "Чуйская область" } })?.ru // "Чуйская область"
 */
export function placeText(site: Pick<SiteIdentity, "oblast" | "district">): Bilingual | undefined {
  if (!site.oblast) return undefined;
  const join = (lang: keyof Bilingual) => [site.oblast![lang], site.district?.[lang]].filter(Boolean).join(", ");
  return { ky: join("ky"), ru: join("ru") };
}
