/**
 * One zod schema per content type: the single source of what staff may write in front matter.
 * Types are inferred from the schemas, so templates and logic can't drift from the contract.
 */
import { z } from "zod";
import { isClockTime, isIsoDay, isIsoMonth } from "../shared/dates.ts";
import { keysAtPath } from "./schema-keys.ts";

/** Names the expected format of a custom field, so messages can say it in words. */
export type FieldFormat = "day" | "month" | "time" | "url" | "file";

const day = () => z.custom<string>(isIsoDay, { params: { format: "day" satisfies FieldFormat } });
const month = () => z.custom<string>(isIsoMonth, { params: { format: "month" satisfies FieldFormat } });
const clock = () => z.custom<string>(isClockTime, { params: { format: "time" satisfies FieldFormat } });
/** Text that is not empty once trimmed (entries, site.yaml, registry.yaml alike). */
export const text = () => z.string().trim().min(1);
/** The same text in Kyrgyz and Russian. */
export const bilingualText = () => z.strictObject({ ky: text(), ru: text() });
/** YAML reads unquoted digits (`number: 12`, a classifier code) as a number: take the text staff wrote. */
export const digitsAsText = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === "number" ? String(v) : v), schema);
const count = () => z.number().int().min(0);
const httpUrl = () =>
  z.custom<string>((v) => typeof v === "string" && /^https?:\/\/[^\s]+$/.test(v), { params: { format: "url" satisfies FieldFormat } });

export const attachmentSchema = z.strictObject({ file: text(), title: text() });

/** Keys every entry may have. */
export const commonShape = {
  title: text(),
  date: day(),
  publish: day().optional(),
  summary: text().optional(),
  attachments: z.array(attachmentSchema).optional(),
  draft: z.boolean().optional(),
  /** Values the privacy guard lets through in this entry, each with the reason it may be public. */
  allow_personal: z.array(z.strictObject({ value: text(), reason: text() })).optional(),
};

const meetingKind = z.enum(["gathering", "hearing"]);
const surveyAudience = z.enum(["staff", "council", "hearing", "social"]);

export const surveyResultSchema = z.strictObject({
  question: text(),
  answers: z.array(z.strictObject({ label: text(), count: count() })).min(1),
});

/** `women` and `youth` are parts of `attendance`. */
function partsOfAttendance<T extends { attendance?: number | undefined; women?: number | undefined; youth?: number | undefined }>(
  value: T,
  ctx: z.core.$RefinementCtx<T>,
): void {
  for (const key of ["women", "youth"] as const) {
    const part = value[key];
    if (typeof part === "number" && typeof value.attendance === "number" && part > value.attendance) {
      ctx.addIssue({ code: "custom", path: [key], input: part, params: { rule: "lte", other: "attendance", limit: value.attendance } });
    }
  }
}

function hasAttendanceNumbers(value: unknown): boolean {
  const v = value as { attendance?: unknown } | null;
  return typeof v === "object" && v !== null && typeof v.attendance === "number";
}

export const schemas = {
  posts: z.strictObject({ ...commonShape, reach: count().optional() }),
  presentations: z.strictObject({ ...commonShape, event: meetingKind, attendance: count().optional() }),
  mailings: z.strictObject({ ...commonShape, recipients: count(), groups: count().optional() }),
  materials: z.strictObject({
    ...commonShape,
    format: z.enum(["booklet", "poster", "brochure", "leaflet", "other"]),
    boards: count().optional(),
  }),
  reports: z.strictObject({ ...commonShape, period: month(), reach: count().optional() }),
  meetings: z
    .strictObject({
      ...commonShape,
      kind: meetingKind,
      attendance: count(),
      place: text(),
      women: count().optional(),
      youth: count().optional(),
      agenda: z.array(text()).optional(),
      decisions: z.array(text()).optional(),
    })
    // Checked even when other keys are wrong, so staff see every error of the file at once.
    .superRefine(partsOfAttendance, { when: (payload) => hasAttendanceNumbers(payload.value) }),
  events: z.strictObject({
    ...commonShape,
    kind: z.enum(["gathering", "hearing", "presentation"]),
    place: text(),
    time: clock(),
    status: z.enum(["planned", "postponed", "cancelled"]).optional(),
  }),
  initiatives: z.strictObject({
    ...commonShape,
    status: z.enum(["proposed", "supported", "implemented"]),
    budget: count().optional(),
  }),
  acts: z.strictObject({
    ...commonShape,
    status: z.enum(["initiated", "adopted"]),
    // Staff may write `number: 12` or `number: "12-3"`: both are the act's number as text.
    number: digitsAsText(text()),
    mandate: text().optional(),
  }),
  tos: z.strictObject({
    ...commonShape,
    group: text(),
    status: z.enum(["supported", "implemented"]),
    budget: count().optional(),
  }),
  surveys: z.strictObject({
    ...commonShape,
    kind: z.enum(["questionnaire", "collection", "report"]),
    form_url: httpUrl().optional(),
    responses: count().optional(),
    appeals: count().optional(),
    presented_to: z.array(surveyAudience).optional(),
    results: z.array(surveyResultSchema).optional(),
  }),
} as const;

export type ContentType = keyof typeof schemas;
export const contentTypes = Object.keys(schemas) as ContentType[];

/** Front matter of each type, after validation. */
export type FrontMatter = { [T in ContentType]: z.output<(typeof schemas)[T]> };
export type AnyFrontMatter = FrontMatter[ContentType];

export function isContentType(value: string): value is ContentType {
  return Object.hasOwn(schemas, value);
}

/** The keys a type allows, for "did you mean" hints and the staff guide's tables. */
export function allowedKeys(type: ContentType): string[] {
  return allowedKeysAt(type, []);
}

/**
 * The keys allowed in the object at `path` of a type's front matter (`["attachments", 0]` → file, title).
 * @example allowedKeysAt("surveys", ["results", 0]) // ["question", "answers"]
 */
export function allowedKeysAt(type: ContentType, path: readonly PropertyKey[]): string[] {
  return keysAtPath(schemas[type], path);
}
