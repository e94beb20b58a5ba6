/**
 * Thin on purpose: one plugin per stage of the flow, in flow order. Logic lives in scripts/lib.
 * content/*.md → validate → site model → pages (layouts/) → search index → publish
 */
import contentPlugin from "./scripts/plugins/content.ts";
import filtersPlugin from "./scripts/plugins/filters.ts";
import reachPlugin from "./scripts/plugins/reach.ts";
import searchPlugin from "./scripts/plugins/search.ts";
import templateCachePlugin from "./scripts/plugins/template-cache.ts";
import type { EleventyConfig } from "./scripts/plugins/eleventy.ts";

export default function (config: EleventyConfig) {
  config.addPlugin(templateCachePlugin);
  config.addPlugin(contentPlugin);
  config.addPlugin(filtersPlugin);
  config.addPlugin(reachPlugin);
  config.addPlugin(searchPlugin);
  config.addPassthroughCopy({ "layouts/assets": "assets" });
  config.setQuietMode(true);
  return {
    dir: { input: "layouts", includes: "_includes", data: "_data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
