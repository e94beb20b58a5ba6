/**
 * Every word a resident or staff member reads, checked as a whole so that the native-speaker
 * review (December 2026) does not have to be repeated for every new string:
 * - each pair has both languages, and a Kyrgyz sentence is not the Russian one copied over;
 * - no text has Latin look-alike letters inside a Cyrillic word or 8-bit-font garbling
 *   (the project's own detector, guards/garbled-text.ts);
 * - none uses a word the staff guide's glossary marks as wrong or ambiguous;
 * - the source files and staff-facing content carry no garbled Kyrgyz either.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import {
  dictionary,
  fieldNames,
  fieldNamesByType,
  phrase,
  phrases,
  rhythmNames,
  nationalText,
  searchText,
  typeNames,
  unitNames,
  valueNames,
  valueNamesByType,
  type PhraseKey,
} from "../scripts/lib/shared/dictionary.ts";
import { LANGS, type Bilingual } from "../scripts/lib/shared/lang.ts";
import { issueMessage, messages, reports } from "../scripts/lib/validate/messages.ts";
import { linkMessages } from "../scripts/lib/validate/links.ts";
import { attachmentMessages } from "../scripts/lib/validate/attachments.ts";
import { messagesNew } from "../scripts/lib/authoring/new-entry.ts";
import { documentedKeys, fieldDoc } from "../scripts/lib/authoring/field-docs.ts";
import { issueBody, issueTitle, planIssueSync, type IssueDeadline } from "../scripts/lib/publish/github-issues.ts";
import { scanPersonalData } from "../scripts/lib/guards/privacy.ts";
import { findNameList } from "../scripts/lib/guards/personal-names.ts";
import { findGarbledKyrgyz } from "../scripts/lib/guards/garbled-text.ts";
import { schemas, contentTypes } from "../scripts/lib/validate/schema.ts";
import { memberMessages, placeMessages, registryMessages } from "../scripts/lib/validate/national-messages.ts";

const projectDir = path.resolve(import.meta.dirname, "..");

/**
 * A stand-in for any argument of a message function: text (a file name, a day), a list when
 * joined, and the fields the check summary reads.
 */
const ANY = Object.assign(new String("2026-11-25.pdf"), {
  join: () => "posts, reports",
  entries: 3,
  live: 2,
  errors: 0,
  warnings: 1,
  scheduled: 1,
  today: "2026-11-25",
});

/** Every Bilingual a table of message functions gives, each called with stand-in arguments. */
function fromFunctions(name: string, table: Record<string, (...args: never[]) => Bilingual>): [string, Bilingual][] {
  return Object.entries(table).map(([key, fn]) => [`${name}.${key}`, (fn as (...args: unknown[]) => Bilingual)(...Array.from({ length: Math.max(fn.length, 1) }, () => ANY))]);
}

/** Every Bilingual of a plain table, nested `one` names included. */
function fromTable(name: string, table: Record<string, unknown>): [string, Bilingual][] {
  return Object.entries(table).flatMap(([key, value]): [string, Bilingual][] => {
    const pair = value as Bilingual & { one?: Bilingual };
    return [[`${name}.${key}`, { ky: pair.ky, ru: pair.ru }], ...(pair.one ? ([[`${name}.${key}.one`, pair.one]] as [string, Bilingual][]) : [])];
  });
}

const deadline: IssueDeadline = {
  measureId: "1.5",
  period: "2026-10",
  rhythm: "monthly-25",
  due: "2026-11-25",
  status: "missing",
  daysLeft: -3,
  addUrl: "https://example.org/add",
  measureTitle: { ky: "Ай сайын маалыматтык материал", ru: "Ежемесячный информационный материал" },
  what: { ky: "Айлык отчет", ru: "Ежемесячный отчёт" },
};

/** One sample of each way a zod issue becomes a staff message. */
function zodMessages(): [string, Bilingual][] {
  const issue = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error!.issues[0]!;
  return [
    ["issue.enum", issueMessage(issue(z.enum(["gathering", "hearing"]), "x"), "kind", "x", [])],
    ["issue.day", issueMessage(issue(schemas.posts.shape.date, "25.11.2026"), "date", "25.11.2026", [])],
    ["issue.int", issueMessage(issue(z.int(), 1.5), "reach", 1.5, [])],
    ["issue.min", issueMessage(issue(z.int().min(0), -1), "attendance", -1, [])],
    ["issue.missing", issueMessage(issue(z.object({ place: z.string() }), {}), "place", undefined, [])],
    ["issue.unknown", issueMessage(issue(z.strictObject({ reach: z.int() }), { reech: 1 }), "reech", 1, ["reach"])],
  ];
}

