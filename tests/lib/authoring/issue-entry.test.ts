import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { entryTemplate } from "../../../scripts/lib/authoring/entry-template.ts";
import { detectForm, readFormBody } from "../../../scripts/lib/authoring/form-body.ts";
import { convertIssue, fieldOfProblem, slugFor, type ConvertOptions } from "../../../scripts/lib/authoring/issue-entry.ts";
import { issueForm, issueForms, LANG_NAMES, type IssueForm } from "../../../scripts/lib/authoring/issue-forms.ts";
import { LANGS, type Lang } from "../../../scripts/lib/shared/lang.ts";
import { loadContent } from "../../../scripts/lib/validate/load.ts";
import { contentTypes, type ContentType } from "../../../scripts/lib/validate/schema.ts";
import { issueBody, option } from "../../helpers/issue-form.ts";

const CONTENT = path.resolve(import.meta.dirname, "../../../content");
const TODAY = "2026-11-25";
const nothing: ConvertOptions = { today: TODAY, exists: () => false };

function convert(form: IssueForm, body: string, options: Partial<ConvertOptions> = {}) {
  const found = detectForm(body);
  expect(found?.type).toBe(form.type);
  return convertIssue(form, readFormBody(body, form), { ...nothing, ...options });
}

/** The answers that fill a form with exactly the values of `npm run new`'s template. */
function templateAnswers(type: ContentType, lang: Lang): { answers: Record<string, string>; expected: string } {
  const text = entryTemplate(type, { lang, date: "2026-11-20", period: "2026-10" });
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text)!;
  const data = parse(yaml!) as Record<string, unknown>;
  const form = issueForm(type);
  const answers: Record<string, string> = { lang: LANG_NAMES[lang], body: body!.trim() };
  for (const [key, value] of Object.entries(data)) {
    const field = form.fields.find((f) => f.id === key)!;
    answers[key] = field.options ? option(form, key, String(value)) : Array.isArray(value) ? value.join("\n") : String(value);
  }
  // What staff end up with: the template, filled in, its hints (`# …`) removed.
  return { answers, expected: text.replace(/ {2}# .*$/gm, "") };
}

const everyTypeAndLang = contentTypes.flatMap((type) => LANGS.map((lang) => ({ type, lang })));

describe("a form filled with the template's values", () => {
  it.each(everyTypeAndLang)("$type ($lang) gives the file `npm run new` writes, hints aside", ({ type, lang }) => {
    const { answers, expected } = templateAnswers(type, lang);
    const result = convert(issueForm(type), issueBody(issueForm(type), answers));
    expect(result.problems).toEqual([]);
    expect(result.entry?.text).toBe(expected);
    expect(result.entry?.relativePath).toBe(type === "reports" ? `${lang}/reports/2026-10.md` : `${lang}/${type}/${result.entry?.slug}.md`);
  });
});

describe("npm run check accepts what forms write", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("every type in both languages, written into a content folder, has no error", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "achyk-forms-"));
    dirs.push(dir);
    await cp(path.join(CONTENT, "_data"), path.join(dir, "_data"), { recursive: true });
    for (const { type, lang } of everyTypeAndLang) {
      const { answers } = templateAnswers(type, lang);
      const entry = convert(issueForm(type), issueBody(issueForm(type), answers)).entry!;
      await mkdir(path.join(dir, lang, type), { recursive: true });
      await writeFile(path.join(dir, entry.relativePath), entry.text);
    }
    const content = await loadContent({ contentDir: dir, today: TODAY, gitHistory: false });
    expect(content.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(content.entries).toHaveLength(everyTypeAndLang.length);
  });
});

const reports = issueForm("reports");
const meetings = issueForm("meetings");
const surveys = issueForm("surveys");
const posts = issueForm("posts");

const reportAnswers = {
  lang: "Кыргызча",
  title: "Айыл өкмөтүнүн октябрь айындагы иши",
  date: "2026-11-20",
  period: "2026-10",
  summary: "Суу түтүгү оңдолду, эки жыйын өттү.",
  reach: "2300",
  body: "Октябрь айында суу түтүгү оңдолду.",
};

