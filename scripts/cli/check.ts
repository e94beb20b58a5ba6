/**
 * `npm run check`: validates content without building. One line per problem, `path:line: message`,
 * in Kyrgyz and Russian; `--github` adds workflow annotations so errors show on the file in GitHub.
 */
import { readBuildEnv } from "../lib/shared/env.ts";
import { hasErrors, loadContent } from "../lib/validate/load.ts";
import { reports } from "../lib/validate/messages.ts";
import { formatProblem, githubAnnotation } from "../lib/validate/problems.ts";
import { bilingual } from "../lib/shared/lang.ts";

const github = process.argv.includes("--github");
const env = readBuildEnv();
const content = await loadContent(env);

for (const problem of content.problems) {
  const line = formatProblem(problem, env.contentDirName);
  (problem.severity === "error" ? console.error : console.log)(line);
  if (github && problem.severity !== "info") console.log(githubAnnotation(problem, env.contentDirName));
}

const count = (severity: string) => content.problems.filter((p) => p.severity === severity).length;
const live = content.entries.filter((e) => e.state === "live").length;
const summary = reports.checkSummary({
  entries: content.entries.length,
  live,
  errors: count("error"),
  warnings: count("warning"),
  scheduled: count("info"),
  today: env.today,
});
console.log(`\n${bilingual(summary)}`);
process.exitCode = hasErrors(content.problems) ? 1 : 0;
