/** Errors and warnings found in content, each tied to a file and a line. */
import type { Bilingual } from "../shared/lang.ts";
import { escapeData, escapeProperty } from "../shared/workflow-commands.ts";

export interface Problem {
  severity: "error" | "warning" | "info";
  /** Path relative to the content folder. */
  file: string;
  line: number;
  /** The front-matter key concerned, when there is one. */
  key?: string;
  message: Bilingual;
}

/**
 * `path:line: message` in Russian, then Kyrgyz, on one line (one line per problem, for grep and CI).
 * Escaped as workflow-command data: a value holding a line break can never start a line of its own.
 * @example formatProblem(p, "content") // "content/ru/reports/2026-10.md:4: Поле «reach»: … / «reach» талаасы: …"
 */
export function formatProblem(problem: Problem, contentDir: string): string {
  const where = `${joinPath(contentDir, problem.file)}:${problem.line}`;
  const tag = problem.severity === "error" ? "" : problem.severity === "warning" ? "предупреждение / эскертүү: " : "";
  return escapeData(`${where}: ${tag}${problem.message.ru} / ${problem.message.ky}`);
}

/** The same problem as a GitHub Actions workflow command, so it shows on the file in a commit or pull request. */
export function githubAnnotation(problem: Problem, contentDir: string): string {
  const level = problem.severity === "error" ? "error" : problem.severity === "warning" ? "warning" : "notice";
  const file = escapeProperty(joinPath(contentDir, problem.file));
  return `::${level} file=${file},line=${problem.line}::${escapeData(`${problem.message.ru} / ${problem.message.ky}`)}`;
}

function joinPath(dir: string, file: string): string {
  return `${dir.replace(/\/+$/, "")}/${file}`;
}
