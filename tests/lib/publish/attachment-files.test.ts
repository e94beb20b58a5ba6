import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { syncPublishedFiles } from "../../../scripts/lib/publish/attachment-files.ts";

let root: string;
let filesDir: string;
let outDir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "achyk-publish-"));
  filesDir = path.join(root, "content/files");
  outDir = path.join(root, "_site/files");
  for (const [file, text] of Object.entries({ "minutes/a.pdf": "A", "drafts/b.pdf": "B", "c #1?.pdf": "C" })) {
    await mkdir(path.dirname(path.join(filesDir, file)), { recursive: true });
    await writeFile(path.join(filesDir, file), text);
  }
});
afterEach(() => rm(root, { recursive: true, force: true }));

const listed = async () => (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => path.relative(outDir, path.join(d.parentPath, d.name))).sort();

describe("syncPublishedFiles", () => {
  it("copies exactly the files to publish, names with # and ? included", async () => {
    expect(await syncPublishedFiles(filesDir, new Set(["minutes/a.pdf", "c #1?.pdf"]), outDir)).toEqual(["c #1?.pdf", "minutes/a.pdf"]);
    expect(await listed()).toEqual(["c #1?.pdf", "minutes/a.pdf"]);
    expect(await readFile(path.join(outDir, "minutes/a.pdf"), "utf8")).toBe("A");
  });

  it("copies a file once, and removes what is no longer published", async () => {
    await syncPublishedFiles(filesDir, new Set(["minutes/a.pdf", "drafts/b.pdf"]), outDir);
    expect(await syncPublishedFiles(filesDir, new Set(["minutes/a.pdf"]), outDir)).toEqual([]);
    expect(await listed()).toEqual(["minutes/a.pdf"]);
  });

  const refused = [
    { name: "a link to a file", make: () => symlink("/etc/passwd", path.join(filesDir, "passwd.txt")), file: "passwd.txt", error: /not a regular file/ },
    { name: "a file in a linked folder", make: () => symlink("/etc", path.join(filesDir, "etc")), file: "etc/passwd", error: /a link, not a folder/ },
    { name: "a path out of the folder", make: async () => undefined, file: "../../secret.txt", error: /not inside/ },
  ] as const;
  it.each(refused)("refuses $name, even if validation let it through", async ({ make, file, error }) => {
    await make();
    await expect(syncPublishedFiles(filesDir, new Set([file]), outDir)).rejects.toThrow(error);
  });
});
