/**
 * Stage 3 of the flow: the plan against the entries, as the plan pages and the open data show
 * it. Beside the site model (stage 2), over the same validated content; the content plugin
 * composes the two for the templates.
 */
import { LANGS } from "../shared/lang.ts";
import { memoByObject } from "../shared/memo.ts";
import type { LoadedContent } from "../validate/load.ts";
import { siteId } from "../validate/site-identity.ts";
import { nextDeadlines } from "./deadlines.ts";
import { progressCsv, progressJson } from "./open-data.ts";
import { buildPlanPage, type PlanPageView } from "./plan-view.ts";
import { computeProgress, type Progress } from "./progress.ts";

export interface ProgressModel {
  progress: Progress | null;
  planPages: PlanPageView[];
  /** `_site/data/progress.json` and `.csv`, the open-data form of the progress page. */
  progressJson: string;
  progressCsv: string;
}

/** How far ahead the progress page lists deadlines. */
const DEADLINE_DAYS = 31;

/**
 * @example buildProgressModel(content).planPages.map((p) => p.lang) // ["ky", "ru"]
 */
export function buildProgressModel(content: LoadedContent, contentDirName = "content"): ProgressModel {
  return progressModelOf(content, contentDirName);
}

/** Built once per content load and folder name: pages, feeds and search share it (read-only). */
const progressModelOf = memoByObject(computeProgressModel);

function computeProgressModel(content: LoadedContent, contentDirName: string): ProgressModel {
  const { plan, site } = content;
  // A national site has no population, hence no plan of its own: its plan pages are the members' (national/).
  if (!plan || !site || site.population === undefined) return { progress: null, planPages: [], progressJson: "{}\n", progressCsv: "" };
  const progress = computeProgress(plan, content.entries, { today: content.today, population: site.population });
  const deadlines = nextDeadlines(progress, { today: content.today, withinDays: DEADLINE_DAYS });
  return {
    progress,
    planPages: LANGS.map((lang) => buildPlanPage(progress, deadlines, plan, site, lang, contentDirName)),
    progressJson: `${JSON.stringify(progressJson(progress, siteId(site)), null, 2)}\n`,
    progressCsv: progressCsv(progress),
  };
}
