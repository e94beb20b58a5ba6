/**
 * Stage 1 of the flow: reads a content folder, validates every entry, site.yaml and plan.yaml,
 * and makes the checks that need more than one file (attachments, duplicate report periods,
 * missing Kyrgyz versions). Used by `npm run check` and by the build alike.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { scanAttachments, type AttachmentTextCache } from "./attachment-scan.ts";
import { checkAttachmentFiles } from "./attachments.ts";
import { attachmentPath, fileReferences, unreferencedFiles } from "./file-references.ts";
import { readContentTree } from "./content-tree.ts";
import type { Entry } from "./entry.ts";
import { commitsUpTo, readGitHistory, type FileHistory } from "./git-history.ts";
import { guardEntrySource } from "./entry-guards.ts";
import { checkEntryBody, checkLinks, linkTargets } from "./links.ts";
import { contentMessages, messages } from "./messages.ts";
import { parsePlan, type Plan } from "./plan.ts";
import type { Problem } from "./problems.ts";
import { parseSite, type Site } from "./site.ts";
import { checkReportPeriods } from "./report-period.ts";
import { sourceText } from "./source-text.ts";
import { parseRegistry, type Registry } from "./registry.ts";
import { registryMessages } from "./national-messages.ts";
import { validateEntry } from "./entry-file.ts";
import type { Bilingual } from "../shared/lang.ts";

export interface LoadOptions {
  contentDir: string;
  today: string;
  /** Read provenance from git (default true); without a repository the build simply has none. */
  gitHistory?: boolean;
  /**
   * Watch mode: what earlier loads found, per file. A file whose text (and today, and the
   * office contacts) did not change keeps its validated entry instead of being parsed again.
   */
  reuse?: LoadCache;
  /** Watch mode: the text of attachments read by earlier loads, kept while the files stay the same. */
  attachmentCache?: AttachmentTextCache;
}

/** Per entry file, its text and what validating it gave; see `LoadOptions.reuse`. */
export type LoadCache = Map<string, { source: string; today: string; office: string; result: ReturnType<typeof validateEntry>; guarded: Problem[] }>;

export interface AttachmentFile {
  /** Path relative to `content/files/`. */
  file: string;
  bytes: number;
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
}

const READ_BATCH = 256;

export async function loadContent({ contentDir, today, gitHistory = true, reuse, attachmentCache }: LoadOptions): Promise<LoadedContent> {
  const problems: Problem[] = [];
  const [{ site, officePhones }, plan, tree, history] = await Promise.all([
    readSite(contentDir, problems),
    readPlan(contentDir, problems),
    readContentTree(contentDir),
    gitHistory ? readGitHistory(contentDir, { under: ".", keys: "under" }) : Promise.resolve(null),
  ]);
  problems.push(...tree.problems);
  const entryPaths = tree.entryFiles;
  const attachments = await statAttachments(path.join(contentDir, "files"), tree.attachments);
  const registry = site?.kind === "national" ? await readRegistry(contentDir, problems) : undefined;
  const imported = history && site?.history_import ? await commitsUpTo(contentDir, site.history_import) : null;

  const entries: Entry[] = [];
  // Office phones may be public; read even from a site.yaml with an error elsewhere in it.
  const officeAllowed = officePhones;
  const office = officeAllowed.join("\n");
  const lineOfByPath = new Map<string, (p: readonly PropertyKey[]) => number>();
  for (let i = 0; i < entryPaths.length; i += READ_BATCH) {
    const batch = entryPaths.slice(i, i + READ_BATCH);
    const buffers = await Promise.all(batch.map((rel) => readFile(path.join(contentDir, rel))));
    batch.forEach((rel, j) => {
      const read = sourceText(rel, buffers[j]!);
      problems.push(...read.problems);
      if (read.text === null) return;
      const source = read.text;
      const hit = reuse?.get(rel);
      const cached = hit && hit.source === source && hit.today === today && hit.office === office ? hit : undefined;
      let result: ReturnType<typeof validateEntry>;
      let guarded: Problem[];
      try {
        result = cached?.result ?? validateEntry(rel, source, today);
        guarded = cached?.guarded ?? (result.entry ? guardEntrySource(result.entry, source, officeAllowed) : []);
      } catch (error) {
        // One file that breaks a parser is that file's error; the run's other problems stay.
        problems.push({ severity: "error", file: rel, line: 1, message: contentMessages.unreadable(String((error as Error).message ?? error).slice(0, 200)) });
        return;
      }
      problems.push(...result.problems);
      if (result.entry) {
        if (history) attachHistory(result.entry, history.get(rel), imported, today);
        entries.push(result.entry);
        problems.push(...guarded);
      }
      if (result.lineOf) lineOfByPath.set(rel, result.lineOf);
      if (reuse && !cached) reuse.set(rel, { source, today, office, result, guarded });
    });
  }
  if (reuse) {
    const listed = new Set(entryPaths);
    for (const rel of reuse.keys()) if (!listed.has(rel)) reuse.delete(rel);
  }

  for (const entry of entries) {
    const lineOf = lineOfByPath.get(entry.inputPath)!;
    checkAttachments(entry, attachments, lineOf, problems);
  }
  checkDuplicatePeriods(entries, lineOfByPath, problems);
  problems.push(...checkReportPeriods(entries, (entry, key) => lineOfByPath.get(entry.inputPath)?.(key) ?? 1));
  checkKyrgyzVersions(entries, site?.require_kyrgyz ?? false, problems);
  problems.push(...(reuse ? checkLinksReusing(entries, [...attachments.keys()]) : checkLinks(entries, attachments.keys())));
  const filesDir = path.join(contentDir, "files");
  const fileProblems = await checkAttachmentFiles(filesDir, attachments.values(), site?.max_attachment_mb);
  problems.push(...fileProblems);
  // Files with an error already (wrong type, too large) are not read further: one message per file.
  const refs = fileReferences(entries);
  const failed = new Set(fileProblems.map((p) => p.file));
  const readable = [...attachments.keys()].filter((file) => !failed.has(`files/${file}`));
  const allowedFor = (file: string) => [...officeAllowed, ...(refs.get(file) ?? []).flatMap((e) => (e.data.allow_personal ?? []).map((a) => a.value))];
  const scan = await scanAttachments(filesDir, readable, allowedFor, attachmentCache);
  problems.push(...scan.problems);
  for (const p of scan.problems) failed.add(p.file);
  problems.push(...unreferencedFiles(attachments.keys(), refs, failed));

  return { contentDir, today, site, plan, registry, entries, attachments, pdfText: scan.pdfText, problems: sortProblems(problems) };
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
  lineOfByPath: Map<string, (p: readonly PropertyKey[]) => number>,
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
      line: lineOfByPath.get(entry.inputPath)?.(["period"]) ?? 1,
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
