/** What the build takes from its environment: which content folder, which day is today. */
import path from "node:path";
import { todayFrom } from "./dates.ts";
import type { Bilingual } from "./lang.ts";

export interface BuildEnv {
  /** As given (for messages, e.g. `content`), and resolved. */
  contentDirName: string;
  contentDir: string;
  today: string;
}

/** A variable of the environment that cannot be used, said for staff in both languages. */
export class BuildEnvError extends Error {
  constructor(readonly bilingual: Bilingual) {
    super(`${bilingual.ky} / ${bilingual.ru}`);
    this.name = "BuildEnvError";
  }
}

/**
 * @example readBuildEnv({ CONTENT_DIR: "tests/fixtures/small", SITE_TODAY: "2026-11-25" }).today // "2026-11-25"
 * @example readBuildEnv({ SITE_TODAY: "garbage" }) // throws BuildEnvError naming SITE_TODAY and «garbage»
 */
export function readBuildEnv(env: Readonly<Record<string, string | undefined>> = process.env, cwd = process.cwd()): BuildEnv {
  const contentDirName = env.CONTENT_DIR?.trim() || "content";
  let today: string;
  try {
    today = todayFrom(env);
  } catch {
    const found = (env.SITE_TODAY ?? "").trim().slice(0, 40);
    throw new BuildEnvError({
      ky: `SITE_TODAY өзгөрмөсүндөгү «${found}» күн эмес: ЖЖЖЖ-АА-КК түрүндөгү чыныгы күн күтүлөт, мисалы SITE_TODAY=2026-11-25. Аны оңдоңуз же алып салыңыз (анда бүгүнкү Бишкек күнү алынат).`,
      ru: `Значение «${found}» переменной SITE_TODAY — не дата: ожидается настоящий день в виде ГГГГ-ММ-ДД, например SITE_TODAY=2026-11-25. Исправьте его или уберите переменную (тогда берётся сегодняшний день по Бишкеку).`,
    });
  }
  return { contentDirName, contentDir: path.resolve(cwd, contentDirName), today };
}
