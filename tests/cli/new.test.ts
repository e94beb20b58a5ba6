import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../scripts/lib/validate/load.ts";
import { contentTypes } from "../../scripts/lib/validate/schema.ts";
import { runScript, type RunResult } from "../helpers/run.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

function npmNew(contentDir: string, today: string, ...args: string[]): Promise<RunResult> {
  return runScript("scripts/cli/new.ts", args, { env: { CONTENT_DIR: contentDir, SITE_TODAY: today } });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "achyk-cli-new-"));
  await cp(path.join(ROOT, "content", "_data"), path.join(dir, "_data"), { recursive: true });
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe("npm run new", () => {
  const expected: Record<string, string> = {
    reports: "ky/reports/2026-10.md",
    posts: "ky/posts/2026-11-25-post.md",
  };

  it("creates an entry of every type in CONTENT_DIR, dated SITE_TODAY, that passes the check", async () => {
    const results = await Promise.all(contentTypes.map((type) => npmNew(dir, "2026-11-25", type)));
    results.forEach((result, i) => {
      const type = contentTypes[i]!;
      expect(result.code, result.stderr).toBe(0);
      const printed = result.stdout.trim();
      expect(printed.startsWith(`${dir}/ky/${type}/`)).toBe(true);
      if (expected[type]) expect(printed).toBe(`${dir}/${expected[type]}`);
    });
    const content = await loadContent({ contentDir: dir, today: "2026-11-25", gitHistory: false });
    expect(content.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(content.entries.map((e) => e.type).sort()).toEqual([...contentTypes].sort());
    expect(content.entries.every((e) => e.date === "2026-11-25" && e.lang === "ky")).toBe(true);
  });

  it("gives a report the previous month as period and file name, in the language asked", async () => {
    const result = await npmNew(dir, "2026-01-05", "reports", "--lang", "ru");
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(`${dir}/ru/reports/2025-12.md`);
    expect(await readFile(path.join(dir, "ru/reports/2025-12.md"), "utf8")).toContain('period: "2025-12"');
  });

  it("puts a slug after today's date", async () => {
    const result = await npmNew(dir, "2026-11-25", "meetings", "jyiyn-kopuro");
    expect(result.stdout.trim()).toBe(`${dir}/ky/meetings/2026-11-25-jyiyn-kopuro.md`);
  });

  it("refuses to overwrite an existing file, in Russian and Kyrgyz, and leaves it as it was", async () => {
    const file = path.join(dir, "ky/reports/2026-10.md");
    await writeFile(file, "staff's own text");
    const result = await npmNew(dir, "2026-11-25", "reports");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("уже существует");
    expect(result.stderr).toContain("буга чейин бар");
    expect(result.stderr).toContain("ky/reports/2026-10.md");
    expect(await readFile(file, "utf8")).toBe("staff's own text");
  });

  const refusals = [
    { args: ["report"], ru: "Раздела «report» нет", ky: "«report» деген бөлүм жок" },
    { args: [], ru: "Как вызвать", ky: "Колдонуу тартиби" },
    { args: ["posts", "--lang", "en"], ru: "«en»", ky: "«en»" },
  ] as const;
  it.each(refusals)("exits 1 on $args", async ({ args, ru, ky }) => {
    const result = await npmNew(dir, "2026-11-25", ...args);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(ru);
    expect(result.stderr).toContain(ky);
  });
});