const pairs: [string, Bilingual][] = [
  ...fromTable("dictionary", dictionary),
  ...fromTable("typeNames", typeNames),
  ...fromTable("fieldNames", fieldNames),
  ...Object.entries(fieldNamesByType).flatMap(([type, table]) => fromTable(`fieldNamesByType.${type}`, table)),
  ...fromTable("valueNames", valueNames),
  ...Object.entries(valueNamesByType).flatMap(([type, table]) => fromTable(`valueNamesByType.${type}`, table)),
  ...fromTable("rhythmNames", rhythmNames),
  ...fromTable("unitNames", unitNames),
  ...fromTable("searchText", searchText),
  ...fromTable("nationalText", nationalText),
  ...(Object.keys(phrases) as PhraseKey[]).map((key): [string, Bilingual] => [
    `phrases.${key}`,
    { ky: phrase(key, "ky", sampleValues(phrases[key].ky)), ru: phrase(key, "ru", sampleValues(phrases[key].ru)) },
  ]),
  ...fromFunctions("messages", messages),
  ...fromFunctions("reports", reports),
  ...fromFunctions("linkMessages", linkMessages),
  ...fromFunctions("attachmentMessages", attachmentMessages),
  ...fromFunctions("messagesNew", messagesNew),
  ...fromFunctions("placeMessages", placeMessages as unknown as Record<string, (...args: never[]) => Bilingual>),
  ...fromFunctions("registryMessages", registryMessages),
  ...fromFunctions("memberMessages", memberMessages),
  ...zodMessages(),
  ...documentedKeys().map((key): [string, Bilingual] => {
    const [type, field] = key.includes(".") ? (key.split(".") as [string, string]) : [contentTypes.find((t) => fieldDoc(t, key))!, key];
    const doc = fieldDoc(type as (typeof contentTypes)[number], field)!;
    return [`fieldDoc.${key}`, { ky: doc.ky, ru: doc.ru }];
  }),
  ["issueTitle", splitBilingual(issueTitle(deadline))],
  ["issueBody", bodyHalves(issueBody(deadline))],
  ...planIssueSync([], [{ number: 5, title: "x", body: "<!-- achyk:deadline 1.5 2026-09 -->", labels: [] }]).close.map(
    (c): [string, Bilingual] => ["issueClose", splitBilingual(c.comment)],
  ),
  ...scanPersonalData("ПИН 21205199100123, тел. 0555 12-34-56, паспорт AN1234567", { allowed: [] }).map(
    (f): [string, Bilingual] => [`privacy.${f.kind}`, f.message],
  ),
  ["personalNames", findNameList("Катышкандар:\n- Асанов Б.Т.\n- Осмонова Г.К.\n- Бакыт Токтогул уулу\n- Айгүл Асан кызы\n- Петров Иван Сергеевич")!.message],
  ["garbledText", findGarbledKyrgyz("Кеёеш")[0]!.message],
];

function sampleValues(template: string): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [, name, form] of template.matchAll(/\{(\w+)(?::(\w+))?\}/g)) {
    values[name!] = form === "day" || form === "loc" || form === "dat" ? "2026-11-25" : form === "month" ? "2026-10" : form === "pct" ? 87 : 12;
  }
  return values;
}

/** "ky / ru" on one line, Kyrgyz first. */
function splitBilingual(line: string): Bilingual {
  const at = line.indexOf(" / ");
  return { ky: line.slice(0, at), ru: line.slice(at + 3) };
}

/** The Kyrgyz and the Russian section of an issue body. */
function bodyHalves(body: string): Bilingual {
  const [, ky = "", ru = ""] = body.split("\n---\n");
  return { ky, ru };
}

const CYRILLIC_WORD = /\p{Script=Cyrillic}[\p{L}-]*/gu;

