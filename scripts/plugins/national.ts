/**
 * A national site (`kind: national`) wired into Eleventy: global data `achykNational` with the
 * plan pages over every member (`national-plan.njk`), the home block, the open data
 * (`national-data.njk`) and the search filters; the search plugin adds the members' records to
 * the index. The logic lives in scripts/lib/national; for a municipality all of it is empty.
 */
import { nationalSite } from "../lib/national/national-site.ts";
import type { LoadedContent } from "../lib/validate/load.ts";
import { currentContent } from "./content.ts";
import type { EleventyConfig } from "./eleventy.ts";

/** The members' entries as search records; none for a municipality. */
export async function nationalRecords(content: LoadedContent) {
  return (await nationalSite(content))?.records ?? [];
}

/** The national search page's filter lists; null for a municipality (its own three apply). */
export async function nationalFilters(content: LoadedContent) {
  return (await nationalSite(content))?.filters ?? null;
}

export default function nationalPlugin(config: EleventyConfig): void {
  config.addGlobalData("achykNational", async () => {
    const national = await nationalSite(await currentContent());
    if (!national) return { planPages: [], files: [], home: null };
    const states = national.model.members.map((m) => m.status);
    const count = (state: string) => states.filter((s) => s === state).length;
    console.log(
      `National view: ${states.length} members (${count("ok")} ok, ${count("stale")} stale, ${count("unavailable")} unavailable), ` +
        `${national.records.length} entries to search.`,
    );
    return { planPages: national.planPages, files: national.files, home: national.home };
  });
}
