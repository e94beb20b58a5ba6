/**
 * `npm run from-issue` as staff and the workflow run it: real git repositories (a bare one as
 * `origin`), uploads served over HTTP on 127.0.0.1 in GitHub's place, and a stand-in for the gh
 * CLI that records every call and answers the collaborator-permission API.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeGh, type FakeGh } from "../helpers/fake-gh.ts";
import { testGit } from "../helpers/git.ts";
import { issueForm } from "../../scripts/lib/authoring/issue-forms.ts";
import { loadContent } from "../../scripts/lib/validate/load.ts";
import { issueBody, option } from "../helpers/issue-form.ts";
import { projectDir, runScript, type RunResult } from "../helpers/run.ts";

const TODAY = "2026-11-25";
/** A real PDF with a text layer: the check opens every attached PDF and reads it for personal data. */
const PDF = readFileSync(path.join(projectDir, "content/files/minutes/2026-02-19-jyiyn-protokol.pdf"));
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const PHOTO_ID = "0a1b2c3d-1111-2222-3333-444455556666";

let work = "";
let server: Server;
let origin = "";
let gh: FakeGh;
const git = testGit;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "achyk-from-issue-"));
  server = createServer((req, res) => {
    if (req.url === "/user-attachments/files/17/protokol.pdf") res.end(PDF);
    else if (req.url === `/user-attachments/assets/${PHOTO_ID}`) res.end(PNG);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // The municipality's repository: a bare origin with content/_data on main.
  const seed = path.join(work, "seed");
  mkdirSync(path.join(seed, "content"), { recursive: true });
  execFileSync("cp", ["-r", path.join(projectDir, "content", "_data"), path.join(seed, "content", "_data")]);
  git(seed, "init", "-q", "-b", "main");
  git(seed, "add", ".");
  git(seed, "commit", "-qm", "seed");
  git(work, "clone", "-q", "--bare", seed, "origin.git");

  // gh stand-in: logs each call (arguments, then standard input), answers what the script asks.
  gh = fakeGh(work, {
    readsInput: ["issue comment", "pr create"],
    answers: [`"api repos/achyk-kg/ak-terek/collaborators/"*) echo "$FAKE_PERMISSION" ;;`, `"pr create") echo "https://github.com/achyk-kg/ak-terek/pull/42" ;;`],
  });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(work, { recursive: true, force: true });
});

const meetings = issueForm("meetings");
const reports = issueForm("reports");

function meetingBody(over: Record<string, string> = {}): string {
  return issueBody(meetings, {
    lang: "Кыргызча",
    title: "Көпүрө боюнча жыйын",
    date: "2026-11-14",
    kind: option(meetings, "kind", "gathering"),
    attendance: "85",
    place: "Маданият үйү",
    files: `Жыйындын протоколу: [protokol.pdf](${origin}/user-attachments/files/17/protokol.pdf)`,
    body: `Жыйын өттү.\n\n![image](${origin}/user-attachments/assets/${PHOTO_ID})`,
    ...over,
  });
}

let clones = 0;
/** A fresh clone of origin, as the workflow's checkout gives it; optionally with other forms settings. */
function checkout(forms?: string): string {
  const dir = path.join(work, `clone-${++clones}`);
  git(work, "clone", "-q", "origin.git", dir);
  if (forms) {
    const site = path.join(dir, "content/_data/site.yaml");
    writeFileSync(site, readFileSync(site, "utf8").replace(/^forms: .*$/m, `forms: ${forms}`));
  }
  return dir;
}

function run(cwd: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return runScript("scripts/cli/from-issue.ts", args, {
    cwd,
    env: { CONTENT_DIR: "content", SITE_TODAY: TODAY, ACHYK_UPLOAD_ORIGIN: origin, PATH: `${gh.bin}:${process.env.PATH}`, ...env },
  });
}

/** Runs the workflow's step on one issue event; returns the gh calls it made and its output. */
async function workflow(cwd: string, issue: { body: string; association?: string }, permission: string) {
  const event = path.join(cwd, "..", `event-${clones}.json`);
  const output = path.join(cwd, "..", `output-${clones}.txt`);
  writeFileSync(
    event,
    JSON.stringify({ issue: { number: 12, state: "open", body: issue.body, author_association: issue.association ?? "NONE", labels: [], user: { login: "aigul", id: 501, type: "User" } } }),
  );
  gh.reset();
  const result = await run(cwd, ["--github", "--event", event], { GH_REPO: "achyk-kg/ak-terek", GITHUB_OUTPUT: output, FAKE_PERMISSION: permission });
  const calls = gh.calls();
  return { result, calls, action: readFileSync(output, "utf8").trim() };
}

