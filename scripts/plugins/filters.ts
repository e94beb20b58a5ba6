/** Display helpers for templates, registered in a loop: one name, one pure function. */
import { formatDay, formatMonth, monthName } from "../lib/shared/dates.ts";
import { countEntries, phrase, t, typeNames } from "../lib/shared/dictionary.ts";
import { entryFacts } from "../lib/model/facts.ts";
import { formatNumber } from "../lib/shared/format.ts";
import { STATUS_ICON } from "../lib/progress/plan-view.ts";
import type { EleventyConfig } from "./eleventy.ts";
import type { Lang } from "../lib/shared/lang.ts";

const filters = {
  t,
  formatDay,
  formatMonth,
  monthName,
  formatNumber,
  countEntries,
  entryFacts,
  typeName: (type: keyof typeof typeNames, lang: Lang) => typeNames[type][lang],
  typeNameOne: (type: keyof typeof typeNames, lang: Lang) => typeNames[type].one[lang],
  absoluteUrl: (url: string, base: string) => new URL(url.replace(/^\//, ""), base).href,
  json: (value: unknown) => JSON.stringify(value),
};

export default function filtersPlugin(config: EleventyConfig): void {
  for (const [name, filter] of Object.entries(filters)) config.addFilter(name, filter as (...args: never[]) => unknown);
  // `t("key", lang)` reads better in templates as a call than as a filter.
  config.addNunjucksGlobal("t", t);
  // A sentence whose number or date each language places itself: phrase("planAsOf", lang, { day }).
  config.addNunjucksGlobal("phrase", phrase);
  config.addNunjucksGlobal("statusIcons", STATUS_ICON);
}
