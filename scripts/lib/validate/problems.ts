/** Errors and warnings found in content, each tied to a file and a line. */
import { bilingual, type Bilingual } from "../shared/lang.ts";

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
 * @example formatProblem(p, "content") // "content/ru/reports/2026-10.md:4: «reach» талаасында … / В поле «reach» …"
 */
export function formatProblem(problem: Problem, contentDir: string): string {
  const where = `${joinPath(contentDir, problem.file)}:${problem.line}`;
  const tag = problem.severity === "warning" ? `${bilingual(WARNING)}: ` : "";
  return `${where}: ${tag}${bilingual(problem.message)}`;
}

/** The same problem as a GitHub Actions workflow command, so it shows on the file in a commit or pull request. */
export function githubAnnotation(problem: Problem, contentDir: string): string {
  const level = problem.severity === "error" ? "error" : problem.severity === "warning" ? "warning" : "notice";
  const escape = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const file = joinPath(contentDir, problem.file).replace(/,/g, "%2C");
  return `::${level} file=${file},line=${problem.line}::${escape(bilingual(problem.message))}`;
}

function joinPath(dir: string, file: string): string {
  return `${dir.replace(/\/+$/, "")}/${file}`;
}
