/**
 * The keys a zod schema allows at a path, read from the schema itself: for "did you mean"
 * hints and "allowed keys here are …" in messages about entries, site.yaml and plan.yaml.
 */
import { z } from "zod";

/**
 * The keys of the object at `path` inside `schema` (list items by index), looking through
 * optional, nullable, default and pipe wrappers (`z.preprocess` and `.transform`); `[]`
 * when the path leads nowhere or not to an object.
 * @example keysAtPath(z.object({ results: z.array(z.object({ question: z.string() })).optional() }), ["results", 0]) // ["question"]
 */
export function keysAtPath(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const step of path) {
    if (current instanceof z.core.$ZodArray && typeof step === "number") {
      current = unwrap(current._zod.def.element);
    } else if (current instanceof z.core.$ZodObject && typeof step === "string" && Object.hasOwn(current._zod.def.shape, step)) {
      current = unwrap(current._zod.def.shape[step]!);
    } else {
      return [];
    }
  }
  return current instanceof z.core.$ZodObject ? Object.keys(current._zod.def.shape) : [];
}

/** The schema inside its wrappers: the object or array that data at this place must be. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.core.$ZodOptional || current instanceof z.core.$ZodNullable || current instanceof z.core.$ZodDefault) {
      current = current._zod.def.innerType;
    } else if (current instanceof z.core.$ZodPipe) {
      // `z.preprocess(fn, s)` is a pipe from a transform into `s`; `s.transform(fn)` a pipe from `s`.
      const { in: from, out: to } = current._zod.def;
      current = from instanceof z.core.$ZodTransform ? to : from;
    } else {
      return current;
    }
  }
}
