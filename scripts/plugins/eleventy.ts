/**
 * The part of Eleventy's config API that Achyk uses. Eleventy 3 ships no type declarations,
 * so this small interface keeps the plugins typed without `any`.
 */
export interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addNunjucksGlobal(name: string, value: unknown): void;
  addAsyncFilter(name: string, filter: (...args: never[]) => Promise<unknown>): void;
  addPassthroughCopy(copy: string | Record<string, string>): void;
  addTransform(name: string, transform: (content: unknown, outputPath: string) => unknown): void;
  addWatchTarget(target: string): void;
  addTemplate(virtualPath: string, content: string, data?: Record<string, unknown>): void;
  setServerOptions(options: Record<string, unknown>): void;
  setQuietMode(quiet: boolean): void;
  on(event: string, callback: (...args: never[]) => unknown): void;
  addPlugin(plugin: (config: EleventyConfig, options?: unknown) => unknown, options?: unknown): void;
  ignores: { add(glob: string): void };
  directories: { output: string; input: string };
}
