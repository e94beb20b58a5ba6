/**
 * Stage 1 of the flow: reads a content folder, validates every entry, site.yaml and plan.yaml,
 * and makes the checks that need more than one file (attachments, duplicate report periods,
 * missing Kyrgyz versions). Used by `npm run check` and by the build alike.
 */
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { scanAttachments, type AttachmentTextCache } from "./attachment-scan.ts";
import { checkAttachmentFiles } from "./attachments.ts";
import { attachmentPath, fileReferences, unreferencedFiles } from "./file-references.ts";
import { readContentTree } from "./content-tree.ts";
import type { Entry } from "./entry.ts";
import { commitsUpTo, readGitHistory, type FileHistory } from "./git-history.ts";
import { checkEntryBody, checkLinks, linkTargets, rememberBodyItems } from "./links.ts";
import { messages } from "./messages.ts";
import { parsePlan, type Plan } from "./plan.ts";
import type { Problem } from "./problems.ts";
import { parseSite, type Site } from "./site.ts";
import { checkReportPeriods } from "./report-period.ts";
import { sourceText } from "./source-text.ts";
import { parseRegistry, type Registry } from "./registry.ts";
import { registryMessages } from "./national-messages.ts";
import { placeInTime } from "./entry-file.ts";
import { lineAt, type EntryWork } from "./entry-work.ts";
import { threadsFor, workEntryFiles, type EntryFile } from "./entry-pool.ts";
import { cacheName, DiskCache, hashKey } from "../shared/disk-cache.ts";
import { timeline } from "../shared/timeline.ts";
import type { Bilingual } from "../shared/lang.ts";

export interface LoadOptions {
  contentDir: string;
  today: string;
  /** Read provenance from git (default true); without a repository the build simply has none. */
  gitHistory?: boolean;
  /** Render each entry's body for its page (default true); `npm run check` shows no page. */
  html?: boolean;
  /**
   * The folder of the cache by content (`shared/disk-cache.ts`): files whose bytes, path and
   * office contacts were validated before are not validated again. `null` or absent: no cache.
   */
  cacheDir?: string | null;
  /** Worker threads for the per-file work; default: as many as pay off (`entry-pool.ts`). */
  threads?: number;
  /** Watch mode: the per-file work of earlier loads in this process, by the same keys as the cache. */
  reuse?: LoadCache;
  /** Watch mode: the text of attachments read by earlier loads, kept while the files stay the same. */
  attachmentCache?: AttachmentTextCache;
}

/** Per entry file (by a hash of its path, bytes and the office contacts), the work validating it gave. */
export type LoadCache = Map<string, EntryWork>;

export interface AttachmentFile {
  /** Path relative to `content/files/`. */
  file: string;
  bytes: number;
}

/** How the entry files of a load were validated: from the cache, or worked now (in how many threads). */
export interface LoadStats {
  files: number;
  cached: number;
  worked: number;
  threads: number;
}

export interface LoadedContent {
  contentDir: string;
  today: string;
  site?: Site;
  plan?: Plan;
  /** A national site's members (`_data/registry.yaml`); undefined for a municipality. */
  registry?: Registry;
  /** Every valid entry, live, scheduled or draft: each stage decides what it shows. */
  entries: Entry[];
  attachments: Map<string, AttachmentFile>;
  /** Text of every PDF in `files/`, read once for the privacy guard, for the search index; `null`: a scan. */
  pdfText: Map<string, string | null>;
  problems: Problem[];
  stats?: LoadStats;
}

