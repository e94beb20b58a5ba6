/** Errors and warnings found in content, each tied to a file and a line. */
import { bilingual, type Bilingual } from "../shared/lang.ts";
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

const WARNING: Bilingual = { ky: "эскертүү", ru: "предупреждение" };

/**
 * `path:line: message` in Kyrgyz, then Russian, on one line (one line per problem, for grep and CI).
 * Escaped as workflow-command data: a value holding a line break can never start a line of its own.
 * @example formatProblem(p, "content") // "content/ru/reports/2026-10.md:4: «reach» талаасында … / В поле «reach» …"
 */
export function formatProblem(problem: Problem, contentDir: string): string {
  const where = `${joinPath(contentDir, problem.file)}:${problem.line}`;
  const tag = problem.severity === "warning" ? `${bilingual(WARNING)}: ` : "";
  return escapeData(`${where}: ${tag}${bilingual(problem.message)}`);
}

/** The same problem as a GitHub Actions workflow command, so it shows on the file in a commit or pull request. */
export function githubAnnotation(problem: Problem, contentDir: string): string {
  const level = problem.severity === "error" ? "error" : problem.severity === "warning" ? "warning" : "notice";
  const file = escapeProperty(joinPath(contentDir, problem.file));
  return `::${level} file=${file},line=${problem.line}::${escapeData(bilingual(problem.message))}`;
}

function joinPath(dir: string, file: string): string {
  return `${dir.replace(/\/+$/, "")}/${file}`;
}
