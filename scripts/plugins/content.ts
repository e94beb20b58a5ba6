/**
 * Stages 1–2 wired into Eleventy: validated content and the site model as global data `achyk`,
 * attachments copied to `/files/`. The build CLI validates first and hands its result over;
 * `npm start` (watch mode) reloads content on every rebuild.
 */
import path from "node:path";
import { readBuildEnv } from "../lib/shared/env.ts";
import { hasErrors, loadContent, type LoadCache, type LoadedContent } from "../lib/validate/load.ts";
import { formatProblem } from "../lib/validate/problems.ts";
import { reports } from "../lib/validate/messages.ts";
import { bilingual } from "../lib/shared/lang.ts";
import { buildSiteModel } from "../lib/model/site-model.ts";
import type { EleventyConfig } from "./eleventy.ts";

let preloaded: LoadedContent | undefined;

/** The build CLI has already loaded and validated content: reuse it instead of reading twice. */
export function usePreloadedContent(content: LoadedContent): void {
  preloaded = content;
}

/** Watch mode: files validated by earlier builds, reused while their text is unchanged. */
const loadCache: LoadCache = new Map();
/** Watch mode: this build's content, shared by every stage that asks (reset before each build). */
let loading: Promise<LoadedContent> | undefined;
/** Watch mode: the entries (`type/slug`) whose files alone changed since the last build; null: all. */
let changedKeys: Set<string> | null = null;

export function currentContent(): Promise<LoadedContent> {
  if (preloaded) return Promise.resolve(preloaded);
  loading ??= (async () => {
    const env = readBuildEnv();
    const content = await loadContent({ ...env, reuse: loadCache });
    if (hasErrors(content.problems)) {
      const lines = content.problems.filter((p) => p.severity === "error").map((p) => formatProblem(p, env.contentDirName));
      throw new Error(`${bilingual(reports.contentErrors())}:\n${lines.join("\n")}`);
    }
    return content;
  })();
  return loading;
}

export default function contentPlugin(config: EleventyConfig): void {
  const env = readBuildEnv();
  config.addGlobalData("achyk", async () => {
    const content = await currentContent();
    const model = buildSiteModel(content, env.contentDirName);
    // Entry pages to write: in watch mode, after a change to entry files only, just those entries
    // (both languages: the translation link may change). Pages written before stay in the output.
    const entryPages = changedKeys ? model.entries.filter((e) => changedKeys!.has(e.key)) : model.entries;
    return { content, site: content.site, plan: content.plan, ...model, entryPages };
  });
  config.on("eleventy.before", () => {
    loading = undefined;
  });
  config.on("eleventy.beforeWatch", (queue: string[]) => {
    const changed = queue.map((file) => path.relative(env.contentDir, path.resolve(file)).split(path.sep).join("/"));
    changedKeys = changed.every((rel) => /^(?:ky|ru)\/[a-z]+\/[^/]+\.md$/.test(rel)) ? new Set(changed.map((rel) => rel.slice(3, -3))) : null;
  });
  config.addPassthroughCopy({ [path.join(env.contentDir, "files")]: "files" });
  config.addWatchTarget(env.contentDir);
  // A saved Markdown file is complete after 50 ms without change (Eleventy waits 150 ms).
  (config as EleventyConfig & { setChokidarConfig?(options: object): void }).setChokidarConfig?.({
    awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 },
  });
}
