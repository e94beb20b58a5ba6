/**
 * Every file Eleventy writes (pages, feeds, sitemap, calendars, open data) cleaned of the
 * characters XML 1.0 forbids, whatever their source: one stray U+000B makes a feed unreadable
 * for every reader. Content is cleaned when it is read (and staff warned); this is the last line.
 */
import { stripForbiddenXml } from "../lib/shared/xml-chars.ts";
import type { EleventyConfig } from "./eleventy.ts";

export default function cleanOutputPlugin(config: EleventyConfig): void {
  config.addTransform("achyk-xml-chars", (content: unknown) => (typeof content === "string" ? stripForbiddenXml(content) : content));
}
