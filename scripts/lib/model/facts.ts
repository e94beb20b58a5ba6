/** The structured fields of an entry as label/value pairs, ready for a <dl> on its page. */
import { formatMonth } from "../shared/dates.ts";
import { formatNumber } from "../shared/format.ts";
import { fieldNames, fieldNamesByType, valueNames, valueNamesByType } from "../shared/dictionary.ts";
import type { ContentType } from "../validate/schema.ts";
import type { Lang } from "../shared/lang.ts";

export interface Fact {
  key: string;
  label: string;
  value: string;
  href?: string;
}

/** Which fields each type shows, in reading order (lists such as agenda are shown apart). */
export const FACT_KEYS: Record<ContentType, readonly string[]> = {
  posts: ["reach"],
  presentations: ["event", "attendance"],
  mailings: ["recipients", "groups"],
  materials: ["format", "boards"],
  reports: ["period", "reach"],
  meetings: ["kind", "place", "attendance", "women", "youth"],
  events: ["kind", "time", "place", "status"],
  initiatives: ["status", "budget"],
  acts: ["number", "status", "mandate"],
  tos: ["group", "status", "budget"],
  surveys: ["kind", "responses", "appeals", "presented_to", "form_url"],
};

function label(value: string, lang: Lang, type?: ContentType): string {
  return (type && valueNamesByType[type]?.[value]?.[lang]) ?? valueNames[value]?.[lang] ?? value;
}

/**
 * @example entryFacts("meetings", { kind: "hearing", place: "Клуб", attendance: 120 }, "ru")[0] // { key: "kind", label: "Вид", value: "Общественные слушания" }
 */
export function entryFacts(type: ContentType, data: Readonly<Record<string, unknown>>, lang: Lang): Fact[] {
  const facts: Fact[] = [];
  for (const key of FACT_KEYS[type]) {
    const raw = data[key];
    if (raw === undefined || raw === null || raw === "") continue;
    const fact: Fact = { key, label: (fieldNamesByType[type]?.[key] ?? fieldNames[key]!)[lang], value: "" };
    if (key === "period" && typeof raw === "string") fact.value = formatMonth(raw, lang);
    else if (key === "form_url" && typeof raw === "string") Object.assign(fact, { value: raw.replace(/^https?:\/\//, ""), href: raw });
    else if (typeof raw === "number") fact.value = formatNumber(raw);
    else if (Array.isArray(raw)) fact.value = raw.map((v) => label(String(v), lang)).join(", ");
    else if (key === "time" || key === "place" || key === "number" || key === "mandate" || key === "group") fact.value = String(raw);
    else fact.value = label(String(raw), lang, type);
    facts.push(fact);
  }
  return facts;
}