const originFiles = (ref = "main"): string[] => git(work, "--git-dir", path.join(work, "origin.git"), "ls-tree", "-r", "--name-only", ref).trim().split("\n");

describe("npm run from-issue (by hand)", () => {
  it("--dry-run prints the paths and the text, and writes nothing", async () => {
    const dir = checkout();
    writeFileSync(path.join(dir, "issue.md"), meetingBody());
    const { code, stdout } = await run(dir, ["--body", "issue.md", "--dry-run"]);
    expect(code).toBe(0);
    expect(stdout).toContain("content/ky/meetings/2026-11-14-kopuro-boyuncha-jyyyn.md\n");
    expect(stdout).toContain(`content/files/minutes/2026-11-14-kopuro-boyuncha-jyyyn-1.pdf <- ${origin}/user-attachments/files/17/protokol.pdf`);
    expect(stdout).toContain('title: "Көпүрө боюнча жыйын"');
    expect(existsSync(path.join(dir, "content/ky/meetings"))).toBe(false);
  });

  it("writes the entry and downloads its files; npm run check accepts them", async () => {
    const dir = checkout();
    writeFileSync(path.join(dir, "issue.md"), meetingBody());
    const { code, stdout, stderr } = await run(dir, ["--body", "issue.md", "--form", "meetings.yml"]);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().split("\n")).toEqual([
      "content/ky/meetings/2026-11-14-kopuro-boyuncha-jyyyn.md",
      "content/files/minutes/2026-11-14-kopuro-boyuncha-jyyyn-1.pdf",
      "content/files/photos/2026-11-14-kopuro-boyuncha-jyyyn-1.png",
    ]);
    expect(readFileSync(path.join(dir, "content/files/minutes/2026-11-14-kopuro-boyuncha-jyyyn-1.pdf"))).toEqual(PDF);
    expect(readFileSync(path.join(dir, "content/ky/meetings/2026-11-14-kopuro-boyuncha-jyyyn.md"), "utf8")).toContain(
      "![image](/files/photos/2026-11-14-kopuro-boyuncha-jyyyn-1.png)",
    );
    const content = await loadContent({ contentDir: path.join(dir, "content"), today: TODAY, gitHistory: false });
    expect(content.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("refuses a ПИН, naming the field, in both languages, and writes nothing", async () => {
    const dir = checkout();
    writeFileSync(path.join(dir, "issue.md"), meetingBody({ place: "ПИН 21205199100123 үйү" }));
    const { code, stderr } = await run(dir, ["--body", "issue.md"]);
    expect(code).toBe(1);
    expect(stderr).toContain("Өткөн жери / Место: ");
    expect(stderr).toContain("ПИН");
    expect(existsSync(path.join(dir, "content/ky/meetings"))).toBe(false);
  });

  it("says when the body is no form", async () => {
    const dir = checkout();
    writeFileSync(path.join(dir, "issue.md"), "### Сайт не открывается\n\nПомогите");
    const { code, stderr } = await run(dir, ["--body", "issue.md"]);
    expect(code).toBe(1);
    expect(stderr).toContain("Бул форманын тексти эмес");
  });
});

describe("npm run from-issue -- --github (the workflow)", () => {
  it("staff: commits the entry and its files to main, comments the page, closes the issue", async () => {
    const dir = checkout();
    const { result, calls, action } = await workflow(dir, { body: meetingBody(), association: "MEMBER" }, "write");
    expect(result.code, result.stderr).toBe(0);
    expect(action).toBe("action=commit");
    expect(originFiles()).toEqual(
      expect.arrayContaining([
        "content/ky/meetings/2026-11-14-kopuro-boyuncha-jyyyn.md",
        "content/files/minutes/2026-11-14-kopuro-boyuncha-jyyyn-1.pdf",
        "content/files/photos/2026-11-14-kopuro-boyuncha-jyyyn-1.png",
      ]),
    );
    const log = git(work, "--git-dir", path.join(work, "origin.git"), "log", "-1", "--format=%an <%ae>%n%s", "main");
    expect(log).toBe("aigul <501+aigul@users.noreply.github.com>\nAdd content/ky/meetings/2026-11-14-kopuro-boyuncha-jyyyn.md from issue #12\n");
    expect(calls.map((c) => c.split("|").slice(0, 3).join(" "))).toEqual([
      "api repos/achyk-kg/ak-terek/collaborators/aigul/permission --jq",
      "label create achyk-form",
      "issue edit 12",
      "issue comment 12",
      "issue close 12",
    ]);
    expect(calls[3]).toContain("Жазуу кошулду / Запись добавлена");
    expect(calls[3]).toContain("https://achyk-kg.github.io/ky/meetings/2026-11-14-kopuro-boyuncha-jyyyn/");
  });

  it("someone without write access: a polite comment, nothing committed", async () => {
    const dir = checkout();
    const before = originFiles();
    const { result, calls, action } = await workflow(dir, { body: meetingBody(), association: "MEMBER" }, "read");
    expect(result.code, result.stderr).toBe(0);
    expect(action).toBe("action=refuse");
    expect(originFiles()).toEqual(before);
    expect(calls.map((c) => c.split("|").slice(0, 2).join(" "))).toEqual(["api repos/achyk-kg/ak-terek/collaborators/aigul/permission", "label create", "issue edit", "issue comment"]);
    expect(calls.at(-1)).toContain("Рахмат, @aigul!");
    expect(git(dir, "status", "--porcelain")).toBe("");
  });

  it("a resident, when the municipality takes residents' submissions: a pull request for staff, never a commit to main", async () => {
    const dir = checkout("{ staff: commit, residents: pull-request }");
    const before = originFiles();
    const { result, calls, action } = await workflow(dir, { body: meetingBody() }, "none");
    expect(result.code, result.stderr).toBe(0);
    expect(action).toBe("action=pull-request");
    expect(originFiles()).toEqual(before);
    expect(originFiles("achyk-form/issue-12")).toContain("content/ky/meetings/2026-11-14-kopuro-boyuncha-jyyyn.md");
    const create = calls.find((c) => c.startsWith("pr|create|"))!;
    expect(create).toContain("--base|main|--head|achyk-form/issue-12|");
    expect(create).toContain("Closes #12");
    expect(calls.at(-1)).toContain("https://github.com/achyk-kg/ak-terek/pull/42");
    expect(calls.at(-1)).toContain("карап чыгышы үчүн");
  });

  it("problems: commented field by field, Kyrgyz first, nothing committed, the issue left open", async () => {
    const dir = checkout();
    const before = originFiles();
    const { result, calls, action } = await workflow(dir, { body: meetingBody({ date: "31.11.2026", attendance: "көп" }) }, "admin");
    expect(result.code, result.stderr).toBe(0);
    expect(action).toBe("action=problems");
    expect(originFiles()).toEqual(before);
    const comment = calls.at(-1)!;
    expect(comment).toContain("**Күнү / Дата**");
    expect(comment).toContain("**Катышкандар / Участников**");
    expect(comment.indexOf("календарда жок")).toBeLessThan(comment.indexOf("нет в календаре"));
    expect(calls.some((c) => c.startsWith("issue|close|"))).toBe(false);
  });

  it("an issue that is no form is left alone", async () => {
    const dir = checkout();
    const { result, calls, action } = await workflow(dir, { body: "### Сайт не открывается\n\nПомогите" }, "write");
    expect(result.code).toBe(0);
    expect(action).toBe("action=ignore");
    expect(calls).toEqual([]);
  });

  it("a second report for the same month is refused on its month field", async () => {
    const dir = checkout();
    const body = issueBody(reports, { lang: "Русский", title: "Отчёт за октябрь", date: "2026-11-20", period: "2026-10", body: "Текст отчёта." });
    const first = await workflow(dir, { body }, "write");
    expect(first.action).toBe("action=commit");
    const again = await workflow(checkout(), { body }, "write");
    expect(again.action).toBe("action=problems");
    expect(again.calls.at(-1)).toContain("**Отчеттук ай / Отчётный месяц**");
  });
});
