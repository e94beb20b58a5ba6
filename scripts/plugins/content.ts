/**
 * Stages 1–3 wired into Eleventy: validated content, the site model and the progress model as
 * global data `achyk`, the attachments of live entries (and only those) copied to `/files/`.
 * The build CLI validates first and hands its result over; `npm start` (watch mode) reloads
 * content on every rebuild.
 */
import path from "node:path";
import { readBuildEnv } from "../lib/shared/env.ts";
import { cacheDirFrom } from "../lib/shared/disk-cache.ts";
import { hasErrors, loadContent, type LoadCache, type LoadedContent } from "../lib/validate/load.ts";
import { formatProblem } from "../lib/validate/problems.ts";
import { reports } from "../lib/validate/messages.ts";
import { bilingual } from "../lib/shared/lang.ts";
import { buildSiteModel } from "../lib/model/site-model.ts";
import { buildProgressModel } from "../lib/progress/progress-model.ts";
import { publishedFiles } from "../lib/validate/file-references.ts";
import { syncPublishedFiles } from "../lib/publish/attachment-files.ts";
import type { AttachmentTextCache } from "../lib/validate/attachment-scan.ts";
import type { EleventyConfig } from "./eleventy.ts";
import { timeline } from "../lib/shared/timeline.ts";

let preloaded: LoadedContent | undefined;

/** The build CLI has already loaded and validated content: reuse it instead of reading twice. */
export function usePreloadedContent(content: LoadedContent): void {
  preloaded = content;
}

/** Watch mode: files validated by earlier builds, reused while their text is unchanged. */
const loadCache: LoadCache = new Map();
const attachmentCache: AttachmentTextCache = new Map();
/** Watch mode: this build's content, shared by every stage that asks (reset before each build). */
let loading: Promise<LoadedContent> | undefined;
/** Watch mode: the entries (`type/slug`) whose files alone changed since the last build; null: all. */
let changedKeys: Set<string> | null = null;

/**
 * Entries (`type/slug`) whose pages a rebuild writes: in watch mode, after a change to entry files
 * only, just those (both languages: the translation link may change); else null, every entry.
 */
export function changedEntryKeys(): ReadonlySet<string> | null {
  return changedKeys;
}

export function currentContent(): Promise<LoadedContent> {
  if (preloaded) return Promise.resolve(preloaded);
  loading ??= (async () => {
    const env = readBuildEnv();
    // The cache on disk serves the first load; then this process's own (`loadCache`) knows more,
    // and rewriting the disk's on every save of a file would cost more than it saves.
    const cacheDir = loadCache.size === 0 ? cacheDirFrom() : null;
    const content = await loadContent({ ...env, reuse: loadCache, attachmentCache, cacheDir });
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
    return {
      content,
      site: content.site,
      plan: content.plan,
      ...(await timeline.span("site model", () => buildSiteModel(content, env.contentDirName))),
      ...(await timeline.span("progress model", () => buildProgressModel(content, env.contentDirName))),
    };
  });
  config.on("eleventy.before", async ({ directories, outputMode }: { directories: { output: string }; outputMode?: string }) => {
    loading = undefined;
    if (outputMode !== undefined && outputMode !== "fs") return;
    // Not a passthrough copy of content/files/: a draft's or scheduled entry's attachment, a
    // file no entry links to, must not be published.
    const content = await currentContent();
    const files = publishedFiles(content.entries, content.attachments.keys());
    await syncPublishedFiles(path.join(env.contentDir, "files"), files, path.join(path.resolve(directories.output), "files"));
  });
  config.on("eleventy.beforeWatch", (queue: string[]) => {
    const changed = queue.map((file) => path.relative(env.contentDir, path.resolve(file)).split(path.sep).join("/"));
    changedKeys = changed.every((rel) => /^(?:ky|ru)\/[a-z]+\/[^/]+\.md$/.test(rel)) ? new Set(changed.map((rel) => rel.slice(3, -3))) : null;
  });
  config.addWatchTarget(env.contentDir);
  // A saved Markdown file is complete after 50 ms without change (Eleventy waits 150 ms).
  (config as EleventyConfig & { setChokidarConfig?(options: object): void }).setChokidarConfig?.({
    awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 },
  });
}
