import { describe, expect, it } from "vitest";
import { convertIssue } from "../../../scripts/lib/authoring/issue-entry.ts";
import { readFormBody } from "../../../scripts/lib/authoring/form-body.ts";
import { issueForm } from "../../../scripts/lib/authoring/issue-forms.ts";
import {
  commitMessage,
  decide,
  FORM_COMMENT_MARKER,
  isStaff,
  problemsComment,
  publishedComment,
  pullRequestComment,
  pullRequestText,
  refusedComment,
  translationUrl,
  type Author,
} from "../../../scripts/lib/publish/form-submission.ts";
import type { Site } from "../../../scripts/lib/validate/site.ts";
import { issueBody, option } from "../../helpers/issue-form.ts";

const meetings = issueForm("meetings");
const site = {
  repository: { owner: "achyk-kg", name: "ak-terek", branch: "main" },
  base_url: "https://achyk-kg.github.io/ak-terek/",
  forms: { staff: "commit", residents: "refuse" },
} as unknown as Site;

const body = issueBody(meetings, {
  lang: "Кыргызча",
  title: "Көпүрө боюнча жыйын",
  date: "2026-11-14",
  kind: option(meetings, "kind", "gathering"),
  attendance: "85",
  place: "Маданият үйү",
  women: "40",
});
const entry = convertIssue(meetings, readFormBody(body, meetings), { today: "2026-11-25", exists: () => false }).entry!;

describe("isStaff", () => {
  const cases = [
    { name: "write permission", author: { association: "NONE", permission: "write" }, out: true },
    { name: "maintain", author: { association: "CONTRIBUTOR", permission: "maintain" }, out: true },
    { name: "admin", author: { association: "OWNER", permission: "admin" }, out: true },
    { name: "an organisation member with read access only", author: { association: "MEMBER", permission: "read" }, out: false },
    { name: "triage is not write", author: { association: "NONE", permission: "triage" }, out: false },
    { name: "a resident", author: { association: "NONE", permission: "none" }, out: false },
    { name: "permission unknown: a collaborator", author: { association: "COLLABORATOR", permission: null }, out: true },
    { name: "permission unknown: a first-time contributor", author: { association: "FIRST_TIME_CONTRIBUTOR", permission: null }, out: false },
  ] as const;
  it.each(cases)("$name: $out", ({ author, out }) => expect(isStaff({ login: "x", ...author })).toBe(out));
});

describe("decide", () => {
  const staff: Author = { login: "aigul", association: "MEMBER", permission: "write" };
  const resident: Author = { login: "guest", association: "NONE", permission: "read" };
  const problem = { field: "date", label: "Күнү / Дата", message: { ky: "ката", ru: "ошибка" }, severity: "error" as const };
  const cases = [
    { name: "not a form", form: undefined, author: staff, problems: [], settings: site.forms, action: "ignore" },
    { name: "staff, commit", form: meetings, author: staff, problems: [], settings: site.forms, action: "commit" },
    { name: "staff, pull requests", form: meetings, author: staff, problems: [], settings: { staff: "pull-request", residents: "refuse" }, action: "pull-request" },
    { name: "staff, with a problem", form: meetings, author: staff, problems: [problem], settings: site.forms, action: "problems" },
    { name: "a resident, refused without reading the form", form: meetings, author: resident, problems: null, settings: site.forms, action: "refuse" },
    { name: "a resident, refused even with a clean form", form: meetings, author: resident, problems: [], settings: site.forms, action: "refuse" },
    { name: "a resident, a pull request for staff", form: meetings, author: resident, problems: [], settings: { staff: "commit", residents: "pull-request" }, action: "pull-request" },
    { name: "a resident's problems are shown to them", form: meetings, author: resident, problems: [problem], settings: { staff: "commit", residents: "pull-request" }, action: "problems" },
  ] as const;
  it.each(cases)("$name → $action", ({ form, author, problems, settings, action }) => {
    const decision = decide({ form, author, problems, settings: settings as Site["forms"] });
    expect(decision.action).toBe(action);
    if (decision.action === "pull-request") expect(decision.staff).toBe(author === staff);
  });

  it("a submission from someone without write access is never committed, whatever the settings", () => {
    for (const residents of ["refuse", "pull-request"] as const) {
      for (const staffMode of ["commit", "pull-request"] as const) {
        const decision = decide({ form: meetings, author: resident, problems: [], settings: { staff: staffMode, residents } });
        expect(decision.action).not.toBe("commit");
      }
    }
  });
});

