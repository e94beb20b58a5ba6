/**
 * A tree that builds, with everything issue 12 found leaking: a draft's and a scheduled entry's
 * attachments, a file no entry links to, a placeholder, a control character that YAML's own
 * escapes put into a title, a Windows-1251 entry, a file name with `#` and `?`, and work folders
 * of a killed build. Nothing of it may reach `_site`, the search index or the Pages archive.
 */
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePdf } from "../helpers/files.ts";
import { packLikePages, readAllText } from "../helpers/pages-archive.ts";
import { projectDir, runScript, type RunResult } from "../helpers/run.ts";

const TODAY = "2026-11-25";
const MARKERS = ["DRAFTBUDGETMARKER", "SCHEDULEDPLANMARKER", "FORGOTTENFILEMARKER"];
const FORBIDDEN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

let root: string;
let output: string;
let built: RunResult;
let checked: RunResult;
let site: Map<string, string>;
let archive: { names: string[]; texts: Map<string, string> };

function cp1251(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1251");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((c) => table.get(c) ?? 0x3f));
}

const entry = (lines: string[], body: string) => ["---", ...lines, "---", "", body, ""].join("\n");

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "achyk-leaks-"));
  const content = path.join(root, "content");
  await cp(path.join(projectDir, "tests/fixtures/small"), content, { recursive: true });
  const files: Record<string, string | Uint8Array> = {
    "ky/posts/2026-11-14-byudjet.md": entry(["title: Бюджеттин долбоору", "date: 2026-11-14", "draft: true", "attachments:", "  - file: drafts/byudjet-proekt.pdf", "    title: Долбоор"], "Даярдалууда."),
    "ky/posts/2026-12-20-plan.md": entry(["title: Келерки жылдын планы", "date: 2026-12-20", "attachments:", "  - file: later/plan.pdf", "    title: План"], "[План](/files/later/plan.pdf)"),
    "ky/posts/2026-11-16-hash.md": entry(["title: \"Жыйын\\vболду\"", "summary: \"Бир\\fэки\"", "date: 2026-11-16", "attachments:", '  - file: "minutes/a#1?.pdf"', "    title: Протокол"], "Протоколдо."),
    "ky/posts/2026-11-17-cp1251.md": cp1251(entry(["title: Жыйынга чакыруу", "date: 2026-11-17"], "Бардык тургундар чакырылат.")),
    "files/drafts/byudjet-proekt.pdf": makePdf([`Budget draft ${MARKERS[0]} not public yet.`]),
    "files/later/plan.pdf": makePdf([`Plan for next year ${MARKERS[1]} not public yet.`]),
    "files/old/forgotten.pdf": makePdf([`An old file ${MARKERS[2]} that no entry links to.`]),
    "files/minutes/a#1?.pdf": makePdf(["Protocol of the gathering, with a hash in its file name."]),
    "files/minutes/.gitkeep": "",
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(content, file)), { recursive: true });
    await writeFile(path.join(content, file), text);
  }
  output = path.join(root, "site");
  // Work folders of builds killed halfway (no process has these ids).
  for (const stale of [`${output}.building-4194301`, `${output}.old-4194302`]) {
    await mkdir(stale, { recursive: true });
    await writeFile(path.join(stale, "index.html"), "half");
  }
  const env = { CONTENT_DIR: content, SITE_TODAY: TODAY, ACHYK_OUTPUT: output };
  [built, checked] = await Promise.all([runScript("scripts/cli/build.ts", [], { env }), runScript("scripts/cli/check.ts", [], { env })]);
  site = await readAllText(output);
  const names = await packLikePages(output, path.join(root, "artifact.tar"), path.join(root, "unpacked"));
  archive = { names, texts: await readAllText(path.join(root, "unpacked")) };
}, 240_000);
afterAll(() => rm(root, { recursive: true, force: true }));

describe("what must not be published is not", () => {
  it("the tree builds, and check agrees (exit 0 both, the same warnings)", () => {
    expect(built.code, built.stderr).toBe(0);
    expect(checked.code, checked.stderr).toBe(0);
    const warnings = (text: string) => text.split("\n").filter((l) => l.includes("эскертүү / предупреждение")).sort();
    expect(warnings(built.stderr)).toEqual(warnings(checked.stdout));
    expect(built.stderr).toContain("«old/forgotten.pdf» не указан ни в одной записи");
    expect(built.stderr).toContain("Windows-1251");
  });

  it("_site/files holds only what live entries link to", () => {
    const published = [...site.keys()].filter((f) => f.startsWith("files/")).sort();
    expect(published).toEqual(["files/minutes/2026-08-14-protokol.pdf", "files/minutes/a#1?.pdf"]);
  });

  it.each(MARKERS)("%s is in no file of the site, the search index included", (marker) => {
    expect([...site].filter(([, text]) => text.includes(marker)).map(([file]) => file)).toEqual([]);
  });

  it("the Pages archive holds the same files, no links, none of the markers", () => {
    expect([...archive.texts.keys()].sort()).toEqual([...site.keys()].sort());
    expect(archive.names.filter((line) => /^[lh]/.test(line))).toEqual([]);
    for (const marker of MARKERS) expect([...archive.texts.values()].some((text) => text.includes(marker))).toBe(false);
  });

  it("no file written holds a character XML forbids, though YAML escapes put some into a title and summary", () => {
    const written = [...site].filter(([file]) => /\.(html|xml|json|csv|ics|txt|js|css|svg)$/.test(file) && !file.startsWith("pagefind/"));
    expect(written.length).toBeGreaterThan(30);
    expect(written.filter(([, text]) => FORBIDDEN_XML.test(text)).map(([f]) => f)).toEqual([]);
    expect(site.get("ky/feed.xml")).toContain("<title>Жыйын болду</title>");
  });

  it("a file name with # and ? is linked percent-encoded, and the link leads to the file", () => {
    const page = site.get("ky/posts/2026-11-16-hash/index.html")!;
    expect(page).toContain('href="/files/minutes/a%231%3F.pdf"');
    expect(site.has(decodeURIComponent("files/minutes/a%231%3F.pdf"))).toBe(true);
  });

  it("a Windows-1251 entry is read right", () => {
    expect(site.get("ky/posts/2026-11-17-cp1251/index.html")).toContain("Бардык тургундар чакырылат.");
  });

  it("work folders of killed builds are gone, and the build leaves none of its own", async () => {
    expect((await readdir(root)).filter((name) => name.startsWith("site.")).sort()).toEqual([]);
    expect((await stat(output)).isDirectory()).toBe(true);
  });
});
