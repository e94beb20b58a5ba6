/** Display helpers for templates, registered in a loop: one name, one pure function from scripts/lib. */
import { formatDay } from "../lib/shared/dates.ts";
import { countEntries, phrase, t, typeNames } from "../lib/shared/dictionary.ts";
import { engineCredit } from "../lib/model/engine-credit.ts";
import { formatNumber } from "../lib/shared/format.ts";
import type { Lang } from "../lib/shared/lang.ts";
import { absoluteUrl } from "../lib/shared/urls.ts";
import type { ContentType } from "../lib/validate/schema.ts";
import type { EleventyConfig } from "./eleventy.ts";

const filters = {
  t,
  formatDay,
  formatNumber,
  countEntries,
  typeName: (type: ContentType, lang: Lang) => typeNames[type][lang],
  typeNameOne: (type: ContentType, lang: Lang) => typeNames[type].one[lang],
  absoluteUrl,
};

export default function filtersPlugin(config: EleventyConfig): void {
  for (const [name, filter] of Object.entries(filters)) config.addFilter(name, filter as (...args: never[]) => unknown);
  // `t("key", lang)` reads better in templates as a call than as a filter.
  config.addNunjucksGlobal("t", t);
  // A sentence whose number or date each language places itself: phrase("planAsOf", lang, { day }).
  config.addNunjucksGlobal("phrase", phrase);
  // The footer's "built with" line: the engine's version, linked to its release notes.
  config.addNunjucksGlobal("engineCredit", engineCredit);
}
