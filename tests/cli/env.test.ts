/**
 * A wrong environment is said for staff, in both languages, without a stack trace, and the
 * build changes nothing.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runScript } from "../helpers/run.ts";

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const values = ["garbage", "2026-02-30", "2026-11-25\n::add-mask::x"] as const;

describe("SITE_TODAY that is no day", () => {
  it.each(values)("check and build say so for %j, exit 1, and publish nothing", async (value) => {
    const dir = await mkdtemp(path.join(tmpdir(), "achyk-env-"));
    dirs.push(dir);
    const output = path.join(dir, "site");
    await mkdir(output);
    await writeFile(path.join(output, "index.html"), "previous");
    const env = { CONTENT_DIR: "tests/fixtures/small", SITE_TODAY: value, ACHYK_OUTPUT: output };
    const results = await Promise.all([runScript("scripts/cli/check.ts", ["--github"], { env }), runScript("scripts/cli/build.ts", [], { env })]);
    for (const result of results) {
      expect(result.code).toBe(1);
      const out = `${result.stdout}${result.stderr}`;
      expect(out).toContain("SITE_TODAY");
      expect(out).toContain("ЖЖЖЖ-АА-КК");
      expect(out).toContain("ГГГГ-ММ-ДД");
      expect(out).not.toMatch(/^\s+at /m);
      expect(out).not.toMatch(/Error:/);
      expect(out.split(/\r?\n/).filter((l) => l.trimStart().startsWith("::") && !l.startsWith("::error::"))).toEqual([]);
    }
    expect(await readdir(dir)).toEqual(["site"]);
    expect(await readdir(output)).toEqual(["index.html"]);
  });
});
