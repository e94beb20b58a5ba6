/**
 * Lighthouse (mobile: simulated slow 4G, 4× slower CPU) on one page of each kind, served as
 * GitHub Pages serves it: performance at least 95, accessibility, best practices and SEO 100.
 * Performance alone is re-run (best of up to 3) when it falls short: it measures the machine too.
 * `npm run lighthouse` runs this file alone and prints the table. The root language page is
 * left out: it sends the visitor on to /ky/ at once, which Lighthouse would judge instead.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shortfalls, startLighthouse, type Judge, type Verdict } from "./lighthouse.ts";
import { PAGE_KINDS, startPageSites, type PageSites } from "./page-kinds.ts";

let sites: PageSites;
let judge: Judge;
const verdicts: { name: string; verdict: Verdict }[] = [];

const kinds = PAGE_KINDS.filter((kind) => kind.lighthouse).map((kind) => ({ kind, title: `${kind.lang} ${kind.name}: ${kind.path}` }));

beforeAll(async () => {
  sites = await startPageSites();
  judge = await startLighthouse();
});

afterAll(async () => {
  await judge?.close();
  await sites?.close();
  if (verdicts.length === 0) return;
  const pad = (text: string | number, n: number) => String(text).padEnd(n);
  const rows = verdicts.map(({ name, verdict: v }) =>
    `${pad(name, 50)} ${pad(v.scores.performance, 5)} ${pad(v.scores.accessibility, 5)} ${pad(v.scores["best-practices"], 5)} ${pad(v.scores.seo, 5)} ` +
    `LCP ${pad(v.metrics["largest-contentful-paint"]!, 7)} CLS ${pad(v.metrics["cumulative-layout-shift"]!, 6)} TBT ${pad(v.metrics["total-blocking-time"]!, 7)}` +
      (v.runs > 1 ? ` (best of ${v.runs} runs)` : ""),
  );
  console.log(`Lighthouse 12, mobile (perf / a11y / best practices / SEO):\n${rows.join("\n")}`);
});

describe("Lighthouse on one page of each kind: performance ≥ 95, accessibility, best practices and SEO 100", () => {
  it("judges at least ten kinds, the search page with results among them", () => {
    expect(kinds.length).toBeGreaterThanOrEqual(10);
    expect(kinds.some(({ kind }) => kind.results)).toBe(true);
  });

  it.each(kinds)("$title", async ({ kind }) => {
    const verdict = await judge.judge(sites.urlOf(kind));
    verdicts.push({ name: `${kind.lang} ${kind.name}`, verdict });
    // On failure: the scores that fall short and every audit that cost points.
    expect({ shortfalls: shortfalls(verdict), failing: shortfalls(verdict).length ? verdict.failing : [] }).toEqual({ shortfalls: [], failing: [] });
  });
});
