import { describe, expect, it } from "vitest";
import { editFileUrl, fileHistoryUrl, newFileUrl } from "../../../scripts/lib/shared/github.ts";

const repo = { owner: "achyk-kg", name: "ak-terek", branch: "main" };

describe("links into the municipality's repository", () => {
  it("opens a file in GitHub's editor, on the site's branch", () => {
    expect(editFileUrl({ ...repo, branch: "site" }, "content/ru/reports/2026-10.md")).toBe("https://github.com/achyk-kg/ak-terek/edit/site/content/ru/reports/2026-10.md");
  });
  it("shows a file's history", () => {
    expect(fileHistoryUrl(repo, "content/ky/posts/a.md")).toBe("https://github.com/achyk-kg/ak-terek/commits/main/content/ky/posts/a.md");
  });
  it("opens the new-file editor in the folder, with name and text encoded", () => {
    const url = new URL(newFileUrl(repo, "content/ru/reports", "2026-10.md", "---\ntitle: «Отчёт» & co\n---\n"));
    expect(url.pathname).toBe("/achyk-kg/ak-terek/new/main/content/ru/reports");
    expect(url.searchParams.get("filename")).toBe("2026-10.md");
    expect(url.searchParams.get("value")).toBe("---\ntitle: «Отчёт» & co\n---\n");
  });
});
