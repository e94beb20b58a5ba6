/** Display helpers for templates, registered in a loop: one name, one pure function. */
import { formatDay, formatMonth, monthName } from "../lib/dates.ts";
import { countEntries, t, typeNames } from "../lib/dictionary.ts";
import { entryFacts, formatNumber } from "../lib/facts.ts";
import { STATUS_TEXT } from "../lib/plan-view.ts";
import type { EleventyConfig } from "./eleventy.ts";

const filters = {
  t,
  formatDay,
  formatMonth,
  monthName,
  formatNumber,
  countEntries,
  entryFacts,
  typeName: (type: keyof typeof typeNames, lang: "ky" | "ru") => typeNames[type][lang],
  typeNameOne: (type: keyof typeof typeNames, lang: "ky" | "ru") => typeNames[type].one[lang],
  absoluteUrl: (url: string, base: string) => new URL(url.replace(/^\//, ""), base).href,
  json: (value: unknown) => JSON.stringify(value),
};

export default function filtersPlugin(config: EleventyConfig): void {
  for (const [name, filter] of Object.entries(filters)) config.addFilter(name, filter as (...args: never[]) => unknown);
  // `t("key", lang)` reads better in templates as a call than as a filter.
  config.addNunjucksGlobal("t", t);
  config.addNunjucksGlobal("statusIcons", Object.fromEntries(Object.entries(STATUS_TEXT).map(([k, v]) => [k, v.icon])));
}
