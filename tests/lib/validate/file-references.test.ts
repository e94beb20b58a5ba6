import { describe, expect, it } from "vitest";
import { validateEntry } from "../../../scripts/lib/validate/entry-file.ts";
import { attachmentPath, fileReferences, publishedFiles, unreferencedFiles } from "../../../scripts/lib/validate/file-references.ts";

const TODAY = "2026-11-25";
function entry(slug: string, extra: string[], body = "") {
  const source = ["---", "title: Жазуу", "date: 2026-11-20", ...extra, "---", body, ""].join("\n");
  return validateEntry(`ky/posts/${slug}.md`, source, TODAY).entry!;
}
const attach = (file: string) => ["attachments:", `  - file: "${file}"`, "    title: Файл"];

const live = entry("live", attach("minutes/live.pdf"), "Кара: [тизме](/files/lists/linked.csv) жана ![сүрөт](../../../files/photos/a%20b.jpg)");
const draft = entry("draft", [...attach("drafts/byudjet-proekt.pdf"), "draft: true"]);
const scheduled = entry("scheduled", [...attach("/minutes/./later.pdf"), "publish: 2026-12-25"]);
const shared = entry("shared", [...attach("minutes/shared.pdf"), "draft: true"]);
const sharedLive = entry("shared-live", [], "[протокол](/files/minutes/shared.pdf#page=2)");
const entries = [live, draft, scheduled, shared, sharedLive];
const files = ["minutes/live.pdf", "lists/linked.csv", "photos/a b.jpg", "drafts/byudjet-proekt.pdf", "minutes/later.pdf", "minutes/shared.pdf", "old/forgotten.pdf", "old/broken.pdf"];

describe("which attachments are published", () => {
  it("only files a live entry attaches or links to, in its text too", () => {
    expect([...publishedFiles(entries, files)].sort()).toEqual(["lists/linked.csv", "minutes/live.pdf", "minutes/shared.pdf", "photos/a b.jpg"]);
  });

  it("a draft's and a scheduled entry's attachments are not (issue 12: drafts/byudjet-proekt.pdf)", () => {
    const published = publishedFiles(entries, files);
    expect(published.has("drafts/byudjet-proekt.pdf")).toBe(false);
    expect(published.has("minutes/later.pdf")).toBe(false);
  });

  it("knows every entry that links to a file", () => {
    expect(fileReferences(entries).get("minutes/shared.pdf")?.map((e) => e.slug)).toEqual(["shared", "shared-live"]);
  });
});

describe("unreferencedFiles", () => {
  it("warns about a file no entry links to, unless it has an error already", () => {
    const problems = unreferencedFiles(files, fileReferences(entries), new Set(["files/old/broken.pdf"]));
    expect(problems).toEqual([expect.objectContaining({ severity: "warning", file: "files/old/forgotten.pdf", line: 1 })]);
    expect(problems[0]!.message.ru).toContain("не указан ни в одной записи");
    expect(problems[0]!.message.ky).toContain("эч бир жазууда көрсөтүлгөн эмес");
  });
});

describe("attachmentPath", () => {
  const cases = [["minutes/a.pdf", "minutes/a.pdf"], ["/minutes/a.pdf", "minutes/a.pdf"], ["minutes/./a.pdf", "minutes/a.pdf"], ["../x", "../x"]] as const;
  it.each(cases)("%s → %s", (file, out) => expect(attachmentPath(file)).toBe(out));
});
