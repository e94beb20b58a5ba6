import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { classifyContentPath, readContentTree, type PathKind } from "../../../scripts/lib/validate/content-tree.ts";

describe("classifyContentPath: every path of the content folder has a role", () => {
  const cases: { rel: string; kind?: PathKind; role: string; ru?: string }[] = [
    { rel: "ky/reports/2026-10.md", role: "entry" },
    { rel: "en/posts/x.md", role: "entry" },
    { rel: "files/minutes/a.pdf", role: "attachment" },
    { rel: "files/Протокол схода.pdf", role: "attachment" },
    { rel: "README.md", role: "skip" },
    { rel: "ky/README.md", role: "skip" },
    { rel: "_data/site.yaml", role: "skip" },
    { rel: "_templates/posts.ky.md", role: "skip" },
    { rel: ".github/x.yml", role: "skip" },
    { rel: "files/minutes/.gitkeep", role: "skip" },
    { rel: "ky/posts/.keep", role: "skip" },
    { rel: "files/minutes", kind: "folder", role: "skip" },
    // Links, anywhere, by name.
    { rel: "files/passwd.txt", kind: "symlink", role: "problem", ru: "символическая ссылка" },
    { rel: "files/etc", kind: "symlink", role: "problem", ru: "символическая ссылка" },
    { rel: "ky/posts/x.md", kind: "symlink", role: "problem", ru: "символическая ссылка" },
    { rel: "_data/site.yaml", kind: "symlink", role: "problem", ru: "символическая ссылка" },
    { rel: "files/fifo", kind: "other", role: "problem", ru: "не обычный файл" },
    // Hidden files and folders: by their own name, once.
    { rel: "files/.x.html", role: "problem", ru: "скрытый файл" },
    { rel: "files/minutes/.scan.svg", role: "problem", ru: "скрытый файл" },
    { rel: "files/.list.txt", role: "problem", ru: "скрытый файл" },
    { rel: "files/.hidden", kind: "folder", role: "problem", ru: "скрытый файл" },
    { rel: "files/.hidden/list.txt", role: "skip" },
    { rel: "ky/posts/.draft.md", role: "problem", ru: "скрытый файл" },
    // Files in entry folders that would silently never be published.
    { rel: "ky/reports/2026-09", role: "problem", ru: "Переименуйте его в «ky/reports/2026-09.md»" },
    { rel: "ky/posts/jangylyk.MD", role: "problem", ru: "Переименуйте его в «ky/posts/jangylyk.md»" },
    { rel: "ky/posts/note.txt", role: "problem", ru: "Переименуйте его в «ky/posts/note.md»" },
    { rel: "ru/posts/x.markdown", role: "problem", ru: "«ru/posts/x.md»" },
    { rel: "ky/posts/photo.jpg", role: "problem", ru: "кладите в content/files/" },
    { rel: "drafts/notes.docx", role: "problem", ru: "кладите в content/files/" },
    { rel: "files/a\n::add-mask::b.pdf", role: "problem", ru: "управляющий символ" },
  ];

  it.each(cases)("$rel ($kind) → $role", ({ rel, kind = "file", role, ru }) => {
    const found = classifyContentPath(rel, kind);
    expect(found.role).toBe(role);
    if (found.role === "problem") {
      expect(found.problem).toMatchObject({ severity: "error", file: rel, line: 1 });
      expect(found.problem.message.ru).toContain(ru);
      expect(found.problem.message.ky.length).toBeGreaterThan(20);
    }
  });
});

describe("readContentTree on a real folder", () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("lists entries and attachments, reports links without following them", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "achyk-tree-"));
    dirs.push(dir);
    const files: Record<string, string> = {
      "ky/posts/a.md": "---\n",
      "ky/reports/2026-09": "---\n",
      "files/minutes/a.pdf": "%PDF-1.4\n",
      "files/.secret/list.txt": "x",
      "_data/site.yaml": "x: 1\n",
    };
    for (const [rel, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
      await writeFile(path.join(dir, rel), text);
    }
    await symlink("/etc/passwd", path.join(dir, "files/passwd.txt"));
    await symlink("/etc", path.join(dir, "files/etc"));
    const tree = await readContentTree(dir);
    expect(tree.entryFiles).toEqual(["ky/posts/a.md"]);
    expect(tree.attachments).toEqual(["minutes/a.pdf"]);
    expect(tree.problems.map((p) => p.file).sort()).toEqual(["files/.secret", "files/etc", "files/passwd.txt", "ky/reports/2026-09"]);
  });
});