describe("comments", () => {
  it("problems: field by field, Kyrgyz first, then how to fix by editing the issue", () => {
    const text = problemsComment([
      { field: "date", label: "Күнү / Дата", message: { ky: "Күн жок.", ru: "Нет даты." }, severity: "error" },
      { field: "date", label: "Күнү / Дата", message: { ky: "Экинчи.", ru: "Второе." }, severity: "error" },
      { field: "reach", label: "Маалымат жеткен адамдар / Охват, человек", message: { ky: "Сан.", ru: "Число." }, severity: "error" },
      { field: "publish", label: "Сайтта чыга турган күнү / Опубликовать на сайте", message: { ky: "Эскертүү.", ru: "Предупреждение." }, severity: "warning" },
    ]);
    expect(text.startsWith(FORM_COMMENT_MARKER)).toBe(true);
    expect(text).toContain("**Күнү / Дата**\n\n- Күн жок.\n  Нет даты.\n- Экинчи.\n  Второе.\n");
    expect(text.indexOf("**Маалымат жеткен")).toBeGreaterThan(text.indexOf("**Күнү"));
    expect(text.indexOf("Кантип оңдойм")).toBeLessThan(text.indexOf("Как исправить"));
    expect(text.indexOf("Эскертүүлөр")).toBeGreaterThan(text.indexOf("**Маалымат"));
  });

  it("refused: polite, both languages, Kyrgyz first, names the person", () => {
    const text = refusedComment("guest");
    expect(text).toContain("Рахмат, @guest! / Спасибо, @guest!");
    expect(text.indexOf("кызматкерлери гана")).toBeLessThan(text.indexOf("только сотрудники"));
  });

  it("published: the page, the file, when it goes live, and a link to add the translation", () => {
    const text = publishedComment({ site, form: meetings, entry, today: "2026-11-25", contentDirName: "content", hasTranslation: false, warnings: [] });
    expect(text).toContain(`https://achyk-kg.github.io/ak-terek/ky/meetings/${entry.slug}/`);
    expect(text).toContain(`https://github.com/achyk-kg/ak-terek/blob/main/content/ky/meetings/${entry.slug}.md`);
    expect(text).toContain("бир нече мүнөттөн кийин");
    expect(text).toContain(`slug=${entry.slug}`);
    expect(text.indexOf("Жазуу кошулду")).toBeLessThan(text.indexOf("Страница на сайте"));
    const scheduled = publishedComment({ site, form: meetings, entry: { ...entry, publish: "2026-12-01" }, today: "2026-11-25", contentDirName: "content", hasTranslation: true, warnings: [] });
    expect(scheduled).toContain("2026-жылдын 1-декабры");
    expect(scheduled).toContain("1 декабря 2026");
    expect(scheduled).not.toContain("slug=");
  });

  it("the translation link fills in what needs no translating, and only text fields", () => {
    const url = new URL(translationUrl(site.repository, meetings, entry));
    expect(Object.fromEntries(url.searchParams)).toEqual({ template: "meetings.yml", date: "2026-11-14", attendance: "85", women: "40", slug: entry.slug });
  });

  it("pull request: comment, title, body that closes the issue on merge, commit message", () => {
    expect(pullRequestComment({ url: "https://github.com/o/r/pull/7", staff: false })).toContain("карап чыгышы үчүн");
    expect(pullRequestComment({ url: "https://github.com/o/r/pull/7", staff: true })).toContain("**Merge**");
    const pr = pullRequestText({ entry, issue: 12, author: "aigul", contentDirName: "content" });
    expect(pr.title).toBe("Протокол: Көпүрө боюнча жыйын");
    expect(pr.body).toContain("Closes #12");
    expect(commitMessage({ entry, issue: 12, author: "aigul", contentDirName: "content" })).toMatch(/^Add content\/ky\/meetings\/.+\.md from issue #12\n\nSubmitted by @aigul through the meetings issue form\./);
  });
});