describe("real issue bodies", () => {
  it("a Kyrgyz report sent from Windows (CRLF) reads as the same file", () => {
    const lf = convert(reports, issueBody(reports, reportAnswers));
    const crlf = convert(reports, issueBody(reports, reportAnswers, { crlf: true }));
    expect(crlf.entry?.text).toBe(lf.entry?.text);
    expect(lf.entry?.text).toBe(
      '---\ntitle: "Айыл өкмөтүнүн октябрь айындагы иши"\ndate: 2026-11-20\nperiod: "2026-10"\nreach: 2300\nsummary: "Суу түтүгү оңдолду, эки жыйын өттү."\n---\n\nОктябрь айында суу түтүгү оңдолду.\n',
    );
    expect(lf.entry?.relativePath).toBe("ky/reports/2026-10.md");
  });

  it("a Russian protocol: a dotted date, a numbered agenda, a heading inside the text, emoji", () => {
    const body = issueBody(meetings, {
      lang: "Русский",
      title: "Сход по ремонту моста 🌉",
      date: "14.11.2026",
      kind: option(meetings, "kind", "gathering"),
      attendance: "85",
      place: "Дом культуры",
      women: "40",
      agenda: "1. Ремонт моста\n2. Питьевая вода",
      decisions: "- Отремонтировать мост до весны",
      body: "### Ход схода\n\nГлава рассказал о смете. 👍",
    });
    const { entry, problems } = convert(meetings, body);
    expect(problems).toEqual([]);
    expect(entry?.relativePath).toBe("ru/meetings/2026-11-14-skhod-po-remontu-mosta.md");
    expect(entry?.text).toBe(
      [
        "---",
        'title: "Сход по ремонту моста 🌉"',
        "date: 2026-11-14",
        "kind: gathering",
        'place: "Дом культуры"',
        "attendance: 85",
        "women: 40",
        "agenda:",
        '  - "Ремонт моста"',
        '  - "Питьевая вода"',
        "decisions:",
        '  - "Отремонтировать мост до весны"',
        "---",
        "",
        "### Ход схода",
        "",
        "Глава рассказал о смете. 👍",
        "",
      ].join("\n"),
    );
  });

  it("empty optional fields (_No response_) leave their keys out", () => {
    const { entry } = convert(posts, issueBody(posts, { lang: "Кыргызча", title: "Жаңы жол", date: "2026-11-20", body: "Жол салынды." }));
    expect(entry?.text).toBe('---\ntitle: "Жаңы жол"\ndate: 2026-11-20\n---\n\nЖол салынды.\n');
  });

  it("survey results and several choices", () => {
    const body = issueBody(surveys, {
      lang: "Кыргызча",
      title: "Суу боюнча сурамжылоонун жыйынтыгы",
      date: "2026-11-20",
      kind: option(surveys, "kind", "report"),
      responses: "310",
      presented_to: `${option(surveys, "presented_to", "council")}, ${option(surveys, "presented_to", "social")}`,
      results: "Суу жетиштүүбү?\n- Ооба: 120\n- Жок: 190",
    });
    const { entry, problems } = convert(surveys, body);
    expect(problems).toEqual([]);
    expect(entry?.data).toMatchObject({
      kind: "report",
      presented_to: ["council", "social"],
      results: [{ question: "Суу жетиштүүбү?", answers: [{ label: "Ооба", count: 120 }, { label: "Жок", count: 190 }] }],
    });
    expect(entry?.text).toContain('results:\n  - question: "Суу жетиштүүбү?"\n    answers:\n      - label: "Ооба"\n        count: 120\n');
    expect(entry?.text).toContain("presented_to:\n  - council\n  - social\n");
  });

  it("uploaded files become attachments in the type's folder, photos in the text are copied and relinked", () => {
    const pdf = "https://github.com/user-attachments/files/17717123/protokol.pdf";
    const photo = "https://github.com/user-attachments/assets/0a1b2c3d-1111-2222-3333-444455556666";
    const pasted = "https://github.com/user-attachments/assets/9f8e7d6c-aaaa-bbbb-cccc-ddddeeeeffff";
    const body = issueBody(meetings, {
      lang: "Кыргызча",
      title: "Көпүрө боюнча жыйын",
      date: "2026-11-14",
      kind: option(meetings, "kind", "gathering"),
      attendance: "85",
      place: "Маданият үйү",
      files: `Жыйындын протоколу (скан): [protokol.pdf](${pdf})\n\n![IMG_2034](${photo})`,
      body: `Жыйын өттү.\n\n<img width="1024" height="768" alt="Image" src="${pasted}" />`,
    });
    const extensions = new Map([[photo, "jpg"], [pasted, "png"]]);
    const { entry, problems } = convert(meetings, body, { extensionOf: (u) => extensions.get(u.url) });
    expect(problems).toEqual([]);
    expect(entry?.downloads).toEqual([
      { url: pdf, path: "minutes/2026-11-14-kopuro-boyuncha-jyyyn-1.pdf", field: "files" },
      { url: photo, path: "photos/2026-11-14-kopuro-boyuncha-jyyyn-1.jpg", field: "files" },
      { url: pasted, path: "photos/2026-11-14-kopuro-boyuncha-jyyyn-2.png", field: "body" },
    ]);
    expect(entry?.text).toContain(
      'attachments:\n  - file: minutes/2026-11-14-kopuro-boyuncha-jyyyn-1.pdf\n    title: "Жыйындын протоколу (скан)"\n  - file: photos/2026-11-14-kopuro-boyuncha-jyyyn-1.jpg\n    title: "Сүрөт 2"\n',
    );
    expect(entry?.text).toContain("![Image](/files/photos/2026-11-14-kopuro-boyuncha-jyyyn-2.png)");
    expect(entry?.text).not.toContain("github.com");
  });

  it("an upload never overwrites a file already in content/files", () => {
    const pdf = "https://github.com/user-attachments/files/1/a.pdf";
    const body = issueBody(reports, { ...reportAnswers, files: `[a.pdf](${pdf})` });
    const { entry } = convert(reports, body, { exists: (p) => p === "files/documents/2026-10-1.pdf" });
    expect(entry?.downloads[0]?.path).toBe("documents/2026-10-2.pdf");
  });
});

