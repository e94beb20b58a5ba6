/** A plan of nine measures of every rhythm, and entries to count against it, for the progress tests. */
import type { Measure, Plan } from "../../../scripts/lib/validate/plan.ts";
import type { ProgressEntry } from "../../../scripts/lib/progress/progress.ts";

export const POPULATION = 8450;
const text = { ky: "т", ru: "т" };

function measure(
  id: string,
  rhythm: Measure["rhythm"],
  counts: Measure["counts"],
  indicator: Partial<Measure["indicator"]> & Pick<Measure["indicator"], "unit" | "aggregate">,
): Measure {
  return {
    id,
    goal: id.split(".")[0] ?? "",
    title: text,
    rhythm,
    counts,
    responsible: text,
    budget: text,
    expected_result: text,
    indicator: { text, target: null, ...indicator },
  };
}

export const PLAN: Plan = {
  years: [2025, 2026, 2027, 2028],
  goals: [
    { id: "1", title: text },
    { id: "2", title: text },
    { id: "3", title: text },
  ],
  measures: [
    measure("1.1", "monthly", { type: "posts" }, { unit: "%", aggregate: "max", field: "reach", per_population: true, target: 60 }),
    measure("1.2", "two-windows", { type: "presentations" }, { unit: "%", aggregate: "max", field: "attendance", per_population: true }),
    measure("1.3", "quarterly", { type: "mailings" }, { unit: "%", aggregate: "max", field: "recipients", per_population: true }),
    measure("1.5", "monthly-25", { type: "reports" }, { unit: "%", aggregate: "max", field: "reach", per_population: true, target: 60 }),
    measure("2.1", "half-yearly", { type: "meetings" }, { unit: "people", aggregate: "sum", field: "attendance" }),
    measure("2.2", "yearly", { type: "initiatives" }, { unit: "count", aggregate: "count", where: { status: ["supported", "implemented"] }, target: 3 }),
    measure("3.1", "quarterly", { type: "surveys", kind: "questionnaire" }, { unit: "count", aggregate: "count" }),
    measure("3.2", "half-yearly", { type: "surveys", kind: "collection" }, { unit: "count", aggregate: "sum", field: "responses" }),
    measure("3.3", "yearly", { type: "surveys", kind: "report" }, { unit: "count", aggregate: "count", where: { presented_to: "council" } }),
  ],
};

export interface EntryInput {
  type: string;
  slug: string;
  date: string;
  lang?: "ky" | "ru";
  state?: ProgressEntry["state"];
  publish?: string;
  firstCommit?: string | null;
  data?: Record<string, unknown>;
}

export function entry({ type, slug, date, lang = "ru", state = "live", publish = date, firstCommit, data = {} }: EntryInput): ProgressEntry {
  return { type, slug, lang, url: `/${lang}/${type}/${slug}/`, state, date, publish, firstCommit, data };
}

/** A monthly report (1.5) for `period`. */
export function report(period: string, date: string, more: Partial<EntryInput> = {}): ProgressEntry {
  return entry({ type: "reports", slug: period, date, ...more, data: { period, ...more.data } });
}