export async function loadContent(options: LoadOptions): Promise<LoadedContent> {
  const { contentDir, today, gitHistory = true, reuse, attachmentCache, cacheDir = null } = options;
  const problems: Problem[] = [];
  const endRead = timeline.begin("validate: read files");
  const [{ site, officePhones }, plan, tree, history, cache] = await Promise.all([
    readSite(contentDir, problems),
    readPlan(contentDir, problems),
    readContentTree(contentDir),
    gitHistory ? readGitHistory(contentDir, { under: ".", keys: "under" }) : Promise.resolve(null),
    DiskCache.open<EntryWork>(cacheDir, cacheName("entries", contentDir)),
  ]);
  problems.push(...tree.problems);
  const entryPaths = tree.entryFiles;
  const attachments = await statAttachments(path.join(contentDir, "files"), tree.attachments);
  const registry = site?.kind === "national" ? await readRegistry(contentDir, problems) : undefined;
  const imported = history && site?.history_import ? await commitsUpTo(contentDir, site.history_import) : null;

  // Office phones may be public; read even from a site.yaml with an error elsewhere in it.
  const officeAllowed = officePhones;
  const html = options.html ?? true;
  // Read one after another without the thread pool: for thousands of small files, four times
  // less CPU than as many promises (10,000 files: 0.15 s against 0.7 s).
  const files: EntryFile[] = entryPaths.map((rel) => ({ rel, bytes: readFileSync(path.join(contentDir, rel)) }));
  endRead();

  // Each file's own work: from this process's earlier loads, from the cache, or done now.
  const office = officeAllowed.join("\n");
  const keys = files.map((f) => hashKey("entry", f.rel, office, f.bytes));
  const works: (EntryWork | undefined)[] = keys.map((key) => {
    const known = reuse?.get(key) ?? cache.get(key);
    return known && (known.html !== undefined || !html || !known.entry) ? known : undefined;
  });
  const missing = works.flatMap((work, i) => (work ? [] : [i]));
  const threads = options.threads ?? threadsFor(missing.length);
  const worked = await timeline.span(`validate: each file (${missing.length} of ${files.length}, ${threads + 1} threads)`, () =>
    workEntryFiles(missing.map((i) => files[i]!), { office: officeAllowed, html }, threads),
  );
  missing.forEach((i, j) => {
    works[i] = worked[j]!;
    cache.set(keys[i]!, worked[j]!);
  });
  if (reuse) {
    reuse.clear();
    keys.forEach((key, i) => reuse.set(key, works[i]!));
  }
  const endAcross = timeline.begin("validate: across files");

  const entries: Entry[] = [];
  const workOf = new Map<string, EntryWork>();
  works.forEach((work) => {
    problems.push(...work!.problems);
    if (!work!.entry) return;
    const placed = placedEntry(work!, today);
    if (history) attachHistory(placed.entry, history.get(placed.entry.inputPath), imported, today);
    entries.push(placed.entry);
    workOf.set(placed.entry.inputPath, work!);
    problems.push(...placed.problems, ...work!.guarded);
  });
  const lineOf = (entry: Entry, key: readonly PropertyKey[]) => lineAt(workOf.get(entry.inputPath) ?? { lines: {} }, key);

  for (const entry of entries) checkAttachments(entry, attachments, (key) => lineOf(entry, key), problems);
  checkDuplicatePeriods(entries, lineOf, problems);
  problems.push(...checkReportPeriods(entries, lineOf));
  checkKyrgyzVersions(entries, site?.require_kyrgyz ?? false, problems);
  problems.push(...(reuse ? checkLinksReusing(entries, [...attachments.keys()]) : checkLinks(entries, attachments.keys())));
  endAcross();
  const endFiles = timeline.begin("validate: attachments");
  const filesDir = path.join(contentDir, "files");
  const fileProblems = await checkAttachmentFiles(filesDir, attachments.values(), site?.max_attachment_mb);
  problems.push(...fileProblems);
  // Files with an error already (wrong type, too large) are not read further: one message per file.
  const refs = fileReferences(entries);
  const failed = new Set(fileProblems.map((p) => p.file));
  const readable = [...attachments.keys()].filter((file) => !failed.has(`files/${file}`));
  const allowedFor = (file: string) => [...officeAllowed, ...(refs.get(file) ?? []).flatMap((e) => (e.data.allow_personal ?? []).map((a) => a.value))];
  const scan = await scanAttachments(filesDir, readable, allowedFor, { memory: attachmentCache, cacheDir, contentDir });
  problems.push(...scan.problems);
  for (const p of scan.problems) failed.add(p.file);
  problems.push(...unreferencedFiles(attachments.keys(), refs, failed));
  endFiles();
  await timeline.span("validate: save the cache", () => cache.save());

  const stats: LoadStats = { files: files.length, cached: files.length - missing.length, worked: missing.length, threads: missing.length ? threads : 0 };
  return { contentDir, today, site, plan, registry, entries, attachments, pdfText: scan.pdfText, problems: sortProblems(problems), stats };
}

/** Entries made from one work and one day: the same object again while both stay (watch mode keeps link checks by entry). */
const placedCache = new WeakMap<EntryWork, { today: string; placed: { entry: Entry; problems: Problem[] } }>();

function placedEntry(work: EntryWork, today: string): { entry: Entry; problems: Problem[] } {
  const hit = placedCache.get(work);
  if (hit && hit.today === today) return hit.placed;
  const placed = placeInTime(work.entry!, today, (key) => lineAt(work, key));
  if (work.html !== undefined) placed.entry.html = work.html;
  if (work.excerpt !== undefined) placed.entry.excerpt = work.excerpt;
  rememberBodyItems(placed.entry, work.items);
  placedCache.set(work, { today, placed });
  return placed;
}

/** Watch mode: link problems per entry, valid while every page, state and file is the same. */
const linkCache = new WeakMap<Entry, { signature: string; problems: Problem[] }>();

/**
 * `checkLinks` for watch mode: an entry whose file did not change keeps its link problems
 * unless the set of pages (their states and publish days) or of files changed.
 */
