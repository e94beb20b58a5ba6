/**
 * The benchmark's baseline: plain Eleventy 3 rendering the same Markdown files as Achyk with
 * one Nunjucks layout, and nothing else (no validation, no site model, no feeds). The bench
 * runs it with the Eleventy CLI and indexes the result with the Pagefind CLI:
 *
 *   eleventy --config=bench/baseline/eleventy.config.js --input=<corpus> --output=<out>
 *   pagefind --site <out>
 */
import { readFileSync } from "node:fs";

export default function (eleventyConfig) {
  // The corpus lives in .bench/, which .gitignore lists: Eleventy must not skip it.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.ignores.add("_data/**");
  eleventyConfig.addTemplate("_includes/base.njk", readFileSync(new URL("./base.njk", import.meta.url), "utf8"));
  eleventyConfig.addGlobalData("layout", "base.njk");
  eleventyConfig.setQuietMode(true);
  return {
    templateFormats: ["md"],
    // Bodies are Markdown only, as in Achyk: no template language runs over them first.
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
}
