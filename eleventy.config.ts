/**
 * Thin on purpose: one plugin per stage of the flow, in flow order. Logic lives in scripts/lib.
 * content/*.md → validate → site model → pages (layouts/) → search index → publish
 */
import cleanOutputPlugin from "./scripts/plugins/clean-output.ts";
import contentPlugin, { currentContent } from "./scripts/plugins/content.ts";
import pagesPlugin from "./scripts/plugins/pages.ts";
import filtersPlugin from "./scripts/plugins/filters.ts";
import reachPlugin from "./scripts/plugins/reach.ts";
import searchPlugin from "./scripts/plugins/search.ts";
import openDataPlugin from "./scripts/plugins/open-data.ts";
import nationalPlugin from "./scripts/plugins/national.ts";
import templateCachePlugin from "./scripts/plugins/template-cache.ts";
import profilePlugin from "./scripts/plugins/profile.ts";
import type { EleventyConfig } from "./scripts/plugins/eleventy.ts";
import { HtmlBasePlugin } from "@11ty/eleventy";
import { pathPrefixOf } from "./scripts/lib/validate/site.ts";

export default async function (config: EleventyConfig) {
  // A GitHub Pages project site lives under /<repository>/: links get that prefix at build time.
  const { site } = await currentContent();
  const pathPrefix = site ? pathPrefixOf(site.base_url) : "/";
  if (pathPrefix !== "/") config.addPlugin(HtmlBasePlugin);
  config.addPlugin(profilePlugin);
  config.addPlugin(templateCachePlugin);
  config.addPlugin(contentPlugin);
  config.addPlugin(filtersPlugin);
  config.addPlugin(reachPlugin);
  config.addPlugin(openDataPlugin);
  config.addPlugin(nationalPlugin);
  config.addPlugin(searchPlugin);
  config.addPlugin(pagesPlugin);
  config.addPlugin(cleanOutputPlugin);
  config.addPassthroughCopy({ "layouts/assets": "assets" });
  config.setQuietMode(true);
  return {
    dir: { input: "layouts", includes: "_includes", data: "_data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
    pathPrefix,
  };
}
