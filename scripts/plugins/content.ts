/**
 * Stages 1–2 wired into Eleventy: validated content and the site model as global data `achyk`,
 * attachments copied to `/files/`. The build CLI validates first and hands its result over;
 * `npm start` (watch mode) reloads content on every rebuild.
 */
import path from "node:path";
import { readBuildEnv } from "../lib/env.ts";
import { hasErrors, loadContent, type LoadedContent } from "../lib/load.ts";
import { formatProblem } from "../lib/problems.ts";
import { buildSiteModel } from "../lib/site-model.ts";
import type { EleventyConfig } from "./eleventy.ts";

let preloaded: LoadedContent | undefined;

/** The build CLI has already loaded and validated content: reuse it instead of reading twice. */
export function usePreloadedContent(content: LoadedContent): void {
  preloaded = content;
}

export async function currentContent(): Promise<LoadedContent> {
  if (preloaded) return preloaded;
  const env = readBuildEnv();
  const content = await loadContent(env);
  if (hasErrors(content.problems)) {
    const lines = content.problems.filter((p) => p.severity === "error").map((p) => formatProblem(p, env.contentDirName));
    throw new Error(`Content has errors / Мазмунда каталар бар:\n${lines.join("\n")}`);
  }
  return content;
}

export default function contentPlugin(config: EleventyConfig): void {
  const env = readBuildEnv();
  config.addGlobalData("achyk", async () => {
    const content = await currentContent();
    return { content, site: content.site, plan: content.plan, ...buildSiteModel(content, env.contentDirName) };
  });
  config.addPassthroughCopy({ [path.join(env.contentDir, "files")]: "files" });
  config.addWatchTarget(env.contentDir);
}
