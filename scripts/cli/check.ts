/**
 * `npm run check`: validates content without building. One line per problem, `path:line: message`,
 * in Kyrgyz and Russian; `--github` adds workflow annotations so errors show on the file in GitHub.
 * Every line is escaped as workflow-command data: content can never print a command of its own.
 */
import { BuildEnvError, readBuildEnv } from "../lib/shared/env.ts";
import { errorLines, escapeData } from "../lib/shared/workflow-commands.ts";
import { hasErrors, loadContent } from "../lib/validate/load.ts";
import { cacheDirFrom } from "../lib/shared/disk-cache.ts";
import { reports } from "../lib/validate/messages.ts";
import { formatProblem, githubAnnotation } from "../lib/validate/problems.ts";
import { bilingual } from "../lib/shared/lang.ts";

const github = process.argv.includes("--github");
try {
  const env = readBuildEnv();
  // No page is shown: bodies are checked, not rendered.
  const content = await loadContent({ ...env, html: false, cacheDir: cacheDirFrom() });

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
} catch (error) {
  if (error instanceof BuildEnvError) {
    // Said for staff, without a stack trace.
    console.error(escapeData(error.message));
    if (github) console.log(`::error::${escapeData(error.message)}`);
  } else {
    for (const line of errorLines(error)) console.error(line);
  }
  process.exitCode = 1;
}
