/**
 * Everything a national site adds to an Achyk build, from its registry and the members'
 * snapshots: the national model, its plan pages and home block in both languages, the open
 * data (`national.json`, `.csv` and the JSON Schema), and the search records. Made once per
 * content load; a municipal site gets null and pays nothing.
 */
import { LANGS, type Lang } from "../shared/lang.ts";
import type { LoadedContent } from "../validate/load.ts";
import { siteId } from "../validate/site-identity.ts";
import { jsonSchemaText, listPerLine, type OutputFile } from "../reach/open-data.ts";
import { buildNational, type NationalModel } from "./national-model.ts";
import { nationalCsv, nationalJson, nationalJsonSchema } from "./national-data.ts";
import { NATIONAL_FILTER_LABELS, NATIONAL_FILTERS, nationalSearchRecords, type NationalSearchRecord } from "./national-search.ts";
import { nationalHome, nationalPlanPage, type NationalHome, type NationalPlanPage } from "./plan-view.ts";
import { readSnapshot, type Snapshot } from "./snapshots.ts";

export interface NationalSite {
  model: NationalModel;
  planPages: NationalPlanPage[];
  home: Record<Lang, NationalHome>;
  files: OutputFile[];
  records: NationalSearchRecord[];
  /** The search page's filter lists, in order: name and label per language. */
  filters: { name: string; label: Record<Lang, string> }[];
}

const cache = new WeakMap<LoadedContent, Promise<NationalSite | null>>();

/**
 * @example (await nationalSite(content))?.planPages.map((p) => p.lang) // ["ky", "ru"]
 */
export function nationalSite(content: LoadedContent): Promise<NationalSite | null> {
  let found = cache.get(content);
  if (!found) cache.set(content, (found = makeNationalSite(content)));
  return found;
}

async function makeNationalSite(content: LoadedContent): Promise<NationalSite | null> {
  const { site, plan, registry } = content;
  if (site?.kind !== "national" || !plan || !registry) return null;
  const snapshots = new Map<string, Snapshot>();
  await Promise.all(registry.members.map(async (m) => snapshots.set(m.id, await readSnapshot(content.contentDir, m.id))));
  const model = buildNational(plan, registry.members, snapshots, content.today);
  const id = siteId(site);
  const withEntries = registry.members.flatMap((member) => {
    const entries = snapshots.get(member.id)?.files?.entries.entries;
    return entries ? [{ member, entries }] : [];
  });
  return {
    model,
    planPages: LANGS.map((lang) => nationalPlanPage(model, plan, lang)),
    home: { ky: nationalHome(model, "ky"), ru: nationalHome(model, "ru") },
    files: [
      { url: "/data/national.json", body: listPerLine(nationalJson(model, id), "members") },
      { url: "/data/national.csv", body: nationalCsv(model) },
      { url: "/data/schema/national.json", body: jsonSchemaText(nationalJsonSchema) },
    ],
    records: nationalSearchRecords(withEntries, plan),
    filters: NATIONAL_FILTERS.map((name) => ({ name, label: NATIONAL_FILTER_LABELS[name] })),
  };
}
