/**
 * The engine's version, for the open data (`site.json`'s `engine_version`): read once from the
 * project's `package.json`. Kept to one export so that it can be swapped for the engine module
 * of the upgrade work (`shared/engine.ts`, which reads the same field) without touching callers.
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../package.json"), "utf8")) as { version?: unknown };

/** @example ENGINE_VERSION // "0.1.0" */
export const ENGINE_VERSION: string = typeof pkg.version === "string" ? pkg.version : "0.0.0";
