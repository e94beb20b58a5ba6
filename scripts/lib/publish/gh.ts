/**
 * Runs GitHub's CLI (`gh`) for the commands that talk to GitHub from a workflow (deadlines,
 * from-issue, upgrade-pr). Each says in its own words what a failure means.
 */
import { spawnSync } from "node:child_process";

export interface GhResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

/**
 * Runs `gh args` with `input` on stdin. When gh cannot be started at all, `cannotRun` gets the
 * reason and ends the command; a gh command that fails comes back with `ok` false.
 * @example runGh(["issue", "list", "--json", "number"], undefined, (why) => fail(why)).stdout // "[{\"number\":12}]\n"
 */
export function runGh(args: readonly string[], input: string | undefined, cannotRun: (message: string) => never): GhResult {
  const result = spawnSync("gh", args, { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) cannotRun(result.error.message);
  return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr };
}