describe("where the entry goes", () => {
  it("a name made from the date and the title, with a number when it is taken", () => {
    const body = issueBody(posts, { lang: "Кыргызча", title: "Көпүрө оңдолду", date: "2026-11-20", body: "Текст." });
    expect(convert(posts, body).entry?.slug).toBe("2026-11-20-kopuro-ongdoldu");
    expect(convert(posts, body, { exists: (p) => p === "ky/posts/2026-11-20-kopuro-ongdoldu.md" }).entry?.slug).toBe("2026-11-20-kopuro-ongdoldu-2");
  });

  it("the name given by a translation link, so both languages pair", () => {
    const body = issueBody(posts, { lang: "Русский", title: "Мост отремонтирован", date: "2026-11-20", body: "Текст.", slug: "2026-11-20-kopuro-ongdoldu" });
    expect(convert(posts, body).entry?.relativePath).toBe("ru/posts/2026-11-20-kopuro-ongdoldu.md");
  });

  const slugs = [
    { date: "2026-11-14", title: "Көпүрө боюнча жыйын", out: "2026-11-14-kopuro-boyuncha-jyyyn" },
    { date: "2026-11-14", title: "Очень длинный заголовок про ремонт водопровода в селе Ак-Терек", out: "2026-11-14-ochen-dlinnyy-zagolovok-pro-remont" },
    { date: "2026-11-14", title: "🎉🎉", out: "2026-11-14-post" },
  ] as const;
  it.each(slugs)("slugFor($title)", ({ date, title, out }) => {
    expect(slugFor(date, title, "posts")).toBe(out);
  });
});

