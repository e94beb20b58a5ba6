/**
 * The footer's "built with" line: the dictionary's sentence with the engine's name and version
 * in it, split around them so the template can link the version to its release notes without
 * building HTML in code.
 */
import { t } from "../shared/dictionary.ts";
import { ENGINE, releaseNotesUrl, type Engine } from "../shared/engine.ts";
import type { Lang } from "../shared/lang.ts";

export interface EngineCredit {
  before: string;
  /** `Achyk 0.2.0` */
  label: string;
  /** The changelog at that release. */
  href: string;
  after: string;
}

/**
 * @example engineCredit("ru") // { before: "Сайт сделан на ", label: "Achyk 0.2.0", href: "https://github.com/achyk-kg/achyk/blob/v0.2.0/CHANGELOG.md", after: ": открытые отчёты …" }
 */
export function engineCredit(lang: Lang, engine: Engine = ENGINE): EngineCredit {
  const sentence = t("footerNote", lang);
  const at = sentence.indexOf("{engine}");
  if (at < 0) throw new Error(`dictionary footerNote (${lang}) has no {engine}`);
  return {
    before: sentence.slice(0, at),
    label: `${engine.name} ${engine.version}`,
    href: releaseNotesUrl(engine),
    after: sentence.slice(at + "{engine}".length),
  };
}
