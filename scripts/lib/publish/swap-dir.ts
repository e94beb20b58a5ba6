/**
 * Publishes a finished build by swapping folders, so a failed build never leaves a half-written
 * or empty `_site/`: the previous site stays byte for byte until the new one is complete.
 */
import { readdir, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Moves `fresh` to `target`, replacing it. The old folder is renamed aside first, so the window
 * without a `target` is one rename long, and a failure puts the old one back.
 */
export async function swapDirectory(fresh: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  const hadOld = await rename(target, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  try {
    await rename(fresh, target);
  } catch (error) {
    if (hadOld) await rename(old, target);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/**
 * Removes the work folders (`<target>.building-<pid>`, `<target>.old-<pid>`) of builds whose
 * process is gone: a build killed halfway leaves its folder behind, and without this every
 * killed build would add one for ever. Folders of builds still running are left alone.
 * Returns the folders removed.
 * @example await removeStaleBuilds("/repo/_site") // ["/repo/_site.building-4242"]
 */
export async function removeStaleBuilds(target: string, isRunning: (pid: number) => boolean = processIsRunning): Promise<string[]> {
  const dir = path.dirname(target);
  const base = path.basename(target);
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names
    .map((name) => ({ name, pid: staleSuffix(name, base) }))
    .filter((f): f is { name: string; pid: number } => f.pid !== null && f.pid !== process.pid && !isRunning(f.pid))
    .map((f) => path.join(dir, f.name));
  await Promise.all(stale.map((folder) => rm(folder, { recursive: true, force: true })));
  return stale;
}

/** The pid in `<base>.building-<pid>` or `<base>.old-<pid>`, else null. */
function staleSuffix(name: string, base: string): number | null {
  if (!name.startsWith(`${base}.`)) return null;
  const match = /^(?:building|old)-(\d+)$/.exec(name.slice(base.length + 1));
  return match ? Number(match[1]) : null;
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