function checkLinksReusing(entries: readonly Entry[], files: string[]): Problem[] {
  const targets = linkTargets(entries, files);
  const signature = `${entries.map((e) => `${e.url} ${e.state} ${e.publish}`).join("\n")}\0${files.join("\n")}`;
  return entries.flatMap((entry) => {
    const hit = linkCache.get(entry);
    if (hit?.signature === signature) return hit.problems;
    const problems = checkEntryBody(entry, targets);
    linkCache.set(entry, { signature, problems });
    return problems;
  });
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** Reads one `_data/*.yaml` file; a missing file is an error that says what the file is for. */
async function readDataFile<T>(
  contentDir: string,
  file: string,
  missing: Bilingual,
  parse: (text: string) => { value?: T; problems: Problem[] },
  problems: Problem[],
): Promise<T | undefined> {
  const bytes = await readFile(path.join(contentDir, file)).catch(() => null);
  if (bytes === null) {
    problems.push({ severity: "error", file, line: 1, message: missing });
    return undefined;
  }
  const { text, problems: read } = sourceText(file, bytes);
  problems.push(...read);
  if (text === null) return undefined;
  const result = parse(text);
  problems.push(...result.problems);
  return result.value;
}

async function readSite(contentDir: string, problems: Problem[]): Promise<{ site?: Site; officePhones: string[] }> {
  const file = "_data/site.yaml";
  const missing = messages.missingSite();
  const read = await readDataFile(contentDir, file, missing, (text) => {
    const { site, problems, officePhones } = parseSite(text, file);
    return { value: { site, officePhones }, problems };
  }, problems);
  return read ?? { officePhones: [] };
}

function readPlan(contentDir: string, problems: Problem[]): Promise<Plan | undefined> {
  const file = "_data/plan.yaml";
  const missing = messages.missingPlan();
  return readDataFile(contentDir, file, missing, (text) => {
    const { plan, errors } = parsePlan(text, file);
    const found = errors.map((e): Problem => ({ severity: "error", file, line: e.line, key: e.key, message: e.message }));
    return { value: plan, problems: found };
  }, problems);
}

function readRegistry(contentDir: string, problems: Problem[]): Promise<Registry | undefined> {
  const file = "_data/registry.yaml";
  return readDataFile(contentDir, file, registryMessages.missing(), (text) => {
    const { registry, problems } = parseRegistry(text, file);
    return { value: registry, problems };
  }, problems);
}

/** Size of each attachment (links are never followed: the content tree reports them). */
async function statAttachments(filesDir: string, files: readonly string[]): Promise<Map<string, AttachmentFile>> {
  const sized = await Promise.all(files.map(async (file) => ({ file, bytes: (await stat(path.join(filesDir, file))).size })));
  return new Map(sized.map((a) => [a.file, a]));
}

function checkAttachments(
  entry: Entry,
  attachments: Map<string, AttachmentFile>,
  lineOf: (p: readonly PropertyKey[]) => number,
  problems: Problem[],
): void {
  entry.data.attachments?.forEach((attachment, i) => {
    const normalised = attachmentPath(attachment.file);
    const line = lineOf(["attachments", i, "file"]);
    if (normalised.startsWith("..")) {
      problems.push({ severity: "error", file: entry.inputPath, line, key: "attachments.file", message: messages.attachmentOutside(attachment.file) });
    } else if (!attachments.has(normalised)) {
      problems.push({ severity: "error", file: entry.inputPath, line, key: "attachments.file", message: messages.missingAttachment(attachment.file) });
    }
  });
}

/** One report per month per language: two files claiming the same period would hide one another. */
function checkDuplicatePeriods(
  entries: readonly Entry[],
  lineOf: (entry: Entry, p: readonly PropertyKey[]) => number,
  problems: Problem[],
): void {
  const seen = new Map<string, Entry>();
  for (const entry of entries) {
    if (entry.type !== "reports" || entry.state === "draft") continue;
    const period = (entry as Entry<"reports">).data.period;
    const id = `${entry.lang}:${period}`;
    const first = seen.get(id);
    if (!first) {
      seen.set(id, entry);
      continue;
    }
    problems.push({
      severity: "error",
      file: entry.inputPath,
      line: lineOf(entry, ["period"]),
      key: "period",
      message: messages.duplicatePeriod(period, first.inputPath),
    });
  }
}

/** The state-language law: the Kyrgyz site holds no less than the Russian one. */
function checkKyrgyzVersions(entries: readonly Entry[], required: boolean, problems: Problem[]): void {
  // A Kyrgyz draft is no Kyrgyz version; nor is a scheduled one while the other language is live.
  const kyrgyz = new Map(entries.filter((e) => e.lang === "ky" && e.state !== "draft").map((e) => [e.key, e.state]));
  for (const entry of entries) {
    if (entry.lang === "ky" || entry.state === "draft") continue;
    const ky = kyrgyz.get(entry.key);
    if (ky === "live" || (ky === "scheduled" && entry.state === "scheduled")) continue;
    problems.push({ severity: required ? "error" : "warning", file: entry.inputPath, line: 1, message: messages.noKyrgyz() });
  }
}

function attachHistory(entry: Entry, file: FileHistory | undefined, imported: Set<string> | null, today: string): void {
  if (!file) {
    entry.history = null;
    entry.firstCommit = null;
    return;
  }
  const isImported = imported?.has(file.firstSha) ?? false;
  entry.history = { first: file.firstCommit, last: file.lastCommit, imported: isImported, sha: file.lastSha };
  // A commit after "today" (a build with SITE_TODAY in the past) is not yet history on that day.
  entry.firstCommit = isImported || file.firstCommit > today ? null : file.firstCommit;
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
