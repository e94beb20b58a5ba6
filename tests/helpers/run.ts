/**
 * Runs a command or one of the project's CLI scripts as CI would, as a child process, and
 * resolves with its exit code and output whether it succeeds or fails.
 */
import { execFile } from "node:child_process";
import path from "node:path";

export const projectDir = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(projectDir, "node_modules", ".bin", "tsx");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Added to the test process's environment (CONTENT_DIR, SITE_TODAY, ACHYK_OUTPUT…). */
  env?: Record<string, string>;
  /** Default: the project folder. */
  cwd?: string;
}

/** @example await runCommand("npm", ["run", "--silent", "check"], { env: { CONTENT_DIR: "tests/fixtures/invalid" } }) */
export function runCommand(command: string, args: readonly string[], { env = {}, cwd = projectDir }: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      [...args],
      { cwd, env: { ...process.env, ...env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** A TypeScript CLI of the project, through tsx, from any working folder. @example await runScript("scripts/cli/build.ts", [], { env }) */
export function runScript(script: string, args: readonly string[] = [], options: RunOptions = {}): Promise<RunResult> {
  return runCommand(TSX, [path.resolve(projectDir, script), ...args], options);
}