describe("every word a resident or staff member reads", () => {
  it("covers the tables it claims to (a guard against an empty loop)", () => {
    expect(pairs.length).toBeGreaterThan(300);
  });

  it.each(pairs)("%s has both languages", (_name, pair) => {
    for (const lang of LANGS) {
      expect(typeof pair[lang], lang).toBe("string");
      expect(pair[lang].trim(), lang).not.toBe("");
    }
  });

  it.each(pairs)("%s: the Kyrgyz is not the Russian copied over", (_name, pair) => {
    const words = pair.ru.match(CYRILLIC_WORD) ?? [];
    if (words.length >= 3) expect(pair.ky).not.toBe(pair.ru);
  });

  it.each(pairs)("%s has no Latin look-alikes inside Cyrillic words and no 8-bit garbling", (name, pair) => {
    // The garbled-text guard's own message quotes the garbled word it found.
    if (name === "garbledText") return;
    for (const lang of LANGS) expect(findGarbledKyrgyz(pair[lang]).map((f) => f.word), lang).toEqual([]);
  });
});

/** The staff guide's glossary: official terms, and words not to use. */
function glossary(): { ky: string; ru: string; avoid: string[] }[] {
  const guide = readFileSync(path.join(projectDir, "content/README.md"), "utf8");
  const table = /<!-- glossary:start -->([\s\S]*?)<!-- glossary:end -->/.exec(guide)?.[1] ?? "";
  return table
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| Кыргызча") && !line.startsWith("|---"))
    .map((line) => {
      const [ky = "", ru = "", avoid = ""] = line.split("|").slice(1, -1).map((cell) => cell.trim());
      return { ky, ru, avoid: [...avoid.matchAll(/«([^»]+)»/g)].map((m) => m[1]!) };
    });
}

describe("the glossary of official terms in the staff guide", () => {
  const terms = glossary();

  it("lists the terms of local self-government, each in both languages", () => {
    expect(terms.length).toBeGreaterThanOrEqual(15);
    for (const term of ["айыл өкмөтү", "жергиликтүү кеңеш", "ЖӨБ", "АКӨБ", "элдик жыйын", "коомдук угуу", "токтом"]) {
      expect(terms.some((t) => t.ky.includes(term)), term).toBe(true);
    }
    for (const t of terms) expect(t.ru, t.ky).not.toBe("");
  });

  const avoided = terms.flatMap((t) => t.avoid.map((word) => ({ word, instead: `${t.ky} / ${t.ru}` })));
  it.each(avoided)("no text says «$word» (write: $instead)", ({ word }) => {
    const hits = pairs.filter(([, pair]) => LANGS.some((lang) => pair[lang].toLowerCase().includes(word.toLowerCase()))).map(([name]) => name);
    expect(hits).toEqual([]);
  });
});

/** Source files and the staff-facing files of `content/` people read from. */
function readableFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|njk|md|ya?ml|js)$/.test(name)) out.push(full);
    }
  };
  for (const dir of ["scripts", "layouts", "content/_templates", "content/_data", ".github/ISSUE_TEMPLATE"]) walk(path.join(projectDir, dir));
  out.push(path.join(projectDir, "content/README.md"));
  // The detector's own file documents garbled words on purpose.
  return out.filter((file) => !file.endsWith(path.join("guards", "garbled-text.ts")));
}

/**
 * What people read of a file: the string literals of code that hold a phrase (a space in them;
 * single tokens are letter sets such as "аеёиоөуүыэюя"), escapes read as spaces, comments left
 * out (their examples show garbled input on purpose); all of any other file except the guide's
 * lines that explain 8-bit garbling itself ("ъ → ө").
 */
function readableText(file: string): string[] {
  const text = readFileSync(file, "utf8");
  if (/\.(ts|js)$/.test(file)) {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    const literals = code.match(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g) ?? [];
    return literals.filter((l) => /\s/.test(l) && /\p{Script=Cyrillic}/u.test(l)).map((l) => l.replace(/\\./g, " "));
  }
  return text.split("\n").filter((line) => !line.includes("ъ → ө"));
}

describe("no word the glossary rules out, in any text people read", () => {
  const avoided = glossary().flatMap((t) => t.avoid);
  it.each(readableFiles().map((file) => path.relative(projectDir, file)))("%s", (file) => {
    // The glossary itself names the words to avoid.
    const text = readableText(path.join(projectDir, file)).join("\n").replace(/<!-- glossary:start -->[\s\S]*?<!-- glossary:end -->/, "");
    const lower = text.toLowerCase();
    expect(avoided.filter((word) => lower.includes(word.toLowerCase()))).toEqual([]);
  });
});

describe("no garbled Kyrgyz in the project's own files", () => {
  it.each(readableFiles().map((file) => path.relative(projectDir, file)))("%s", (file) => {
    const found = readableText(path.join(projectDir, file)).flatMap((text) => findGarbledKyrgyz(text).map((f) => f.word));
    expect(found).toEqual([]);
  });
});
