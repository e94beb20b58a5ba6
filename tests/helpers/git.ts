/**
 * Git for tests that make repositories on disk: the engine's own runner (publish/git-repo.ts)
 * with an author and committer, which a CI machine does not have.
 */
import { git } from "../../scripts/lib/publish/git-repo.ts";

/** Who commits in the test repositories (also handed to the CLIs that commit). */
export const IDENTITY = { GIT_AUTHOR_NAME: "Test", GIT_AUTHOR_EMAIL: "test@example.kg", GIT_COMMITTER_NAME: "Test", GIT_COMMITTER_EMAIL: "test@example.kg" };

/** @example testGit(repo, "commit", "-qm", "first") */
export const testGit = (cwd: string, ...args: string[]): string => git(cwd, args, { env: IDENTITY });
