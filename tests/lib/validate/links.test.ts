import { describe, expect, it } from "vitest";
import type { Entry } from "../../../scripts/lib/validate/entry.ts";
import { checkEntryBody, checkLinks, linkTargets, scanBody } from "../../../scripts/lib/validate/links.ts";
import { validateEntry } from "../../../scripts/lib/validate/entry-file.ts";

const TODAY = "2026-11-25";

function entry(inputPath: string, body: string, extra = ""): Entry {
  const source = `---\ntitle: "T"\ndate: 2026-11-10\n${extra}---\n${body}`;
  const type = inputPath.split("/")[1];
  const typeLines: Record<string, string> = { reports: 'period: "2026-10"\n', posts: "" };
  const result = validateEntry(inputPath, source.replace("---\n", `---\n${typeLines[type!] ?? ""}`), TODAY);
  if (!result.entry) throw new Error(JSON.stringify(result.problems));
  return result.entry;
}

const others = [
  entry("ky/reports/2026-10.md", "x"),
  entry("ru/reports/2026-10.md", "x"),
  entry("ky/posts/2026-11-01-suu.md", "x"),
  entry("ky/posts/2026-12-01-kyshky.md", "x", "publish: 2026-12-01\n"),
  entry("ky/posts/2026-11-02-karalama.md", "x", "draft: true\n"),
];
const files = ["minutes/2026-11-14-protokol.pdf", "photos/jyiyn.jpg"];
const targets = linkTargets(others, files);

describe("scanBody", () => {
  const cases = [
    { body: "[a](/ky/reports/)", out: [{ kind: "link", value: "/ky/reports/", line: 0 }] },
    { body: "Text\n\nmore text [a](/ky/x/)", out: [{ kind: "link", value: "/ky/x/", line: 2 }] },
    { body: "line one\nline two ![p](/files/a.jpg)", out: [{ kind: "image", value: "/files/a.jpg", line: 1 }] },
    { body: "| a | b |\n|---|---|\n| 1 | [x](/ru/) |", out: [{ kind: "link", value: "/ru/", line: 2 }] },
    { body: "- one\n- two [x](../y/)", out: [{ kind: "link", value: "../y/", line: 1 }] },
    { body: "a\n\n<script>alert(1)</script>\n", out: [{ kind: "html", value: "<script>alert(1)</script>", line: 2 }] },
    { body: "a <b>bold</b> c", out: [{ kind: "html", value: "<b>", line: 0 }] },
    { body: "`<script>` in code", out: [] },
    { body: "```\n<script>\n```", out: [] },
    { body: "[x](javascript:alert(1))", out: [{ kind: "link", value: "javascript:alert(1)", line: 0 }] },
    { body: "See <https://example.kg/x>", out: [{ kind: "link", value: "https://example.kg/x", line: 0 }] },
    { body: "[ref]\n\n[ref]: /ky/about/", out: [{ kind: "link", value: "/ky/about/", line: 0 }] },
    { body: "Plain text with https://example.kg and 1 < 2 > 0", out: [] },
    { body: "## Heading\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |", out: [] },
  ] as const;
  it.each(cases)("$body", ({ body, out }) => {
    expect(scanBody(body)).toEqual(out);
  });
});

