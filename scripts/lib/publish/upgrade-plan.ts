/**
 * The three-way comparison at the heart of `npm run upgrade`: for every engine file, the
 * member's version against the release it was made from (the base) and the release it moves
 * to (the target). A file the member never touched takes the target's version (added, changed
 * or removed); a file the member changed by hand is never overwritten: when the target changes
 * it too, that is a conflict, and the upgrade stops.
 *
 * Files are compared by git object id and mode, so "changed" means any byte or the executable
 * bit. Pure: trees come in as maps, the plan goes out.
 */

/** A file in a git tree: mode (`100644`, `100755`, `120000`) and object id. */
export interface TreeEntry {
  mode: string;
  oid: string;
}
/** path (from the repository root, `/`-separated) → file */
export type Tree = ReadonlyMap<string, TreeEntry>;

/** Engine files are owned by Achyk, content by the municipality. */
export const CONTENT_DIR = "content";
/**
 * Inside `content/`, what the engine generates from its schemas (`npm run guide`,
 * `npm run templates`) belongs to the engine: it must follow the schemas of the release.
 */
const ENGINE_FILES_IN_CONTENT = [/^content\/README\.md$/, /^content\/_templates\//];

/**
 * The engine repository's own demonstrations, not part of a municipality's site: the national
 * demo (about 1 MB of member snapshots). An upgrade neither brings nor removes them.
 */
const ENGINE_REPOSITORY_ONLY = [/^examples\//];

/** Always the target's: npm's lock file must match the release's package.json. */
const LOCK_FILE = "package-lock.json";
/** Files GitHub lets only a token with the `workflows` permission change. */
const WORKFLOWS_DIR = ".github/workflows/";

/**
 * @example isEngineFile("scripts/lib/shared/dates.ts") // true
 * @example isEngineFile("content/ky/reports/2026-10.md") // false
 * @example isEngineFile("content/_templates/reports.ky.md") // true
 * @example isEngineFile("examples/national/_data/site.yaml") // false
 */
export function isEngineFile(path: string): boolean {
  if (ENGINE_REPOSITORY_ONLY.some((re) => re.test(path))) return false;
  if (!path.startsWith(`${CONTENT_DIR}/`)) return true;
  return ENGINE_FILES_IN_CONTENT.some((re) => re.test(path));
}

export type ConflictKind =
  /** changed by the member and by the release */
  | "edited"
  /** deleted by the member, changed by the release */
  | "deleted"
  /** added by the member and by the release, differently */
  | "added"
  /** changed by the member, removed by the release */
  | "removed";

/** What happens to one engine file. */
export type FileStep =
  /** takes the target's version: `entry` null removes the file */
  | { path: string; step: "add" | "update" | "remove"; entry: TreeEntry | null }
  /** the member's own change to a file this release leaves as it was: kept */
  | { path: string; step: "keep" }
  /** the member's change meets the release's: stop */
  | { path: string; step: "conflict"; kind: ConflictKind }
  /** a workflow file the release changes, left for a person (or a token with `workflows`) */
  | { path: string; step: "hold"; change: "add" | "update" | "remove"; entry: TreeEntry | null };

export interface UpgradePlan {
  /** Files that take the target's version. */
  changes: Extract<FileStep, { step: "add" | "update" | "remove" }>[];
  kept: string[];
  conflicts: Extract<FileStep, { step: "conflict" }>[];
  held: Extract<FileStep, { step: "hold" }>[];
  /** The member had its own package-lock.json; the target's replaces it all the same. */
  lockReplaced: boolean;
}

export interface PlanInput {
  member: Tree;
  base: Tree;
  target: Tree;
  /**
   * Trees of releases older than the base. A member file equal to one of them was not changed
   * by hand, only left behind (an earlier upgrade held it back, or it was skipped): it takes
   * the target's version like an untouched file.
   */
  older?: readonly Tree[];
  /** Leave `.github/workflows/` as the member has it (no token that may change workflows). */
  holdWorkflows?: boolean;
}

/**
 * @example planUpgrade({ member, base, target }).conflicts // [] when the member changed no engine file the release changes
 */
export function planUpgrade({ member, base, target, older = [], holdWorkflows = false }: PlanInput): UpgradePlan {
  const plan: UpgradePlan = { changes: [], kept: [], conflicts: [], held: [], lockReplaced: false };
  const paths = new Set([...member.keys(), ...base.keys(), ...target.keys()].filter(isEngineFile));
  for (const path of [...paths].sort()) {
    const step = stepFor(path, member.get(path), base.get(path), target.get(path), older.map((t) => t.get(path)));
    if (!step) continue;
    if (path === LOCK_FILE && step.step !== "add" && step.step !== "update" && step.step !== "remove") {
      // npm ci refuses a lock that does not match package.json: the release's lock, always.
      if (!same(member.get(path), target.get(path))) {
        plan.changes.push(changeTo(path, member.get(path), target.get(path)));
        plan.lockReplaced = true;
      }
      continue;
    }
    if (step.step === "keep") plan.kept.push(path);
    else if (step.step === "conflict") plan.conflicts.push(step);
    else if (holdWorkflows && path.startsWith(WORKFLOWS_DIR)) plan.held.push({ path, step: "hold", change: step.step, entry: step.entry });
    else plan.changes.push(step);
  }
  return plan;
}

function stepFor(path: string, mine?: TreeEntry, base?: TreeEntry, target?: TreeEntry, older: (TreeEntry | undefined)[] = []): Exclude<FileStep, { step: "hold" }> | null {
  if (same(mine, target)) return null;
  const untouched = same(mine, base) || older.some((o) => same(mine, o));
  if (untouched) return changeTo(path, mine, target);
  if (same(base, target)) return { path, step: "keep" };
  const kind: ConflictKind = !base ? "added" : !mine ? "deleted" : !target ? "removed" : "edited";
  return { path, step: "conflict", kind };
}

function changeTo(path: string, mine: TreeEntry | undefined, target: TreeEntry | undefined): Extract<FileStep, { step: "add" | "update" | "remove" }> {
  if (!target) return { path, step: "remove", entry: null };
  return { path, step: mine ? "update" : "add", entry: target };
}

function same(a?: TreeEntry, b?: TreeEntry): boolean {
  if (!a || !b) return a === b;
  return a.oid === b.oid && a.mode === b.mode;
}