describe("problems, field by field", () => {
  const cases = [
    {
      name: "a required field left empty",
      answers: { ...reportAnswers, title: undefined },
      fields: ["title"],
      ky: "милдеттүү",
    },
    { name: "a date that is no day", answers: { ...reportAnswers, date: "30.02.2026" }, fields: ["date"], ky: "календарда жок" },
    { name: "a date in words", answers: { ...reportAnswers, date: "20 ноября" }, fields: ["date"], ky: "ЖЖЖЖ-АА-КК" },
    { name: "words in a number", answers: { ...reportAnswers, reach: "2300 адам" }, fields: ["reach"], ky: "сан гана" },
    { name: "month 13", answers: { ...reportAnswers, period: "2026-13" }, fields: ["period"], ky: "ЖЖЖЖ-АА" },
    { name: "a ПИН in the title", answers: { ...reportAnswers, title: "Отчет 21205199100123" }, fields: ["title"], ky: "ПИН" },
    { name: "a ПИН in the summary", answers: { ...reportAnswers, summary: "Жашоочу ПИН 21205199100123" }, fields: ["summary"], ky: "ПИН" },
    { name: "a private phone in the text", answers: { ...reportAnswers, body: "Байланыш: 0555 123 456" }, fields: ["body"], ky: "Телефон" },
    { name: "a passport in a file's title", answers: { ...reportAnswers, files: "Паспорт AN1234567: [a.pdf](https://github.com/user-attachments/files/1/a.pdf)" }, fields: ["files"], ky: "Паспорт" },
    { name: "a link that is not an upload", answers: { ...reportAnswers, files: "https://drive.google.com/file/d/abc" }, fields: ["files"], ky: "жүктөлгөн файл эмес" },
    { name: "a report for a month that has one", answers: reportAnswers, exists: "ky/reports/2026-10.md", fields: ["period"], ky: "буга чейин бар" },
    { name: "garbled Kyrgyz from an old font", answers: { ...reportAnswers, body: "Къп\\р оёдолду." }, fields: ["body"], ky: "шрифт" },
  ] as const;
  it.each(cases)("$name", (c) => {
    const { entry, problems } = convert(reports, issueBody(reports, c.answers), "exists" in c ? { exists: (p) => p === c.exists } : {});
    expect(entry).toBeUndefined();
    const errors = problems.filter((p) => p.severity === "error");
    expect([...new Set(errors.map((p) => p.field))]).toEqual(c.fields);
    expect(errors[0]!.label).toBe(reports.fields.find((f) => f.id === c.fields[0])!.label);
    expect(errors[0]!.message.ky).toContain(c.ky);
    expect(errors[0]!.message.ru).toBeTruthy();
  });

  it("every problem of a badly filled form at once", () => {
    const body = issueBody(meetings, {
      lang: "Кыргызча",
      title: "Жыйын",
      date: "2026-11-14",
      kind: "Митинг",
      attendance: "көп",
      place: "Мектеп",
      women: "90",
    });
    const { problems } = convert(meetings, body);
    expect(problems.map((p) => p.field)).toEqual(["kind", "attendance"]);
    expect(problems[0]!.message.ru).toContain("Сход граждан");
  });

  it("a part larger than the whole is found by the schema, on its field", () => {
    const body = issueBody(meetings, { lang: "Кыргызча", title: "Жыйын", date: "2026-11-14", kind: option(meetings, "kind", "hearing"), attendance: "50", place: "Мектеп", women: "90" });
    const { problems } = convert(meetings, body);
    expect(problems.map((p) => p.field)).toEqual(["women"]);
  });
});

describe("telling the form from the body", () => {
  it.each(issueForms())("$fileName", (form) => {
    expect(detectForm(issueBody(form, {}))?.type).toBe(form.type);
  });

  it("a report whose optional sections were deleted by hand is still a report", () => {
    const body = issueBody(reports, reportAnswers).replace(/### Файлдын аты[^\n]*\n\n_No response_/, "");
    expect(detectForm(body)?.type).toBe("reports");
  });

  it("an issue written by a person is no form", () => {
    expect(detectForm("### Сайт не открывается\n\nПомогите")).toBeUndefined();
    expect(detectForm("")).toBeUndefined();
  });
});

describe("fieldOfProblem", () => {
  it("ties a line of the written file, or an uploaded file, back to its field", () => {
    const pdf = "https://github.com/user-attachments/files/1/a.pdf";
    const { entry } = convert(reports, issueBody(reports, { ...reportAnswers, files: `[a.pdf](${pdf})` }));
    const cases = [
      { file: "ky/reports/2026-10.md", line: 2, field: "title" },
      { file: "ky/reports/2026-10.md", line: 8, field: "files" },
      { file: "ky/reports/2026-10.md", line: 13, field: "body" },
      { file: "files/documents/2026-10-1.pdf", line: 1, field: "files" },
      { file: "ru/posts/other.md", line: 2, field: undefined },
    ];
    for (const c of cases) expect(fieldOfProblem(reports, entry!, c), `${c.file}:${c.line}`).toBe(c.field);
  });
});
