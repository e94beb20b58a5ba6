/**
 * `npm run from-issue`: turns a submitted GitHub issue form into an entry, as staff would
 * write it, with the files they attached copied into `content/files/`.
 *
 *   npm run from-issue -- --body issue.md [--form reports.yml]   write the entry (and download its files)
 *   npm run from-issue -- --body issue.md --dry-run               print the paths and the text instead
 *   npm run from-issue -- --github [--event event.json]           the workflow: read the issue from the
 *       event ($GITHUB_EVENT_PATH), then commit, open a pull request, comment the problems or refuse,
 *       as site.yaml's `forms` says (git and the gh CLI; GH_TOKEN, GH_REPO)
 *
 * Without --form the form is told by the body's headings. CONTENT_DIR and SITE_TODAY apply as for
 * the build. The entry passes the same checks as `npm run check` (the privacy guard included), or
 * nothing is written. The logic is in scripts/lib (issue-forms, form-body, issue-entry,
 * form-submission); this file reads, downloads, writes and calls git and gh. The issue body is
 * read from the event file, never from a command line or the environment.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync } from "node:fs";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { detectForm, readFormBody } from "../lib/authoring/form-body.ts";
import { convertIssue, fieldOfProblem, type ConvertedEntry, type FieldProblem } from "../lib/authoring/issue-entry.ts";
import { FORM_LABEL, formByFileName, type IssueForm } from "../lib/authoring/issue-forms.ts";
import { findUploads, GITHUB_ORIGIN, type Upload } from "../lib/authoring/uploads.ts";
import { runGh } from "../lib/publish/gh.ts";
import { DownloadError, downloadUpload, type Downloaded } from "../lib/publish/download.ts";
import {
  commitMessage,
  decide,
  problemsComment,
  publishedComment,
  pullRequestComment,
  pullRequestText,
  type Author,
} from "../lib/publish/form-submission.ts";
import { otherLang } from "../lib/shared/lang.ts";
import { readBuildEnv } from "../lib/shared/env.ts";
import { officePhonesOf } from "../lib/validate/site.ts";
import { loadContent } from "../lib/validate/load.ts";
import { parseSite, type Site } from "../lib/validate/site.ts";

const { values: args } = parseArgs({
  options: {
    body: { type: "string" },
    form: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    github: { type: "boolean", default: false },
    event: { type: "string" },
  },
  strict: true,
});

const env = readBuildEnv();
const root = process.cwd();
// Where uploads are linked from: GitHub, or a server on 127.0.0.1 in tests.
const origin = process.env.ACHYK_UPLOAD_ORIGIN?.trim() || GITHUB_ORIGIN;

const site = await readSite();
if (args.github) await fromEvent();
else await fromBodyFile();

async function readSite(): Promise<Site> {
  const text = await readFile(path.join(env.contentDir, "_data/site.yaml"), "utf8").catch(() => null);
  const parsed = text === null ? undefined : parseSite(text, "_data/site.yaml").site;
  if (!parsed) fail(`${env.contentDirName}/_data/site.yaml is missing or invalid: run npm run check.`);
  return parsed;
}

/** Local use: a body in a file, the person running it counts as staff. */
async function fromBodyFile(): Promise<void> {
  if (!args.body) fail("Usage: npm run from-issue -- --body <file with the issue body> [--form <form file name>] [--dry-run] | --github");
  const body = await readFile(args.body, "utf8");
  const form = args.form ? formByFileName(args.form) : detectForm(body);
  if (!form) {
    fail(
      args.form
        ? `Формы «${args.form}» нет: ${path.join(".github", "ISSUE_TEMPLATE")}/<раздел>.yml. / «${args.form}» деген форма жок.`
        : "Это не тело формы: заголовки «### …» не совпадают ни с одной формой. / Бул форманын тексти эмес: «### …» баш аттары эч бир формага дал келбейт.",
    );
  }
  const result = await convert(form, body, !args["dry-run"]);
  if (!result.entry) {
    printProblems(result.problems);
    process.exit(1);
  }
  if (args["dry-run"]) {
    console.log(`${env.contentDirName}/${result.entry.relativePath}`);
    for (const d of result.entry.downloads) console.log(`${env.contentDirName}/files/${d.path} <- ${d.url}`);
    console.log(`\n${result.entry.text}`);
    printProblems(result.problems);
    return;
  }
  const written = await writeEntry(result.entry, result.downloaded);
  if (written.problems.length > 0) {
    printProblems(written.problems);
    process.exit(1);
  }
  printProblems(result.problems);
  for (const file of written.files) console.log(path.relative(root, file));
}

interface Converted {
  entry?: ConvertedEntry;
  problems: FieldProblem[];
  downloaded: Map<string, Downloaded>;
}