describe("checkEntryBody", () => {
  const cases = [
    { name: "entry link", body: "[a](/ky/reports/2026-10/)", severity: null },
    { name: "entry link without slash", body: "[a](/ky/reports/2026-10)", severity: null },
    { name: "list page", body: "[a](/ru/meetings/)", severity: null },
    { name: "home", body: "[a](/ky/)", severity: null },
    { name: "relative sibling", body: "[a](../2026-10/)", severity: null, at: "ky/reports/2026-11.md" },
    { name: "relative list", body: "[a](../)", severity: null },
    { name: "attachment", body: "[p](/files/minutes/2026-11-14-protokol.pdf)", severity: null },
    { name: "image", body: "![p](/files/photos/jyiyn.jpg)", severity: null },
    { name: "external", body: "[a](https://example.kg/x)", severity: null },
    { name: "mail", body: "[a](mailto:info@example.kg)", severity: null },
    { name: "anchor", body: "[a](#top)", severity: null },
    { name: "other path", body: "[a](/data/progress.json)", severity: null },
    { name: "generated file", body: "[a](/ky/events/2026-12-10-jyiyn/event.ics)", severity: null },
    { name: "index.html of a page", body: "[a](/ky/reports/2026-10/index.html)", severity: null },
    { name: "index.html of no page", body: "[a](/ky/reports/2026-09/index.html)", severity: "error", text: "/ky/reports/2026-09/index.html" },
    { name: "missing entry", body: "[a](/ky/reports/2026-09/)", severity: "error", text: "/ky/reports/2026-09/" },
    { name: "suggests close page", body: "[a](/ky/reprts/2026-10/)", severity: "error", text: "«/ky/reports/2026-10/»" },
    { name: "missing file", body: "[p](/files/minutes/protokol.pdf)", severity: "error", text: "content/files/" },
    { name: "file link, case", body: "[p](/files/minutes/2026-11-14-Protokol.pdf)", severity: "error", text: "«/files/minutes/2026-11-14-protokol.pdf»" },
    { name: "md file link", body: "[a](../2026-10.md)", severity: "error", text: "«/ky/reports/2026-10/»", at: "ky/reports/2026-11.md" },
    { name: "draft target", body: "[a](/ky/posts/2026-11-02-karalama/)", severity: "error", text: "/ky/posts/2026-11-02-karalama/" },
    { name: "scheduled target", body: "[a](/ky/posts/2026-12-01-kyshky/)", severity: "warning", text: "2026-12-01" },
    { name: "javascript link", body: "[a](javascript:alert(1))", severity: "error", text: "javascript:" },
    { name: "encoded javascript", body: "[a](jav&#x61;script:alert(1))", severity: "error", text: "javascript:" },
    { name: "javascript autolink", body: "<javascript:alert(1)>", severity: "error", text: "javascript:" },
    { name: "data html link", body: "[a](data:text/html;base64,PHNjcmlwdD4=)", severity: "error", text: "data:text/html" },
    { name: "script", body: "<script>alert(1)</script>", severity: "error", text: "<script>" },
    { name: "iframe", body: "Text <iframe src=x></iframe>", severity: "error", text: "<iframe>" },
    { name: "onerror", body: 'Text <img src=x onerror="alert(1)"> end', severity: "error", text: "on…=" },
    { name: "html javascript href", body: '<a href="javascript:alert(1)">x</a>', severity: "error", text: "javascript:" },
    { name: "harmless tag", body: "Line<br>break", severity: "warning", text: "<br>" },
    { name: "comment", body: "<!-- note -->", severity: "warning", text: "<!-- note -->" },
  ] as const;
  it.each(cases)("$name", (c) => {
    const at = "at" in c ? c.at : "ky/posts/2026-11-20-jangylyk.md";
    const e = entry(at, `Intro line\n\n${c.body}\n`);
    const problems = checkEntryBody(e, targets);
    if (c.severity === null) {
      expect(problems).toEqual([]);
      return;
    }
    expect(problems).toHaveLength(1);
    expect(problems[0]!.severity).toBe(c.severity);
    expect(problems[0]!.file).toBe(at);
    // Front matter: ---, title, date, (period), --- → body starts on line 5 or 6; the link is body line 2.
    expect(problems[0]!.line).toBe(e.bodyLine + 2);
    expect(`${problems[0]!.message.ru}\n${problems[0]!.message.ky}`).toContain(c.text);
    expect(problems[0]!.message.ky).not.toBe(problems[0]!.message.ru);
  });
});

describe("checkLinks", () => {
  it("points at the file line of the broken link", () => {
    const e = entry("ky/posts/2026-11-20-a.md", "one\ntwo\nthree [x](/ky/nowhere/)\n");
    const [problem] = checkLinks([...others, e], files);
    // Lines: 1 ---, 2 title, 3 date, 4 ---, 5 one, 6 two, 7 three.
    expect(problem).toMatchObject({ file: "ky/posts/2026-11-20-a.md", line: 7, severity: "error" });
  });
  it("lets entries link to each other", () => {
    const a = entry("ky/posts/2026-11-20-a.md", "[b](/ky/posts/2026-11-21-b/)");
    const b = entry("ky/posts/2026-11-21-b.md", "[a](../2026-11-20-a/)");
    expect(checkLinks([a, b], [])).toEqual([]);
  });
});
