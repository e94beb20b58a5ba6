/**
 * Publishes a finished build by swapping folders, so a failed build never leaves a half-written
 * or empty `_site/`: the previous site stays byte for byte until the new one is complete.
 */
import { rename, rm } from "node:fs/promises";

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
