import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { allowedKeys, contentTypes, isContentType, schemas, type ContentType } from "../../../scripts/lib/validate/schema.ts";
import { validateEntry } from "../../../scripts/lib/validate/entry-file.ts";
import type { Problem } from "../../../scripts/lib/validate/problems.ts";

const TODAY = "2026-11-25";

/** The smallest valid front matter of each type: the common required keys plus the type's own. */
const minimal: Record<ContentType, Record<string, unknown>> = {
  posts: {},
  presentations: { event: "gathering" },
  mailings: { recipients: 1200 },
  materials: { format: "poster" },
  reports: { period: "2026-10" },
  meetings: { kind: "hearing", attendance: 120, place: "Клуб айыла" },
  events: { kind: "gathering", place: "Мектептин короосу", time: "18:00" },
  initiatives: { status: "proposed" },
  acts: { status: "adopted", number: "24/3" },
  tos: { group: "«Борбор» АКӨБ", status: "supported" },
  surveys: { kind: "questionnaire" },
};

/** Every optional key of each type filled in with a sensible value. */
const full: Record<ContentType, Record<string, unknown>> = {
  posts: { reach: 1800 },
  presentations: { event: "hearing", attendance: 140 },
  mailings: { recipients: 2300, groups: 4 },
  materials: { format: "booklet", boards: 6 },
  reports: { period: "2026-10", reach: 2400 },
  meetings: {
    kind: "gathering",
    attendance: 132,
    place: "Таш-Көпүрө айылы",
    women: 54,
    youth: 41,
    agenda: ["Көпүрөнүн абалы", "Каражат"],
    decisions: ["Бюджетке киргизүү"],
  },
  events: { kind: "presentation", place: "Клуб", time: "10:00", status: "postponed" },
  initiatives: { status: "implemented", budget: 352000 },
  acts: { status: "initiated", number: "29-1", mandate: "Суу түтүгүн оңдоо" },
  tos: { group: "«Жаңы-Айыл» АКӨБ", status: "implemented", budget: 150000 },
  surveys: {
    kind: "report",
    form_url: "https://forms.example.kg/suu",
    responses: 214,
    appeals: 12,
    presented_to: ["staff", "council", "hearing", "social"],
    results: [{ question: "Суу канча саат келет?", answers: [{ label: "24 саат", count: 40 }, { label: "6 саат", count: 0 }] }],
  },
};

const common = { title: "Жазуунун аталышы", date: "2026-11-20" };
const commonFull = {
  ...common,
  publish: "2026-11-21",
  summary: "Кыскача маалымат.",
  attachments: [{ file: "minutes/protokol.pdf", title: "Протокол (PDF)" }],
  draft: false,
};

