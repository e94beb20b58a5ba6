/**
 * `npm run same-site -- [<git revision>] [--today YYYY-MM-DD]`: proves that a change to the
 * engine changed nothing a visitor gets. Builds the same content (this checkout's `content/`,
 * or CONTENT_DIR) twice, with this working tree's engine and with the engine of the revision
 * (default HEAD, checked out into a temporary git worktree), on one fixed day, and compares
 * the two outputs byte for byte. Exit 0: identical; 1: the differing files are listed.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { bishkekMidnight } from "../lib/shared/dates.ts";

const projectDir = path.resolve(import.meta.dirname, "../..");

/** Files of two folders that differ: only in one, or with other bytes. Paths relative, sorted. */
export async function compareTrees(a: string, b: string): Promise<{ onlyA: string[]; onlyB: string[]; differ: string[]; same: number }> {
  const [filesA, filesB] = await Promise.all([listFiles(a), listFiles(b)]);
  const inB = new Set(filesB);
  const inA = new Set(filesA);
  const differ: string[] = [];
  let same = 0;
  for (const file of filesA.filter((f) => inB.has(f))) {
    const [x, y] = await Promise.all([readFile(path.join(a, file)), readFile(path.join(b, file))]);
    if (x.equals(y)) same += 1;
    else differ.push(file);
  }
  return { onlyA: filesA.filter((f) => !inB.has(f)), onlyB: filesB.filter((f) => !inA.has(f)), differ, same };
}

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const item of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${item.name}` : item.name;
    if (item.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}

/** The content both builds read: absolute, so that both engines (each run in its own folder) see one path. */
const contentDir = path.resolve(projectDir, process.env.CONTENT_DIR ?? "content");

function build(engineDir: string, outputDir: string, today: string): void {
  const run = spawnSync(process.execPath, ["--import", "tsx", path.join(engineDir, "scripts/cli/build.ts")], {
    cwd: engineDir,
    // built_at in /data/site.json: the same instant for both builds (midnight of the day in Bishkek).
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_TODAY: today, ACHYK_OUTPUT: outputDir, SOURCE_DATE_EPOCH: String(bishkekMidnight(today).getTime() / 1000) },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`build with the engine of ${engineDir} failed:\n${run.stdout}${run.stderr}`);
}

async function main(args: string[]): Promise<number> {
  let revision = "HEAD";
  let today = "2026-11-25";
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--today") today = args[++i] ?? "";
    else revision = args[i]!;
  }
  const work = await mkdtemp(path.join(tmpdir(), "achyk-same-site-"));
  const engine = path.join(work, "engine");
  try {
    execFileSync("git", ["worktree", "add", "--detach", engine, revision], { cwd: projectDir, stdio: "ignore" });
    await symlink(path.join(projectDir, "node_modules"), path.join(engine, "node_modules"));
    build(projectDir, path.join(work, "now"), today);
    build(engine, path.join(work, "then"), today);
    const result = await compareTrees(path.join(work, "then"), path.join(work, "now"));
    const changed = [...result.differ.map((f) => `changed  ${f}`), ...result.onlyA.map((f) => `removed  ${f}`), ...result.onlyB.map((f) => `added    ${f}`)];
    console.log(`${revision} → working tree, content ${path.relative(projectDir, contentDir)}, today ${today}: ${result.same} files identical, ${changed.length} different.`);
    for (const line of changed) console.log(line);
    return changed.length ? 1 : 0;
  } finally {
    execFileSync("git", ["worktree", "remove", "--force", engine], { cwd: projectDir, stdio: "ignore" });
    await rm(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
