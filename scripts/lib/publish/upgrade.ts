/**
 * `npm run upgrade`, the steps: find the member's release and the target release in the
 * official repository, fetch both, compare every engine file three ways (upgrade-plan.ts),
 * apply the release's content migrations (migrations.ts), and write one commit on a branch
 * `achyk-upgrade/<tag>`. Nothing is written until every check has passed: a conflict, a bad
 * tag or a migration that needs a person leaves files, index and branches as they were.
 */
import { compareVersions, isVersion, latestRelease, tagOf, versionOfTag } from "../shared/semver.ts";
import { changesBetween } from "./changelog.ts";
import {
  commitTree,
  currentBranch,
  fetchReleases,
  git,
  GitError,
  hasObject,
  readBlob,
  readFileAt,
  readTree,
  releaseRef,
  remoteTags,
  repositoryRoot,
  resolve,
  uncommittedChanges,
  writeBlob,
  writeTreeWith,
} from "./git-repo.ts";
import { MIGRATIONS_PATH, migrationsBetween, parseRegistry, runMigrations, type MigrationFile, type MigrationRun } from "./migrations.ts";
import { commitMessage, errors, upgradeTrailer, UpgradeError } from "./upgrade-messages.ts";
import { isEngineFile, planUpgrade, type Tree, type TreeEntry, type UpgradePlan } from "./upgrade-plan.ts";

export interface UpgradeOptions {
  /** The member repository (any folder inside it). */
  cwd: string;
  /** The official repository: a git URL or a local path. */
  from: string;
  /** A release tag (`v0.2.0`, or `0.2.0`), or `latest`. */
  to: string;
  /** The release the member was made from, when its package.json version has no tag. */
  base?: string;
  /** Leave `.github/workflows/` as it is (see upgrade-plan.ts). */
  holdWorkflows?: boolean;
  /** Switch to the upgrade branch at the end (default true). */
  checkout?: boolean;
}

/** What `npm run upgrade` did, also written as JSON for the workflow (`--report`). */
export type UpgradeResult =
  | { status: "up-to-date"; version: string; to: string; from: string }
  | {
      status: "ready";
      from: string;
      base: string;
      to: string;
      branch: string;
      /** The branch the upgrade was prepared from, which its pull request goes into (`main`). */
      onto: string;
      /** The upgrade commit, on top of `parent`. */
      commit: string;
      parent: string;
      /** false: the branch already held this very upgrade, nothing was written. */
      created: boolean;
      checkedOut: boolean;
      /** Why git did not switch to the branch, when it was asked to and could not. */
      switchProblem?: string;
      changes: { add: string[]; update: string[]; remove: string[] };
      kept: string[];
      held: { path: string; change: "add" | "update" | "remove" }[];
      lockReplaced: boolean;
      migrations: MigrationRun["applied"];
      /** The changelog sections between the two versions, newest first. */
      changelog: string[];
      message: string;
    }
  | { status: "conflicts"; from: string; base: string; to: string; conflicts: UpgradePlan["conflicts"] }
  | { status: "migration-problems"; from: string; base: string; to: string; problems: MigrationRun["problems"] };

/** The branch an upgrade to `tag` is prepared on. @example upgradeBranch("v0.2.0") // "achyk-upgrade/v0.2.0" */
function upgradeBranch(tag: string): string {
  return `achyk-upgrade/${tag}`;
}

/**
 * Prepares the upgrade; throws UpgradeError (worded for the member) when it cannot start.
 * @example prepareUpgrade({ cwd: ".", from: "https://github.com/achyk-kg/achyk.git", to: "latest" }).status // "ready"
 */
