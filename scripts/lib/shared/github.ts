/**
 * Links into the municipality's GitHub repository, where staff edit the site: one home for
 * how GitHub's addresses are built (editor, history, new-file editor).
 */

/** `repository` of `site.yaml`. */
export interface Repository {
  owner: string;
  name: string;
  branch: string;
}

/** @example repoUrl({ owner: "achyk-kg", name: "ak-terek" }) // "https://github.com/achyk-kg/ak-terek" */
export const repoUrl = (r: Pick<Repository, "owner" | "name">): string => `https://github.com/${r.owner}/${r.name}`;

/**
 * A file of the repository as GitHub shows it.
 * @example repoFileUrl({ owner: "achyk-kg", name: "ak-terek", branch: "main" }, "content/ru/reports/2026-10.md")
 * // "https://github.com/achyk-kg/ak-terek/blob/main/content/ru/reports/2026-10.md"
 */
export function repoFileUrl(repository: Repository, filePath: string): string {
  return `${repoUrl(repository)}/blob/${repository.branch}/${filePath}`;
}

/**
 * GitHub's new-issue page with these query parameters (an issue form's `template` and its fields).
 * @example newIssueUrl({ owner: "o", name: "r" }, new URLSearchParams({ template: "reports.yml" })) // "https://github.com/o/r/issues/new?template=reports.yml"
 */
export function newIssueUrl(repository: Pick<Repository, "owner" | "name">, query: URLSearchParams): string {
  return `${repoUrl(repository)}/issues/new?${query.toString()}`;
}

/**
 * GitHub's editor on a file of the repository.
 * @example editFileUrl({ owner: "achyk-kg", name: "ak-terek", branch: "main" }, "content/ru/reports/2026-10.md")
 * // "https://github.com/achyk-kg/ak-terek/edit/main/content/ru/reports/2026-10.md"
 */
export function editFileUrl(repository: Repository, filePath: string): string {
  return `${repoUrl(repository)}/edit/${repository.branch}/${filePath}`;
}

/**
 * The change history of a file of the repository.
 * @example fileHistoryUrl({ owner: "achyk-kg", name: "ak-terek", branch: "main" }, "content/ru/reports/2026-10.md")
 * // "https://github.com/achyk-kg/ak-terek/commits/main/content/ru/reports/2026-10.md"
 */
export function fileHistoryUrl(repository: Repository, filePath: string): string {
  return `${repoUrl(repository)}/commits/${repository.branch}/${filePath}`;
}

/**
 * GitHub's "new file" editor opened in a folder, with the file's name and text filled in.
 * (`value` works but is undocumented; the folder stays in the path, not in `filename`.)
 * @example newFileUrl({ owner: "achyk-kg", name: "ak-terek", branch: "main" }, "content/ru/reports", "2026-10.md", "---\n")
 * // "https://github.com/achyk-kg/ak-terek/new/main/content/ru/reports?filename=2026-10.md&value=---%0A"
 */
export function newFileUrl(repository: Repository, folder: string, fileName: string, text: string): string {
  return `${repoUrl(repository)}/new/${repository.branch}/${folder}?filename=${encodeURIComponent(fileName)}&value=${encodeURIComponent(text)}`;
}
