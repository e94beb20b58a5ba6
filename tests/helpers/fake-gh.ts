/**
 * A stand-in for GitHub's `gh` CLI, for tests of the commands that drive it (put `bin` first on
 * PATH). It logs every call, its arguments and, for the subcommands that read it, its standard
 * input, and answers as the test's `sh` case branches say.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface FakeGh {
  /** The folder holding `gh`. */
  bin: string;
  /** Every call since the last `reset()`: `arg|arg|…|` then a new line and the standard input it read. */
  calls(): string[];
  reset(): void;
}

/**
 * @example fakeGh(work, { readsInput: ["issue create"], answers: [`"issue list") echo "[]" ;;`] })
 */
export function fakeGh(dir: string, { readsInput, answers }: { readsInput: readonly string[]; answers: readonly string[] }): FakeGh {
  const bin = path.join(dir, "bin");
  const log = path.join(dir, "gh.log");
  mkdirSync(bin, { recursive: true });
  const reads = readsInput.map((command) => `"${command}"`).join("|");
  writeFileSync(
    path.join(bin, "gh"),
    [
      "#!/bin/sh",
      `{ printf '%s|' "$@"; echo; case "$1 $2" in ${reads}) cat; echo ;; esac; echo ===; } >> "${log}"`,
      `case "$1 $2" in`,
      ...answers.map((answer) => `  ${answer}`),
      "esac",
      "",
    ].join("\n"),
  );
  chmodSync(path.join(bin, "gh"), 0o755);
  writeFileSync(log, "");
  return {
    bin,
    calls: () => readFileSync(log, "utf8").split("===\n").filter(Boolean),
    reset: () => writeFileSync(log, ""),
  };
}
