/**
 * Filters as templates use them: registered by the plugin into a real Nunjucks environment
 * (the one Eleventy renders with), then called from template text, autoescaping on.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import filtersPlugin from "../../scripts/plugins/filters.ts";
import type { EleventyConfig } from "../../scripts/plugins/eleventy.ts";

interface Environment {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addGlobal(name: string, value: unknown): void;
  renderString(source: string, context: object): string;
}
const nunjucks = createRequire(import.meta.url)("nunjucks") as { Environment: new (loader: null, options: object) => Environment };

/** The plugin, given only what it registers with: filters and globals go into `env`. */
function environment(): Environment {
  const env = new nunjucks.Environment(null, { autoescape: true });
  const config = {
    addFilter: (name: string, fn: (...args: never[]) => unknown) => env.addFilter(name, fn),
    addNunjucksGlobal: (name: string, value: unknown) => env.addGlobal(name, value),
  } as unknown as EleventyConfig;
  filtersPlugin(config);
  return env;
}

describe("filters in a real Nunjucks environment", () => {
  const env = environment();
  const cases = [
    { template: `{{ "/ru/reports/2026-10/" | absoluteUrl("https://ak-terek.kg/") }}`, out: "https://ak-terek.kg/ru/reports/2026-10/" },
    { template: `{{ "/ky/" | absoluteUrl("https://owner.github.io/ak-terek/") }}`, out: "https://owner.github.io/ak-terek/ky/" },
    { template: `{{ "2026-11-25" | formatDay("ru") }}`, out: "25 ноября 2026" },
    { template: `{{ 8450 | formatNumber }}`, out: "8\u00a0450" },
    { template: `{{ 5 | countEntries("ru") }}`, out: "5 записей" },
    { template: `{{ 1 | countEntries("ru") }}`, out: "1 запись" },
    { template: `{{ "reports" | typeName("ru") }}`, out: "Ежемесячные отчёты" },
    { template: `{{ "meetings" | typeNameOne("ky") }}`, out: "Протокол" },
    { template: `{{ t("search", "ky") }}`, out: "Издөө" },
    { template: `{{ "search" | t("ru") }}`, out: "Поиск" },
  ] as const;
  it.each(cases)("$template → $out", ({ template, out }) => {
    expect(env.renderString(template, {})).toBe(out);
  });

  it("escapes what a filter returns, like every other value (no filter marks text safe)", () => {
    expect(env.renderString(`{{ "/a?x=<b>" | absoluteUrl("https://ak-terek.kg/") }}`, {})).toBe("https://ak-terek.kg/a?x=%3Cb%3E");
    expect(env.renderString(`{{ t(key, "ru") }}`, { key: "search" })).toBe("Поиск");
  });

  it("a missing dictionary key stops the render with the key named", () => {
    expect(() => env.renderString(`{{ t("no-such-key", "ky") }}`, {})).toThrow(/no-such-key/);
  });
});
