/**
 * Performance only: compile each Nunjucks template once per build instead of once per page.
 *
 * Eleventy 3.1 marks Nunjucks as not cacheable and hands every paginated page a fresh
 * `nunjucks.Template` of the same source, so a 10,000-entry site parsed and compiled
 * `entry.njk` 10,000 times (40% of the build's CPU in the profile). Nunjucks' own compiled
 * form (the root render function and the blocks) depends only on the source, the template's
 * path and the environment, so it is shared here between templates with the same three.
 * A changed template has another source, and every Eleventy build makes a new environment:
 * nothing stale is ever reused.
 */
import type { EleventyConfig } from "./eleventy.ts";

interface CompiledTemplate {
  blocks: Record<string, unknown>;
  rootRenderFunc: unknown;
}

interface NunjucksTemplate extends CompiledTemplate {
  env: object;
  path?: string | null;
  tmplStr?: unknown;
  tmplProps?: unknown;
  compiled: boolean;
  _compile(): void;
}

interface NunjucksLibrary {
  Template: { prototype: NunjucksTemplate };
}

const compiledByEnv = new WeakMap<object, Map<string, CompiledTemplate>>();
const patched = new WeakSet<object>();

/** Wraps `Template#_compile` of a Nunjucks library with a cache keyed by environment, path and source. */
export function shareCompiledTemplates(nunjucks: NunjucksLibrary): void {
  const proto = nunjucks.Template.prototype;
  if (patched.has(proto)) return;
  patched.add(proto);
  const compile = proto._compile;
  proto._compile = function (this: NunjucksTemplate) {
    if (this.tmplProps || typeof this.tmplStr !== "string") return compile.call(this);
    let cache = compiledByEnv.get(this.env);
    if (!cache) compiledByEnv.set(this.env, (cache = new Map()));
    const key = `${this.path ?? ""}\u0000${this.tmplStr}`;
    const hit = cache.get(key);
    if (hit) {
      // Nunjucks copies `blocks` into each render's context; the shared object is never written.
      this.blocks = hit.blocks;
      this.rootRenderFunc = hit.rootRenderFunc;
      this.compiled = true;
      return;
    }
    compile.call(this);
    cache.set(key, { blocks: this.blocks, rootRenderFunc: this.rootRenderFunc });
  };
}

export default function templateCachePlugin(config: EleventyConfig): void {
  config.on("eleventy.engine.njk", ({ nunjucks }: { nunjucks: NunjucksLibrary }) => shareCompiledTemplates(nunjucks));
}
