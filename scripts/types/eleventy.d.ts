// Eleventy 3 ships no type declarations: the slice of its programmatic API that Achyk uses.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean; runMode?: string });
    write(): Promise<unknown>;
    toJSON(): Promise<unknown>;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<unknown>;
    setIncrementalBuild(incremental: boolean): void;
  }
  export const HtmlBasePlugin: (config: unknown, options?: unknown) => unknown;
}
