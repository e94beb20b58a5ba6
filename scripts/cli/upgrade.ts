/**
 * `npm run upgrade -- --from <git url or path> --to <tag|latest>`, run in a member repository:
 * brings every engine file to the release on a new branch `achyk-upgrade/<tag>` with one
 * commit, or stops naming each file changed by hand (scripts/lib/publish/upgrade.ts).
 *
 *   --from URL|PATH    the official repository (default: package.json "repository")
 *   --to TAG|latest    the release to upgrade to
 *   --base TAG         the release the site was made from, when package.json's version has no tag
 *   --hold-workflows   leave .github/workflows/ as it is (the workflow's own token may not change it)
 *   --no-checkout      prepare the branch but stay on the current one
 *   --report FILE      also write what happened as JSON (for the upgrade workflow)
 *   --github           in GitHub Actions: step outputs, an error annotation, the step summary
 *
 * Exit code 0: the branch is ready, or there was nothing to do; 1: stopped, nothing changed.
 */
import { appendFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ENGINE } from "../lib/shared/engine.ts";
import { escapeData } from "../lib/shared/workflow-commands.ts";
import type { Bilingual } from "../lib/shared/lang.ts";
import { prepareUpgrade, type UpgradeResult } from "../lib/publish/upgrade.ts";
import {
  bilingualLines,
  conflictReport,
  errors,
  migrationProblemReport,
  readySummary,
  upToDateText,
  UpgradeError,
} from "../lib/publish/upgrade-messages.ts";

type Outcome = UpgradeResult | { status: "error"; error: Bilingual };

function parse(): { from: string; to: string; base?: string; holdWorkflows: boolean; checkout: boolean; report?: string; github: boolean } {
  try {
    const { values } = parseArgs({
      options: {
        from: { type: "string" },
        to: { type: "string" },
        base: { type: "string" },
        "hold-workflows": { type: "boolean", default: false },
        "no-checkout": { type: "boolean", default: false },
        report: { type: "string" },
        github: { type: "boolean", default: false },
      },
      strict: true,
    });
    if (!values.to) throw new Error("--to is missing / --to жок");
    return {
      from: values.from || ENGINE.gitUrl,
      to: values.to,
      ...(values.base ? { base: values.base } : {}),
      holdWorkflows: values["hold-workflows"],
      checkout: !values["no-checkout"],
      ...(values.report ? { report: values.report } : {}),
      github: values.github,
    };
  } catch (error) {
    console.error(bilingualLines(errors.usage((error as Error).message)));
    process.exit(2);
  }
}

const args = parse();
let outcome: Outcome;
try {
  outcome = prepareUpgrade({ cwd: process.cwd(), ...args });
} catch (error) {
  if (!(error instanceof UpgradeError)) throw error;
  outcome = { status: "error", error: error.text };
}

let text: string;
switch (outcome.status) {
  case "ready":
    text = readySummary(outcome);
    break;
  case "up-to-date":
    text = bilingualLines(upToDateText(outcome.version, outcome.to));
    break;
  case "conflicts":
    text = conflictReport(outcome.conflicts, outcome.base, outcome.to, ENGINE.repository);
    break;
  case "migration-problems":
    text = migrationProblemReport(outcome.problems, outcome.base, outcome.to);
    break;
  case "error":
    text = bilingualLines(outcome.error);
    break;
}
const stopped = outcome.status !== "ready" && outcome.status !== "up-to-date";
(stopped ? console.error : console.log)(text);

if (args.report) writeFileSync(args.report, `${JSON.stringify({ ...outcome, text }, null, 2)}\n`);
if (args.github) {
  const output = process.env.GITHUB_OUTPUT;
  const to = "to" in outcome ? outcome.to : "";
  if (output) appendFileSync(output, `status=${outcome.status}\ntag=${to}\nbranch=${outcome.status === "ready" ? outcome.branch : ""}\n`);
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) appendFileSync(summary, `### npm run upgrade\n\n\`\`\`text\n${text}\n\`\`\`\n`);
  // Workflow commands are read from every line of output: escape, so text cannot inject one.
  if (stopped) console.log(`::error title=npm run upgrade::${escapeData(text)}`);
}
process.exitCode = stopped ? 1 : 0;
