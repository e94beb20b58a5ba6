/** An entry as the rest of the build sees it: validated, located, and placed in time. */
import type { ContentType, FrontMatter } from "./schema.ts";
import type { Lang } from "../shared/lang.ts";

/** live: public today; scheduled: public on its publish day; draft: never public. */
export type EntryState = "live" | "scheduled" | "draft";

export interface Entry<T extends ContentType = ContentType> {
  lang: Lang;
  type: T;
  slug: string;
  /** `reports/2026-10`: the same key in ky and ru = one entry, translated. */
  key: string;
  /** Path relative to the content folder, e.g. `ru/reports/2026-10.md`. */
  inputPath: string;
  url: string;
  data: FrontMatter[T];
  date: string;
  publish: string;
  state: EntryState;
  body: string;
  bodyLine: number;
  /**
   * The body as its page shows it, rendered once with the rest of the file's own work
   * (`entry-work.ts`: in a worker thread, kept in the cache by content); absent when validation
   * ran for `npm run check`, which shows no page.
   */
  html?: string;
  /** The plain-text start of the body `entries.json` carries, worked out with `html`. */
  excerpt?: string;
  /**
   * From git history, when known: the day the file first reached main, as the progress rules
   * use it (null when unknown, uncommitted, or part of the site's import of older publications).
   */
  firstCommit?: string | null;
  /** Provenance for the entry page; absent when the content folder has no git history. */
  history?: { first: string; last: string; imported: boolean; sha: string } | null;
}

export function entryUrl(lang: Lang, type: string, slug: string): string {
  return `/${lang}/${type}/${slug}/`;
}

export function stateOf(data: { draft?: boolean | undefined }, publish: string, today: string): EntryState {
  if (data.draft) return "draft";
  return publish <= today ? "live" : "scheduled";
}
