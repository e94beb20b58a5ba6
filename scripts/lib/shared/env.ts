/** What the build takes from its environment: which content folder, which day is today. */
import path from "node:path";
import { todayFrom } from "./dates.ts";

export interface BuildEnv {
  /** As given (for messages, e.g. `content`), and resolved. */
  contentDirName: string;
  contentDir: string;
  today: string;
}

/**
 * @example readBuildEnv({ CONTENT_DIR: "tests/fixtures/small", SITE_TODAY: "2026-11-25" }).today // "2026-11-25"
 */
export function readBuildEnv(env: Readonly<Record<string, string | undefined>> = process.env, cwd = process.cwd()): BuildEnv {
  const contentDirName = env.CONTENT_DIR?.trim() || "content";
  return { contentDirName, contentDir: path.resolve(cwd, contentDirName), today: todayFrom(env) };
}