/** Reads the form, downloads its uploads (unless only planning), and converts it. */
async function convert(form: IssueForm, body: string, download: boolean): Promise<Converted> {
  const values = readFormBody(body, form);
  const downloaded = new Map<string, Downloaded>();
  const problems: FieldProblem[] = [];
  if (download) {
    const fields = [
      { id: "files", uploads: findUploads(values.files ?? "", origin) },
      { id: "body", uploads: findUploads(values.body ?? "", origin) },
    ];
    for (const { id, uploads } of fields) {
      for (const upload of uploads) {
        if (downloaded.has(upload.url)) continue;
        try {
          downloaded.set(upload.url, await downloadUpload(upload, { maxBytes: site.max_attachment_mb * 1024 * 1024, origin }));
        } catch (error) {
          if (!(error instanceof DownloadError)) throw error;
          problems.push({ field: id, label: form.fields.find((f) => f.id === id)!.label, message: error.bilingual, severity: "error" });
        }
      }
    }
  }
  const result = convertIssue(form, values, {
    today: env.today,
    exists: (rel) => existsSync(path.join(env.contentDir, rel)),
    extensionOf: (upload: Upload) => downloaded.get(upload.url)?.ext,
    officeContacts: officePhonesOf(site.contacts),
    origin,
  });
  problems.push(...result.problems);
  if (problems.some((p) => p.severity === "error")) return { problems, downloaded };
  return { entry: result.entry!, problems, downloaded };
}

/**
 * Writes the entry and its files, then runs the checks of `npm run check` over the whole
 * content folder; on any error of these files, removes them again.
 */
async function writeEntry(entry: ConvertedEntry, downloaded: Map<string, Downloaded>): Promise<{ files: string[]; problems: FieldProblem[] }> {
  const form = formByFileName(entry.type)!;
  const target = path.join(env.contentDir, entry.relativePath);
  const files = [target, ...entry.downloads.map((d) => path.join(env.contentDir, "files", d.path))];
  await mkdir(path.dirname(target), { recursive: true });
  // "wx": never over a file that appeared since the check.
  await writeFile(target, entry.text, { encoding: "utf8", flag: "wx" });
  for (const d of entry.downloads) {
    const to = path.join(env.contentDir, "files", d.path);
    await mkdir(path.dirname(to), { recursive: true });
    await copyFile(downloaded.get(d.url)!.file, to);
  }
  const content = await loadContent({ contentDir: env.contentDir, today: env.today, gitHistory: false });
  const problems: FieldProblem[] = [];
  for (const p of content.problems) {
    if (p.severity !== "error") continue;
    const field = fieldOfProblem(form, entry, p);
    if (field) problems.push({ field, label: form.fields.find((f) => f.id === field)?.label ?? field, message: p.message, severity: "error" });
  }
  if (problems.length > 0) await Promise.all(files.map((f) => rm(f, { force: true })));
  return { files, problems };
}

function printProblems(problems: readonly FieldProblem[]): void {
  for (const p of problems) {
    const tag = p.severity === "warning" ? "эскертүү / предупреждение: " : "";
    (p.severity === "error" ? console.error : console.log)(`${p.label}: ${tag}${p.message.ky} / ${p.message.ru}`);
  }
}

interface IssueEvent {
  issue?: {
    number: number;
    body?: string | null;
    state?: string;
    author_association?: string;
    pull_request?: unknown;
    labels?: { name: string }[];
    user?: { login: string; id: number; type?: string };
  };
}

