/** Watch mode (`npm start`): loadContent with `reuse` must find exactly what a fresh load finds. */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadContent, type LoadCache, type LoadedContent } from "../../../scripts/lib/validate/load.ts";

const TODAY = "2026-11-25";
const SMALL = path.resolve(import.meta.dirname, "../../fixtures/small");
const POST = "ky/posts/2026-11-10-suu.md";
const MEETING = "ky/meetings/2026-08-14-jyiyn-kopuro.md";

/** What a load found, without object identity: entries by path, problems as text. */
const summary = (content: LoadedContent) => ({
  entries: content.entries.map((e) => [e.inputPath, e.state, e.data.title, e.body]),
  problems: content.problems.map((p) => `${p.severity} ${p.file}:${p.line} ${p.key ?? ""} ${p.message.ru}`),
});

describe("loadContent with reuse", () => {
  let dir: string;
  let cache: LoadCache;
  const load = (reuse?: LoadCache) => loadContent({ contentDir: dir, today: TODAY, gitHistory: false, reuse });

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "achyk-reuse-"));
    await cp(SMALL, dir, { recursive: true });
    cache = new Map();
    await load(cache);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const edits = [
    { name: "nothing changed", edit: async () => {} },
    { name: "a body changed", edit: () => appendTo(POST, "\nЖаңы сүйлөм.\n") },
    { name: "a link to a page that does not exist", edit: () => appendTo(POST, "\n[шилтеме](/ky/posts/jok/)\n") },
    { name: "a front matter error", edit: () => replaceIn(POST, /^title: .*$/m, "title:") },
    { name: "a personal phone number", edit: () => appendTo(POST, "\nТел.: 0555 12-34-56\n") },
    {
      name: "the linked-to entry removed",
      edit: async () => {
        await appendTo(MEETING, "\n[жаңылык](/ky/posts/2026-11-10-suu/)\n");
        await load(cache);
        await rm(path.join(dir, POST));
      },
    },
    { name: "a new entry", edit: () => writeFile(path.join(dir, "ru/posts/2026-11-20-jangy.md"), "---\ntitle: Новость\ndate: 2026-11-20\n---\n\n[ссылка](/ru/posts/2026-11-10-suu/)\n") },
  ] as const;

  it.each(edits)("$name: the same entries and problems as a fresh load", async ({ edit }) => {
    await edit();
    const reused = await load(cache);
    const fresh = await load();
    expect(summary(reused)).toEqual(summary(fresh));
  });

  it("reports a link broken by removing its target, though the linking file did not change", async () => {
    await appendTo(MEETING, "\n[жаңылык](/ky/posts/2026-11-10-suu/)\n");
    expect((await load(cache)).problems.filter((p) => p.file === MEETING && p.severity === "error")).toEqual([]);
    await rm(path.join(dir, POST));
    const broken = (await load(cache)).problems.filter((p) => p.file === MEETING && p.severity === "error");
    expect(broken).toHaveLength(1);
  });

  it("keeps the entries of unchanged files and re-validates only the changed one", async () => {
    const before = await load(cache);
    await appendTo(POST, "\nЖаңы сүйлөм.\n");
    const after = await load(cache);
    const byPath = (c: LoadedContent, file: string) => c.entries.find((e) => e.inputPath === file);
    expect(byPath(after, MEETING)).toBe(byPath(before, MEETING));
    expect(byPath(after, POST)).not.toBe(byPath(before, POST));
    expect(byPath(after, POST)?.body).toContain("Жаңы сүйлөм.");
  });

  it("re-validates every file when today changes", async () => {
    const before = await load(cache);
    const later = await loadContent({ contentDir: dir, today: "2027-01-01", gitHistory: false, reuse: cache });
    expect(later.entries.find((e) => e.inputPath === "ky/reports/2026-11.md")?.state).toBe("live");
    expect(before.entries.find((e) => e.inputPath === "ky/reports/2026-11.md")?.state).toBe("scheduled");
  });

  async function appendTo(file: string, text: string): Promise<void> {
    const full = path.join(dir, file);
    await writeFile(full, (await readFile(full, "utf8")) + text);
  }

  async function replaceIn(file: string, pattern: RegExp, text: string): Promise<void> {
    const full = path.join(dir, file);
    await writeFile(full, (await readFile(full, "utf8")).replace(pattern, text));
  }
});