/** `undefined` in the patch deletes the key. */
function frontMatter(type: ContentType, patch: Record<string, unknown> = {}): Record<string, unknown> {
  const data: Record<string, unknown> = { ...common, ...minimal[type], ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete data[key];
  return data;
}

/** Runs the data through the real path staff hit: a Markdown file, validated. */
function problemsOf(type: ContentType, data: Record<string, unknown>): Problem[] {
  const source = `---\n${stringify(data)}---\nТекст.\n`;
  return validateEntry(`ru/${type}/test-entry.md`, source, TODAY).problems.filter((p) => p.severity === "error");
}

describe("the contract's eleven types", () => {
  it("has exactly the folders of the contract", () => {
    expect([...contentTypes].sort()).toEqual(
      ["acts", "events", "initiatives", "mailings", "materials", "meetings", "posts", "presentations", "reports", "surveys", "tos"].sort(),
    );
  });

  it.each(["posts", "tos", "surveys"])("isContentType(%s) is true", (type) => {
    expect(isContentType(type)).toBe(true);
  });

  it.each(["news", "report", "Posts", "constructor", "toString", "__proto__"])("isContentType(%s) is false", (type) => {
    expect(isContentType(type)).toBe(false);
  });

  const keys = [
    ["posts", ["reach"]],
    ["presentations", ["event", "attendance"]],
    ["mailings", ["recipients", "groups"]],
    ["materials", ["format", "boards"]],
    ["reports", ["period", "reach"]],
    ["meetings", ["kind", "attendance", "place", "women", "youth", "agenda", "decisions"]],
    ["events", ["kind", "place", "time", "status"]],
    ["initiatives", ["status", "budget"]],
    ["acts", ["status", "number", "mandate"]],
    ["tos", ["group", "status", "budget"]],
    ["surveys", ["kind", "form_url", "responses", "appeals", "presented_to", "results"]],
  ] as const;

  it.each(keys)("allowedKeys(%s) = the common keys + %j", (type, own) => {
    const allowed = allowedKeys(type);
    for (const key of ["title", "date", "publish", "summary", "attachments", "draft", ...own]) expect(allowed).toContain(key);
    expect(allowed).not.toContain("atendance");
  });
});

describe("valid front matter passes, for every type", () => {
  const cases = contentTypes.flatMap((type) => [
    { name: `${type}: minimal`, type, data: { ...common, ...minimal[type] } },
    { name: `${type}: every key`, type, data: { ...commonFull, ...full[type] } },
    { name: `${type}: draft, leap day`, type, data: { ...common, ...minimal[type], date: "2028-02-29", draft: true } },
  ]);

  it.each(cases)("$name", ({ type, data }) => {
    expect(schemas[type].safeParse(data).success).toBe(true);
    expect(problemsOf(type, data)).toEqual([]);
  });

  const edges = [
    { name: "meetings: attendance 0", type: "meetings", patch: { attendance: 0 } },
    { name: "meetings: women and youth equal to attendance", type: "meetings", patch: { attendance: 50, women: 50, youth: 50 } },
    { name: "events: midnight", type: "events", patch: { time: "00:00" } },
    { name: "events: 23:59", type: "events", patch: { time: "23:59" } },
    { name: "events: cancelled", type: "events", patch: { status: "cancelled" } },
    { name: "surveys: http form", type: "surveys", patch: { form_url: "http://forms.example.kg/a?b=1" } },
    { name: "reports: January", type: "reports", patch: { period: "2027-01" } },
    { name: "reports: December", type: "reports", patch: { period: "2025-12" } },
    { name: "posts: publish before date", type: "posts", patch: { publish: "2026-11-01" } },
    { name: "acts: number as a YAML number", type: "acts", patch: { number: 24 } },
    { name: "materials: other", type: "materials", patch: { format: "other" } },
  ] as const;

  it.each(edges)("$name", ({ type, patch }) => {
    expect(problemsOf(type, frontMatter(type, patch))).toEqual([]);
  });

  it("acts: a numeric act number is kept as text", () => {
    const result = schemas.acts.safeParse(frontMatter("acts", { number: 24 }));
    expect(result.success && result.data.number).toBe("24");
  });
});

interface InvalidCase {
  name: string;
  type: ContentType;
  patch: Record<string, unknown>;
  /** The key as the message names it. */
  key: string;
  /** The value as the message shows it; omitted when nothing was found. */
  found?: string;
  ru?: RegExp;
  ky?: RegExp;
}

const typos: InvalidCase[] = (
  [
    ["posts", "reech", "reach"],
    ["presentations", "atendance", "attendance"],
    ["mailings", "recipient", "recipients"],
    ["materials", "formt", "format"],
    ["reports", "perod", "period"],
    ["meetings", "atendance", "attendance"],
    ["events", "tme", "time"],
    ["initiatives", "budjet", "budget"],
    ["acts", "numbr", "number"],
    ["tos", "grup", "group"],
    ["surveys", "form_ulr", "form_url"],
  ] as const
).map(([type, typo, meant]) => ({
  name: `${type}: unknown key «${typo}» suggests «${meant}»`,
  type,
  patch: { [typo]: type === "events" ? "18:00" : 10 },
  key: typo,
  ru: new RegExp(`Неизвестное поле «${typo}».*«${meant}»`),
  ky: new RegExp(`«${typo}» деген талаа белгисиз.*«${meant}»`),
}));

const required: Record<ContentType, readonly string[]> = {
  posts: [],
  presentations: ["event"],
  mailings: ["recipients"],
  materials: ["format"],
  reports: ["period"],
  meetings: ["kind", "attendance", "place"],
  events: ["kind", "place", "time"],
  initiatives: ["status"],
  acts: ["status", "number"],
  tos: ["group", "status"],
  surveys: ["kind"],
};

const missing: InvalidCase[] = contentTypes.flatMap((type) =>
  ["title", "date", ...required[type]].map((key) => ({
    name: `${type}: missing required «${key}»`,
    type,
    patch: { [key]: undefined },
    key,
    ru: new RegExp(`Нет обязательного поля «${key}»`),
    ky: new RegExp(`Милдеттүү «${key}» талаасы жок`),
  })),
);

const impossibleDates: InvalidCase[] = contentTypes.flatMap((type) => [
  {
    name: `${type}: date 2026-02-30`,
    type,
    patch: { date: "2026-02-30" },
    key: "date",
    found: "2026-02-30",
    ru: /нет в календаре/,
    ky: /календарда жок/,
  },
  { name: `${type}: date 2026-13-01`, type, patch: { date: "2026-13-01" }, key: "date", found: "2026-13-01", ru: /нет в календаре/, ky: /календарда жок/ },
  { name: `${type}: publish 2026-02-29 (not a leap year)`, type, patch: { publish: "2026-02-29" }, key: "publish", found: "2026-02-29", ru: /нет в календаре/ },
]);

const others: InvalidCase[] = [
  // dates in the wrong shape
  { name: "posts: date 2026-11-5", type: "posts", patch: { date: "2026-11-5" }, key: "date", found: "2026-11-5", ru: /ГГГГ-ММ-ДД/, ky: /ЖЖЖЖ-АА-КК/ },
  { name: "posts: date 25.11.2026", type: "posts", patch: { date: "25.11.2026" }, key: "date", found: "25.11.2026", ru: /ГГГГ-ММ-ДД/ },
  { name: "posts: date 2026-04-31", type: "posts", patch: { date: "2026-04-31" }, key: "date", found: "2026-04-31", ru: /нет в календаре/ },
  { name: "posts: publish empty", type: "posts", patch: { publish: null }, key: "publish", ru: /пустое значение/, ky: /бош маани/ },
  // periods
  { name: "reports: period 2026-13", type: "reports", patch: { period: "2026-13" }, key: "period", found: "2026-13", ru: /01 до 12/, ky: /01ден 12ге/ },
  { name: "reports: period 2026-00", type: "reports", patch: { period: "2026-00" }, key: "period", found: "2026-00", ru: /01 до 12/ },
  { name: "reports: period 2026-1", type: "reports", patch: { period: "2026-1" }, key: "period", found: "2026-1", ru: /ГГГГ-ММ/, ky: /ЖЖЖЖ-АА/ },
  { name: "reports: period 2026/10", type: "reports", patch: { period: "2026/10" }, key: "period", found: "2026/10", ru: /ГГГГ-ММ/, ky: /ЖЖЖЖ-АА/ },
  { name: "reports: period a whole day", type: "reports", patch: { period: "2026-10-01" }, key: "period", found: "2026-10-01", ru: /ГГГГ-ММ/ },
  { name: "reports: period in words", type: "reports", patch: { period: "октябрь 2026" }, key: "period", found: "октябрь 2026", ru: /ГГГГ-ММ/ },
  // negative counts
  { name: "meetings: attendance -1", type: "meetings", patch: { attendance: -1 }, key: "attendance", found: "-1", ru: /не меньше 0/, ky: /0 же андан көп/ },
  { name: "presentations: attendance -5", type: "presentations", patch: { attendance: -5 }, key: "attendance", found: "-5", ru: /не меньше 0/ },
  { name: "posts: reach -1", type: "posts", patch: { reach: -1 }, key: "reach", found: "-1", ru: /не меньше 0/ },
  { name: "reports: reach -100", type: "reports", patch: { reach: -100 }, key: "reach", found: "-100", ru: /не меньше 0/ },
  { name: "mailings: recipients -1", type: "mailings", patch: { recipients: -1 }, key: "recipients", found: "-1", ru: /не меньше 0/ },
  { name: "mailings: groups -2", type: "mailings", patch: { groups: -2 }, key: "groups", found: "-2", ru: /не меньше 0/ },
  { name: "materials: boards -1", type: "materials", patch: { boards: -1 }, key: "boards", found: "-1", ru: /не меньше 0/ },
  { name: "initiatives: budget -100", type: "initiatives", patch: { budget: -100 }, key: "budget", found: "-100", ru: /не меньше 0/ },
  { name: "tos: budget -1", type: "tos", patch: { budget: -1 }, key: "budget", found: "-1", ru: /не меньше 0/ },
  { name: "surveys: responses -3", type: "surveys", patch: { responses: -3 }, key: "responses", found: "-3", ru: /не меньше 0/ },
  { name: "surveys: appeals -1", type: "surveys", patch: { appeals: -1 }, key: "appeals", found: "-1", ru: /не меньше 0/ },
  // parts of attendance
  { name: "meetings: women > attendance", type: "meetings", patch: { attendance: 120, women: 130 }, key: "women", found: "130", ru: /больше поля «attendance» \(120\)/, ky: /«attendance» талаасынан \(120\)/ },
  { name: "meetings: youth > attendance", type: "meetings", patch: { attendance: 120, youth: 121 }, key: "youth", found: "121", ru: /«attendance» \(120\)/ },
  // wrong types
  { name: "posts: title is a number", type: "posts", patch: { title: 123 }, key: "title", found: "123", ru: /текст/, ky: /текст/ },
  { name: "posts: title empty", type: "posts", patch: { title: "  " }, key: "title", ru: /пустое/, ky: /бош/ },
  { name: "posts: reach in words", type: "posts", patch: { reach: "много" }, key: "reach", found: "много", ru: /число/, ky: /сан/ },
  { name: "mailings: recipients with a space", type: "mailings", patch: { recipients: "1 200" }, key: "recipients", found: "1 200", ru: /число/ },
  { name: "meetings: attendance 12.5", type: "meetings", patch: { attendance: 12.5 }, key: "attendance", found: "12.5", ru: /целое число/, ky: /бүтүн сан/ },
  { name: "posts: draft yes", type: "posts", patch: { draft: "yes" }, key: "draft", found: "yes", ru: /true или false/, ky: /true же false/ },
  { name: "meetings: agenda not a list", type: "meetings", patch: { agenda: "бир сап" }, key: "agenda", found: "бир сап", ru: /список/, ky: /тизме/ },
  { name: "meetings: decisions not a list", type: "meetings", patch: { decisions: "бир сап" }, key: "decisions", found: "бир сап", ru: /список/ },
  { name: "posts: attachments not a list", type: "posts", patch: { attachments: "a.pdf" }, key: "attachments", found: "a.pdf", ru: /список/ },
  { name: "surveys: presented_to not a list", type: "surveys", patch: { presented_to: "council" }, key: "presented_to", found: "council", ru: /список/ },
  { name: "events: place is a list", type: "events", patch: { place: ["Клуб"] }, key: "place", ru: /текст.*список/, ky: /тизме жазылган, бирок текст болушу керек/ },
  { name: "tos: budget with spaces", type: "tos", patch: { budget: "150 000" }, key: "budget", found: "150 000", ru: /число/ },
  { name: "acts: number is true", type: "acts", patch: { number: true }, key: "number", found: "true", ru: /текст|число/, ky: /текст|сан/ },
  // enums
  { name: "presentations: event meeting", type: "presentations", patch: { event: "meeting" }, key: "event", found: "meeting", ru: /gathering, hearing/, ky: /gathering, hearing/ },
  { name: "materials: format плакат", type: "materials", patch: { format: "плакат" }, key: "format", found: "плакат", ru: /booklet, poster, brochure, leaflet, other/ },
  { name: "meetings: kind сход", type: "meetings", patch: { kind: "сход" }, key: "kind", found: "сход", ru: /gathering, hearing/ },
  { name: "events: kind concert", type: "events", patch: { kind: "concert" }, key: "kind", found: "concert", ru: /gathering, hearing, presentation/ },
  { name: "events: status done", type: "events", patch: { status: "done" }, key: "status", found: "done", ru: /planned, postponed, cancelled/ },
  { name: "initiatives: status adopted", type: "initiatives", patch: { status: "adopted" }, key: "status", found: "adopted", ru: /proposed, supported, implemented/ },
  { name: "acts: status passed", type: "acts", patch: { status: "passed" }, key: "status", found: "passed", ru: /initiated, adopted/ },
  { name: "tos: status proposed", type: "tos", patch: { status: "proposed" }, key: "status", found: "proposed", ru: /supported, implemented/ },
  { name: "surveys: kind poll", type: "surveys", patch: { kind: "poll" }, key: "kind", found: "poll", ru: /questionnaire, collection, report/ },
  { name: "surveys: presented_to mayor", type: "surveys", patch: { presented_to: ["council", "mayor"] }, key: "presented_to.1", found: "mayor", ru: /staff, council, hearing, social/ },
  { name: "materials: format Poster (case matters)", type: "materials", patch: { format: "Poster" }, key: "format", found: "Poster" },
  // time
  { name: "events: time 25:00", type: "events", patch: { time: "25:00" }, key: "time", found: "25:00", ru: /ЧЧ:ММ/, ky: /СС:ММ/ },
  { name: "events: time 24:00", type: "events", patch: { time: "24:00" }, key: "time", found: "24:00", ru: /ЧЧ:ММ/ },
  { name: "events: time 9:00", type: "events", patch: { time: "9:00" }, key: "time", found: "9:00", ru: /ЧЧ:ММ/ },
  { name: "events: time 18.00", type: "events", patch: { time: "18.00" }, key: "time", found: "18.00", ru: /ЧЧ:ММ/ },
  { name: "events: time 18:60", type: "events", patch: { time: "18:60" }, key: "time", found: "18:60", ru: /ЧЧ:ММ/ },
  // form_url
  { name: "surveys: form_url ftp", type: "surveys", patch: { form_url: "ftp://forms.example.kg" }, key: "form_url", found: "ftp://forms.example.kg", ru: /https:\/\//, ky: /https:\/\// },
  { name: "surveys: form_url without scheme", type: "surveys", patch: { form_url: "www.forms.example.kg" }, key: "form_url", found: "www.forms.example.kg", ru: /https:\/\// },
  { name: "surveys: form_url javascript:", type: "surveys", patch: { form_url: "javascript:alert(1)" }, key: "form_url", found: "javascript:alert(1)", ru: /https:\/\// },
  { name: "surveys: form_url with a space", type: "surveys", patch: { form_url: "https://forms.example.kg/a b" }, key: "form_url", ru: /https:\/\// },
  // nested structures
  { name: "surveys: result without answers", type: "surveys", patch: { results: [{ question: "Суу?", answers: [] }] }, key: "results.0.answers", ru: /пуст/, ky: /бош/ },
  { name: "surveys: negative answer count", type: "surveys", patch: { results: [{ question: "Суу?", answers: [{ label: "Ооба", count: -1 }] }] }, key: "results.0.answers.0.count", found: "-1", ru: /не меньше 0/ },
  { name: "posts: attachment title empty", type: "posts", patch: { attachments: [{ file: "a.pdf", title: "" }] }, key: "attachments.0.title", ru: /пустое/ },
];

describe("invalid front matter fails with a bilingual message naming the key and the value found", () => {
  const cases = [...typos, ...missing, ...impossibleDates, ...others];

  it.each(cases)("$name", ({ type, patch, key, found, ru, ky }) => {
    const data = frontMatter(type, patch);
    expect(schemas[type].safeParse(data).success).toBe(false);

    const problems = problemsOf(type, data);
    const problem = problems.find((p) => p.key === key);
    expect(problem, `no problem for «${key}» among ${JSON.stringify(problems.map((p) => p.key))}`).toBeDefined();
    const { message } = problem!;
    expect(message.ru.length).toBeGreaterThan(10);
    expect(message.ky.length).toBeGreaterThan(10);
    expect(message.ky).not.toBe(message.ru);
    expect(message.ru).toContain(`«${key}»`);
    expect(message.ky).toContain(`«${key}»`);
    if (found !== undefined) {
      expect(message.ru).toContain(found);
      expect(message.ky).toContain(found);
    }
    if (ru) expect(message.ru).toMatch(ru);
    if (ky) expect(message.ky).toMatch(ky);
  });

  it("a key that is unknown and far from any allowed key gets no suggestion, but the list of allowed keys", () => {
    const [problem] = problemsOf("posts", frontMatter("posts", { colour: "red" }));
    expect(problem?.key).toBe("colour");
    expect(problem?.message.ru).not.toMatch(/Возможно/);
    expect(problem?.message.ky).not.toMatch(/Балким/);
    expect(problem?.message.ru).toMatch(/Допустимые поля: title, date, .*reach/);
    expect(problem?.message.ky).toMatch(/Уруксат берилген талаалар: title, date, .*reach/);
  });

  it("an unknown key inside an attachment lists the keys an attachment allows (file, title), not the entry's", () => {
    const problems = problemsOf("posts", frontMatter("posts", { attachments: [{ file: "a.pdf", title: "Протокол", size: 3 }] }));
    const problem = problems.find((p) => p.message.ru.includes("«size»"));
    expect(problem).toBeDefined();
    expect(problem!.message.ru).toMatch(/file, title/);
    expect(problem!.message.ru).not.toMatch(/reach/);
    expect(problem!.message.ky).not.toMatch(/reach/);
  });

  it("every problem of one file comes back at once", () => {
    const data = frontMatter("meetings", { date: "2026-02-30", atendance: 80, attendance: undefined, women: -1, time: "25:00" });
    const keys = problemsOf("meetings", data).map((p) => p.key).sort();
    expect(keys).toEqual(["atendance", "attendance", "date", "time", "women"]);
  });
});