/** The workflow: one issue opened or edited. */
async function fromEvent(): Promise<void> {
  const eventFile = args.event ?? process.env.GITHUB_EVENT_PATH;
  if (!eventFile) fail("--github needs the event: --event <file> or GITHUB_EVENT_PATH.");
  const event = JSON.parse(await readFile(eventFile, "utf8")) as IssueEvent;
  const issue = event.issue;
  if (!issue || issue.pull_request || issue.state === "closed" || !issue.user) return output("ignore", "not an open issue");
  if (issue.user.type === "Bot") return output("ignore", "opened by a bot");
  const body = issue.body ?? "";
  const form = detectForm(body);
  if (!form) return output("ignore", `issue #${issue.number} is not a form`);

  const author: Author = { login: issue.user.login, association: issue.author_association ?? "NONE", permission: permissionOf(issue.user.login) };
  const number = String(issue.number);
  ensureLabel(number, issue.labels ?? []);

  const early = decide({ form, author, problems: null, settings: site.forms });
  if (early.action === "refuse") {
    comment(number, early.comment);
    return output("refuse", `@${author.login} has no write access`);
  }

  const converted = await convert(form, body, true);
  let problems = converted.problems;
  let written: { files: string[]; problems: FieldProblem[] } | undefined;
  if (converted.entry) {
    written = await writeEntry(converted.entry, converted.downloaded);
    problems = [...problems, ...written.problems];
  }
  const decision = decide({ form, author, problems, settings: site.forms });
  if (decision.action === "problems" || !converted.entry || !written) {
    comment(number, problemsComment(problems));
    return output("problems", `issue #${number}: ${problems.filter((p) => p.severity === "error").length} problem(s)`);
  }
  const entry = converted.entry;
  const warnings = problems.filter((p) => p.severity === "warning");
  const message = commitMessage({ entry, issue: issue.number, author: author.login, contentDirName: env.contentDirName });
  const authorLine = `${author.login} <${issue.user.id}+${author.login}@users.noreply.github.com>`;

  if (decision.action === "commit") {
    const branch = site.repository.branch;
    commit(written.files, message, authorLine);
    pushWithRetry(`HEAD:refs/heads/${branch}`, branch);
    const hasTranslation = existsSync(path.join(env.contentDir, otherLang(entry.lang), entry.type, `${entry.slug}.md`));
    comment(number, publishedComment({ site, form, entry, today: env.today, contentDirName: env.contentDirName, hasTranslation, warnings }));
    gh(["issue", "close", number, "--reason", "completed"]);
    return output("commit", `committed ${env.contentDirName}/${entry.relativePath}`);
  }

  if (decision.action !== "pull-request") return output("ignore", `issue #${number}: nothing to do`);
  const branch = `achyk-form/issue-${number}`;
  run("git", ["checkout", "-B", branch]);
  commit(written.files, message, authorLine);
  run("git", ["push", "--force", "origin", `HEAD:refs/heads/${branch}`]);
  const existing = gh(["pr", "list", "--head", branch, "--state", "open", "--json", "url", "--jq", ".[0].url"]).stdout.trim();
  const text = pullRequestText({ entry, issue: issue.number, author: author.login, contentDirName: env.contentDirName });
  const url = existing || gh(["pr", "create", "--base", site.repository.branch, "--head", branch, "--title", text.title, "--body-file", "-"], text.body).stdout.trim();
  comment(number, pullRequestComment({ url, staff: decision.staff }));
  return output("pull-request", url);
}

/** The author's permission on the repository, or null when GitHub could not be asked. */
function permissionOf(login: string): string | null {
  const repo = process.env.GH_REPO ?? process.env.GITHUB_REPOSITORY;
  if (!repo) return null;
  const result = gh(["api", `repos/${repo}/collaborators/${encodeURIComponent(login)}/permission`, "--jq", ".permission"], undefined, false);
  return result.ok ? result.stdout.trim() || null : null;
}

function ensureLabel(number: string, labels: readonly { name: string }[]): void {
  if (labels.some((l) => l.name === FORM_LABEL)) return;
  // The form names the label, but GitHub drops a label the repository does not have yet.
  gh(["label", "create", FORM_LABEL, "--force", "--color", "0E8A16", "--description", "Форма / Форма: жазуу кошуу / добавить запись"], undefined, false);
  gh(["issue", "edit", number, "--add-label", FORM_LABEL], undefined, false);
}

function comment(number: string, body: string): void {
  if (!gh(["issue", "comment", number, "--body-file", "-"], body).ok) fail(`could not comment on issue #${number}`);
}

function commit(files: readonly string[], message: string, author: string): void {
  run("git", ["config", "user.name", "github-actions[bot]"]);
  run("git", ["config", "user.email", "41898282+github-actions[bot]@users.noreply.github.com"]);
  run("git", ["add", "--", ...files]);
  run("git", ["commit", "--quiet", "--author", author, "--file", "-"], message);
}

/** Pushes; when the branch moved meanwhile (another form, a staff commit), rebases and tries again. */
function pushWithRetry(refspec: string, branch: string): void {
  for (let attempt = 1; ; attempt++) {
    if (spawnSync("git", ["push", "origin", refspec], { stdio: "inherit" }).status === 0) return;
    if (attempt === 3) fail(`git push failed ${attempt} times`);
    run("git", ["pull", "--rebase", "origin", branch]);
  }
}

function run(command: string, commandArgs: string[], input?: string): string {
  const result = spawnSync(command, commandArgs, { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) fail(`${command} could not be run: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${commandArgs.slice(0, 2).join(" ")} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

function gh(ghArgs: string[], input?: string, required = true): { ok: boolean; stdout: string } {
  const result = runGh(ghArgs, input, (message) => fail(`gh could not be run (${message}): it is preinstalled on GitHub's runners.`));
  if (!result.ok && required) fail(`gh ${ghArgs.slice(0, 2).join(" ")} failed: ${result.stderr.trim()}`);
  return result;
}

/** Tells the workflow what happened (`steps.<id>.outputs.action`), and says it in the log. */
function output(action: string, detail: string): void {
  console.log(`${action}: ${detail}`);
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `action=${action}\n`);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