export function prepareUpgrade(options: UpgradeOptions): UpgradeResult {
  const root = repositoryRoot(options.cwd);
  if (!root) throw new UpgradeError(errors.notARepository(options.cwd));
  const branch = currentBranch(root);
  if (!branch) throw new UpgradeError(errors.detachedHead());

  const memberVersion = memberVersionOf(root);
  const tags = readReleases(root, options.from);
  const to = targetTag(options.to, tags, options.from);
  const toVersion = versionOfTag(to)!;
  const baseTag = options.base ? normaliseTag(options.base) : memberVersion ? tagOf(memberVersion) : null;
  if (!baseTag) throw new UpgradeError(errors.noVersion("—"));
  if (!versionOfTag(baseTag)) throw new UpgradeError(errors.notAReleaseTag(options.base ?? baseTag));
  const baseVersion = versionOfTag(baseTag)!;
  const current = memberVersion ?? baseVersion;

  const order = compareVersions(toVersion, current);
  if (order === 0 || (order < 0 && options.to === "latest")) return { status: "up-to-date", version: current, to, from: options.from };
  if (order < 0) throw new UpgradeError(errors.older(to, current));
  if (!tags.has(baseTag)) throw new UpgradeError(errors.baseMissing(baseTag, options.from));
  const checkout = options.checkout ?? true;
  const dirty = checkout ? uncommittedChanges(root) : [];
  if (dirty.length) throw new UpgradeError(errors.uncommitted(dirty));

  try {
    fetchReleases(root, options.from, [...new Set([baseTag, to])]);
  } catch (error) {
    throw new UpgradeError(errors.cannotReadReleases(options.from, error instanceof GitError ? firstLine(error.stderr) : String(error)));
  }
  const targetRef = releaseRef(to);
  const targetPackage = readFileAt(root, targetRef, "package.json");
  const targetVersion = targetPackage ? versionIn(targetPackage) : null;
  if (targetVersion !== toVersion) throw new UpgradeError(errors.tagVersionMismatch(to, targetVersion ?? "—"));

  const member = readTree(root, "HEAD");
  const base = readTree(root, releaseRef(baseTag));
  const target = readTree(root, targetRef);
  const holdWorkflows = options.holdWorkflows ?? false;
  let plan = planUpgrade({ member, base, target, holdWorkflows });
  if (plan.conflicts.length || plan.kept.length) {
    // A file equal to an older release's was left behind, not edited: look before stopping.
    plan = planUpgrade({ member, base, target, holdWorkflows, older: olderReleaseTrees(root, tags, baseVersion) });
  }
  if (plan.conflicts.length) return { status: "conflicts", from: options.from, base: baseTag, to, conflicts: plan.conflicts };

  const registryText = readFileAt(root, targetRef, MIGRATIONS_PATH);
  let steps: ReturnType<typeof migrationsBetween> = [];
  try {
    steps = registryText ? migrationsBetween(parseRegistry(registryText), baseVersion, toVersion) : [];
  } catch (error) {
    throw new UpgradeError(errors.registry(to, (error as Error).message));
  }
  const content = new Map<string, MigrationFile>([...member].filter(([p]) => !isEngineFile(p)));
  const migrated = runMigrations(content, steps, (oid) => readBlob(root, oid));
  if (migrated.problems.length) return { status: "migration-problems", from: options.from, base: baseTag, to, problems: migrated.problems };

  const files = new Map<string, TreeEntry | null>(plan.changes.map((c) => [c.path, c.entry]));
  for (const [path, entry] of contentChanges(root, content, migrated.tree)) files.set(path, entry);

  const changelogText = readFileAt(root, targetRef, "CHANGELOG.md");
  const changelog = changelogText ? changesBetween(changelogText, baseVersion, toVersion).map((s) => s.text) : [];
  const byStep = (step: string) => plan.changes.filter((c) => c.step === step).map((c) => c.path);
  const changes = { add: byStep("add"), update: byStep("update"), remove: byStep("remove") };
  const held = plan.held.map((h) => ({ path: h.path, change: h.change }));
  const message = commitMessage({
    base: baseTag,
    to,
    counts: { add: changes.add.length, update: changes.update.length, remove: changes.remove.length },
    migrations: migrated.applied,
    kept: plan.kept,
    held,
    lockReplaced: plan.lockReplaced,
    changelog,
  });

  const parent = resolve(root, "HEAD")!;
  const tree = writeTreeWith(root, parent, files);
  // The member already has every file of the release (its package.json version said otherwise).
  if (tree === git(root, ["rev-parse", "HEAD^{tree}"]).trim()) return { status: "up-to-date", version: current, to, from: options.from };
  const upgradeBranchName = upgradeBranch(to);
  const { commit, created } = commitOnBranch(root, upgradeBranchName, parent, tree, message);
  // The branch is ready either way; a file git will not overwrite (an untracked one, say) only
  // keeps the member where it is, and the summary then says how to switch.
  let checkedOut = false;
  let switchProblem: string | undefined;
  if (checkout) {
    try {
      git(root, ["switch", "--quiet", upgradeBranchName]);
      checkedOut = true;
    } catch (error) {
      switchProblem = error instanceof GitError ? firstLine(error.stderr) : String(error);
    }
  }
  return {
    status: "ready",
    from: options.from,
    base: baseTag,
    to,
    branch: upgradeBranchName,
    onto: branch,
    commit,
    parent,
    created,
    checkedOut,
    ...(switchProblem ? { switchProblem } : {}),
    changes,
    kept: plan.kept,
    held,
    lockReplaced: plan.lockReplaced,
    migrations: migrated.applied,
    changelog,
    message,
  };
}

/** The member's version from its committed package.json; null when it has none. */
function memberVersionOf(root: string): string | null {
  const text = readFileAt(root, "HEAD", "package.json");
  return text ? versionIn(text) : null;
}

function versionIn(packageJson: string): string | null {
  try {
    const version = (JSON.parse(packageJson) as { version?: unknown }).version;
    return typeof version === "string" && isVersion(version) ? version : null;
  } catch {
    return null;
  }
}

function readReleases(root: string, from: string): Map<string, string> {
  let tags: Map<string, string>;
  try {
    tags = remoteTags(root, from);
  } catch (error) {
    throw new UpgradeError(errors.cannotReadReleases(from, error instanceof GitError ? firstLine(error.stderr) : String(error)));
  }
  const releases = new Map([...tags].filter(([tag]) => versionOfTag(tag)));
  if (!releases.size) throw new UpgradeError(errors.noReleases(from));
  return releases;
}

function firstLine(text: string): string {
  return text.trim().split("\n").find((l) => l.trim()) ?? "";
}

/** `0.2.0` and `v0.2.0` name the same release. */
function normaliseTag(tag: string): string {
  return versionOfTag(tag) ? tag : tagOf(tag);
}

function targetTag(to: string, tags: ReadonlyMap<string, string>, from: string): string {
  if (to === "latest") {
    const latest = latestRelease(tags.keys());
    if (!latest) throw new UpgradeError(errors.noReleases(from));
    return latest;
  }
  const tag = normaliseTag(to);
  if (!versionOfTag(tag)) throw new UpgradeError(errors.notAReleaseTag(to));
  if (!tags.has(tag)) {
    const available = [...tags.keys()].sort((a, b) => compareVersions(versionOfTag(b)!, versionOfTag(a)!));
    throw new UpgradeError(errors.unknownTag(tag, from, available));
  }
  return tag;
}

/** Trees of the releases before the base whose commits came with the fetch (their history). */
function olderReleaseTrees(root: string, tags: ReadonlyMap<string, string>, baseVersion: string): Tree[] {
  return [...tags]
    .filter(([tag, oid]) => compareVersions(versionOfTag(tag)!, baseVersion) < 0 && hasObject(root, oid))
    .map(([, oid]) => readTree(root, oid));
}

/** Content files the migrations wrote, moved or removed, as tree entries. */
function contentChanges(root: string, before: ReadonlyMap<string, MigrationFile>, after: ReadonlyMap<string, MigrationFile>): Map<string, TreeEntry | null> {
  const out = new Map<string, TreeEntry | null>();
  for (const [path, file] of after) {
    const old = before.get(path);
    if ("text" in file) out.set(path, { mode: file.mode, oid: writeBlob(root, file.text) });
    else if (!old || !("oid" in old) || old.oid !== file.oid || old.mode !== file.mode) out.set(path, file);
  }
  for (const path of before.keys()) if (!after.has(path)) out.set(path, null);
  return out;
}

/**
 * Points the upgrade branch at a commit of `tree` on `parent`, reusing the commit already
 * there when it is this very upgrade (a second run writes nothing). A branch holding commits
 * that are not the upgrade's is never moved.
 */
function commitOnBranch(root: string, branch: string, parent: string, tree: string, message: string): { commit: string; created: boolean } {
  const ref = `refs/heads/${branch}`;
  const existing = resolve(root, ref);
  if (existing) {
    const [existingTree, existingParents] = git(root, ["show", "-s", "--format=%T%n%P", existing]).trim().split("\n");
    if (existingTree === tree && existingParents === parent) return { commit: existing, created: false };
    const ours = upgradeTrailer(git(root, ["show", "-s", "--format=%B", existing]));
    if (!ours || existingParents?.includes(" ")) throw new UpgradeError(errors.branchTaken(branch));
  }
  const commit = commitTree(root, tree, parent, message);
  git(root, ["update-ref", "-m", "achyk upgrade", ref, commit, existing ?? ""]);
  return { commit, created: true };
}
