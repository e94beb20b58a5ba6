/**
 * The plan (`content/_data/plan.yaml`): its schema, its type, and a parser whose errors
 * name the line, the key, what was expected and what was found, in Kyrgyz and Russian,
 * for staff who are not programmers.
 */
import { z } from "zod";
import { isParseProblem, parseYamlMap, type ParsedYaml, valueAt } from "./front-matter.ts";
import { describeExpected, editDistance } from "./messages.ts";
import { RHYTHMS } from "../shared/periods.ts";
import { keysAtPath } from "./schema-keys.ts";
import type { Bilingual } from "../shared/lang.ts";

const bilingual = z.strictObject({ ky: z.string().min(1), ru: z.string().min(1) });

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const indicatorSchema = z
  .strictObject({
    text: bilingual,
    unit: z.enum(["%", "count", "people"]),
    aggregate: z.enum(["max", "sum", "count"]),
    /** For max/sum: the numeric front-matter key to take (`reach`, `attendance`…). */
    field: z.string().min(1).optional(),
    /** Only entries whose front matter matches every key count; a list means "any of". */
    where: z.record(z.string(), z.union([scalar, z.array(scalar)])).optional(),
    /** Value ÷ site population × 100, rounded to one decimal. */
    per_population: z.boolean().optional(),
    /** The municipality's target. The key must be present; blank (null) = not set. */
    target: z.number().nonnegative().nullable(),
  })
  .superRefine((indicator, ctx) => {
    if (indicator.aggregate !== "count" && indicator.field === undefined) {
      ctx.addIssue({ code: "custom", path: ["field"], params: { rule: "field-required" } });
    }
  });

const measureSchema = z.strictObject({
  id: z.string().min(1),
  goal: z.string().min(1),
  title: bilingual,
  rhythm: z.enum(RHYTHMS),
  /** Which entries count: a content type, and for surveys their `kind`. */
  counts: z.strictObject({ type: z.string().min(1), kind: z.string().min(1).optional() }),
  responsible: bilingual,
  budget: bilingual,
  expected_result: bilingual,
  indicator: indicatorSchema,
});

const goalSchema = z.strictObject({ id: z.string().min(1), title: bilingual });

/** Schema of `plan.yaml` (shape agreed in the project's data-shapes notes). */
export const planSchema = z.strictObject({
  years: z
    .array(z.number().int().min(2000).max(2100))
    .min(1)
    .superRefine((years, ctx) => {
      years.forEach((year, i) => {
        if (years.indexOf(year) !== i) {
          ctx.addIssue({ code: "custom", path: [i], params: { rule: "year-repeated", year } });
        }
      });
    }),
  goals: z.array(goalSchema).min(1),
  measures: z.array(measureSchema).min(1),
});

export type Plan = z.infer<typeof planSchema>;
export type Goal = Plan["goals"][number];
export type Measure = Plan["measures"][number];
export type Indicator = Measure["indicator"];

/** One problem in the plan file, for `path:line: message` output. */
export interface PlanError {
  file: string;
  /** 1-based line of the key (or of the nearest enclosing key when the key is missing). */
  line: number;
  /** Readable path of the key, e.g. `measures[1.5].indicator.target`. */
  key: string;
  message: Bilingual;
}

type Path = readonly PropertyKey[];

// ---------------------------------------------------------------------------------------
// Texts for people: what a key expects, and what was found.

const RHYTHM_WORDS: Bilingual = {
  ky: "(ай сайын, ай сайын кийинки айдын 25-күнүнө чейин, жылына эки жолу, чейрек сайын, жарым жылда бир жолу, жылына бир жолу)",
  ru: "(ежемесячно, ежемесячно к 25-му, два окна в год, ежеквартально, раз в полгода, раз в год)",
};

const BILINGUAL_EXPECTED: Bilingual = {
  ky: "эки текст: ky (кыргызча) жана ru (орусча)",
  ru: "два текста: ky (на кыргызском) и ru (на русском)",
};

const WHOLE_FILE: Bilingual = {
  ky: "years, goals жана measures бөлүмдөрү бар файл",
  ru: "файл с разделами years, goals и measures",
};

/** What each key of the plan expects, by its name (the last step of the path). */
const EXPECTED: Record<string, Bilingual> = {
  years: { ky: "план жылдарынын тизмеси, мисалы, [2025, 2026, 2027, 2028]", ru: "список лет плана, например [2025, 2026, 2027, 2028]" },
  "years[]": { ky: "жыл: төрт орундуу сан, мисалы, 2026", ru: "год: четырёхзначное число, например 2026" },
  goals: { ky: "максаттардын тизмеси (ар бири id жана title менен)", ru: "список целей (у каждой id и title)" },
  "goals[]": { ky: "максат: id жана title ачкычтары бар бөлүм", ru: "цель: раздел с ключами id и title" },
  measures: { ky: "иш-чаралардын тизмеси", ru: "список мер" },
  "measures[]": { ky: "иш-чара: id, goal, title, rhythm… ачкычтары бар бөлүм", ru: "мера: раздел с ключами id, goal, title, rhythm…" },
  id: { ky: 'тырмакчадагы номер, мисалы, "1.5"', ru: 'номер в кавычках, например "1.5"' },
  goal: { ky: 'goals тизмесиндеги максаттын номери, тырмакчада, мисалы, "1"', ru: 'номер цели из списка goals, в кавычках, например "1"' },
  title: BILINGUAL_EXPECTED,
  responsible: BILINGUAL_EXPECTED,
  budget: BILINGUAL_EXPECTED,
  expected_result: BILINGUAL_EXPECTED,
  text: BILINGUAL_EXPECTED,
  ky: { ky: "кыргызча текст (бош эмес)", ru: "текст на кыргызском (не пустой)" },
  ru: { ky: "орусча текст (бош эмес)", ru: "текст на русском (не пустой)" },
  rhythm: {
    ky: `monthly, monthly-25, two-windows, quarterly, half-yearly же yearly ${RHYTHM_WORDS.ky}`,
    ru: `одно из: monthly, monthly-25, two-windows, quarterly, half-yearly, yearly ${RHYTHM_WORDS.ru}`,
  },
  counts: { ky: "бөлүм, мисалы, { type: posts }", ru: "раздел, например { type: posts }" },
  type: { ky: "материалдар папкасынын аты, мисалы, posts", ru: "имя папки материалов, например posts" },
  kind: { ky: "түрү, мисалы, questionnaire", ru: "вид, например questionnaire" },
  indicator: { ky: "көрсөткүчтүн бөлүмү: text, unit, aggregate, target…", ru: "раздел показателя: text, unit, aggregate, target…" },
  unit: { ky: '"%", count же people', ru: '"%", count или people' },
  aggregate: { ky: "max (эң чоңу), sum (суммасы) же count (саны)", ru: "max (наибольшее), sum (сумма) или count (количество)" },
  field: { ky: "сандык ачкычтын аты, мисалы, reach", ru: "имя числового ключа, например reach" },
  where: { ky: "шарттар, мисалы, { status: [supported, implemented] }", ru: "условия, например { status: [supported, implemented] }" },
  "where.*": { ky: "маани же маанилердин тизмеси", ru: "значение или список значений" },
  per_population: { ky: "true же false", ru: "true или false" },
  target: { ky: "сан, же бош калтырыңыз (бош = максат коюла элек)", ru: "число или пусто (пусто = цель не задана)" },
  "": WHOLE_FILE,
};

/** An empty file (or only comments). */
const EMPTY_PLAN: Bilingual = {
  ky: `күтүлгөн маани — ${WHOLE_FILE.ky}; жазылганы — бош.`,
  ru: `ожидается — ${WHOLE_FILE.ru}; написано — пусто.`,
};

/** A file that is a list or a lone text instead of sections. */
const NOT_A_PLAN: Bilingual = {
  ky: `күтүлгөн маани — ${WHOLE_FILE.ky} («ачкыч: маани» түрүндө); жазылганы — тизме же ачкычсыз жалгыз маани.`,
  ru: `ожидается — ${WHOLE_FILE.ru} (в виде «ключ: значение»); написано — список или одно значение без ключей.`,
};

function describeFound(value: unknown): Bilingual {
  if (value === undefined) return { ky: "эч нерсе", ru: "ничего" };
  if (value === null) return { ky: "бош", ru: "пусто" };
  if (typeof value === "string") {
    if (value.trim() === "") return { ky: 'бош текст ""', ru: 'пустой текст ""' };
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return { ky: `"${shown}" (текст)`, ru: `"${shown}" (текст)` };
  }
  if (typeof value === "number") return { ky: `${value} (сан)`, ru: `${value} (число)` };
  if (typeof value === "boolean") return { ky: String(value), ru: String(value) };
  if (Array.isArray(value)) {
    return { ky: `тизме (${value.length} элемент)`, ru: `список (${value.length} эл.)` };
  }
  if (typeof value === "object") {
    const keys = Object.keys(value).join(", ");
    return { ky: `бөлүм (ачкычтар: ${keys})`, ru: `раздел (ключи: ${keys})` };
  }
  return { ky: String(value), ru: String(value) };
}

/** The EXPECTED entry for a path: by the key's name, list items by their list's name. */
function expectedFor(path: Path): Bilingual | undefined {
  const last = path.at(-1);
  const parent = path.at(-2);
  if (path.length === 0) return EXPECTED[""];
  if (typeof last === "number") return EXPECTED[`${String(parent)}[]`];
  if (parent === "where") return EXPECTED["where.*"];
  return EXPECTED[String(last)];
}

// ---------------------------------------------------------------------------------------
// Naming a path for people, and reading the value at it.

/** Readable key path: list items shown by their id when they have one, else `#n` (from 1). */
function keyName(path: Path, data: unknown): string {
  let out = "";
  let node: unknown = data;
  for (const step of path) {
    if (typeof step === "number") {
      const item: unknown = Array.isArray(node) ? node[step] : undefined;
      const id = isRecord(item) && typeof item.id === "string" ? item.id : undefined;
      out += id !== undefined ? `[${id}]` : `[#${step + 1}]`;
      node = item;
    } else {
      out += out === "" ? String(step) : `.${String(step)}`;
      node = isRecord(node) ? node[String(step)] : undefined;
    }
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}


// ---------------------------------------------------------------------------------------
// Messages.

function quoteKey(path: Path, data: unknown): string {
  return keyName(path, data);
}

function missingKeyMessage(key: string, leaf: string): Bilingual {
  if (leaf === "target") {
    return {
      ky: `«${key}» ачкычы жок. «target:» сабын кошуңуз: сан жазыңыз же бош калтырыңыз (бош = максат коюла элек).`,
      ru: `нет ключа «${key}». Добавьте строку «target:» с числом или пустую (пусто = цель не задана).`,
    };
  }
  if (leaf === "field") {
    return {
      ky: `«${key}» ачкычы жок: aggregate max же sum болгондо, кайсы сандык ачкычты алууну жазыңыз, мисалы, «field: reach».`,
      ru: `нет ключа «${key}»: при aggregate max или sum укажите, какой числовой ключ брать, например «field: reach».`,
    };
  }
  const expected = EXPECTED[leaf];
  return {
    ky: `«${key}» ачкычы жок${expected ? `; күтүлгөн маани — ${expected.ky}` : ""}.`,
    ru: `нет ключа «${key}»${expected ? `; ожидается — ${expected.ru}` : ""}.`,
  };
}

function issueToErrors(issue: z.core.$ZodIssue, { data, lineOf }: ParsedYaml, file: string): PlanError[] {
  const path = issue.path as Path;

  if (issue.code === "unrecognized_keys") {
    const allowed = keysAtPath(planSchema, path);
    return issue.keys.map((unknownKey) => {
      const keyPath = [...path, unknownKey];
      const key = quoteKey(keyPath, data);
      const near = allowed.filter((k) => editDistance(k, unknownKey) <= 2);
      const hint: Bilingual = near.length
        ? { ky: ` «${near.join("», «")}» деп жазгыңыз келдиби?`, ru: ` Возможно, имелось в виду «${near.join("», «")}»?` }
        : { ky: "", ru: "" };
      return {
        file,
        line: lineOf(keyPath),
        key,
        message: {
          ky: `белгисиз ачкыч «${key}». Бул жерде уруксат берилген ачкычтар: ${allowed.join(", ")}.${hint.ky} Жазылышын оңдоңуз же сапты өчүрүңүз.`,
          ru: `неизвестный ключ «${key}». Здесь допустимы ключи: ${allowed.join(", ")}.${hint.ru} Исправьте написание или удалите строку.`,
        },
      };
    });
  }

  const key = quoteKey(path, data);
  // A missing key is reported on the line of the section that should hold it.
  const line = lineOf(path);
  const value = valueAt(data, path);
  const leaf = String(path.at(-1) ?? "");

  if (value === undefined && path.length > 0) {
    return [{ file, line, key, message: missingKeyMessage(key, leaf) }];
  }

  if (issue.code === "custom" && issue.params?.rule === "year-repeated") {
    return [{
      file, line, key,
      message: {
        ky: `«years» тизмесинде ${String(issue.params.year)}-жыл эки жолу жазылган. Ар бир жылды бир жолу гана жазыңыз.`,
        ru: `в списке «years» год ${String(issue.params.year)} указан дважды. Укажите каждый год один раз.`,
      },
    }];
  }

  let expected = expectedFor(path) ?? describeExpected(issue);
  if (issue.code === "too_small" && issue.origin === "array") {
    expected = { ky: `${expected.ky} (жок дегенде бир элемент)`, ru: `${expected.ru} (хотя бы один элемент)` };
  }
  const found = describeFound(value);
  const prefix = path.length === 0 ? "" : `«${key}»: `;
  return [{
    file, line, key,
    message: {
      ky: `${prefix}күтүлгөн маани — ${expected.ky}; жазылганы — ${found.ky}.`,
      ru: `${prefix}ожидается — ${expected.ru}; написано — ${found.ru}.`,
    },
  }];
}

/** Checks across items that a schema of one item cannot see: unique ids, known goals. */
function crossCheck({ data, lineOf }: ParsedYaml, file: string): PlanError[] {
  const errors: PlanError[] = [];

  /** Ids of one list (goals or measures), each with its line; a repeated id is an error. */
  const uniqueIds = (list: "goals" | "measures", what: { ky: string; ru: string; ruEach: string; kyEach: string }) => {
    const ids = new Map<string, number>();
    const items: unknown[] = Array.isArray(data[list]) ? data[list] : [];
    items.forEach((item, i) => {
      if (!isRecord(item) || typeof item.id !== "string") return;
      const path = [list, i, "id"];
      const first = ids.get(item.id);
      if (first === undefined) {
        ids.set(item.id, lineOf(path));
        return;
      }
      errors.push({
        file, line: lineOf(path), key: keyName(path, data),
        message: {
          ky: `«${keyName(path, data)}»: «${item.id}» номерлүү ${what.ky} мурда эле бар (${first}-сап). ${what.kyEach}`,
          ru: `«${keyName(path, data)}»: ${what.ru} с номером «${item.id}» уже есть (строка ${first}). ${what.ruEach}`,
        },
      });
    });
    return ids;
  };

  const goalIds = uniqueIds("goals", {
    ky: "максат", kyEach: "Ар бир максаттын номери башка болушу керек.",
    ru: "цель", ruEach: "Номер каждой цели должен быть своим.",
  });
  uniqueIds("measures", {
    ky: "иш-чара", kyEach: "Ар бир иш-чаранын номери башка болушу керек.",
    ru: "мера", ruEach: "Номер каждой меры должен быть своим.",
  });
  const measures: unknown[] = Array.isArray(data.measures) ? data.measures : [];
  measures.forEach((measure, i) => {
    if (!isRecord(measure)) return;
    if (typeof measure.goal === "string" && Array.isArray(data.goals) && !goalIds.has(measure.goal)) {
      const path = ["measures", i, "goal"];
      const known = [...goalIds.keys()].join(", ");
      errors.push({
        file, line: lineOf(path), key: keyName(path, data),
        message: {
          ky: `«${keyName(path, data)}»: «goals» тизмесинде «${measure.goal}» номерлүү максат жок. Бар максаттар: ${known}.`,
          ru: `«${keyName(path, data)}»: в списке «goals» нет цели с номером «${measure.goal}». Есть цели: ${known}.`,
        },
      });
    }
  });
  return errors;
}

/**
 * Parses the text of `plan.yaml`. Returns the plan only when there is no error; every
 * error carries the 1-based line of the key at fault and a message in Kyrgyz and Russian.
 * @example
 * const { plan, errors } = parsePlan(readFileSync("content/_data/plan.yaml", "utf8"), "content/_data/plan.yaml");
 * for (const e of errors) console.error(`${e.file}:${e.line}: ${e.message.ru}`);
 */
export function parsePlan(yamlText: string, fileName: string): { plan?: Plan; errors: PlanError[] } {
  const parsed = parseYamlMap(yamlText, NOT_A_PLAN);
  if (isParseProblem(parsed)) return { errors: [{ file: fileName, line: parsed.line, key: "", message: parsed.message }] };
  if (Object.keys(parsed.data).length === 0) return { errors: [{ file: fileName, line: 1, key: "", message: EMPTY_PLAN }] };

  const result = planSchema.safeParse(parsed.data);
  const errors = result.success ? [] : result.error.issues.flatMap((issue) => issueToErrors(issue, parsed, fileName));
  errors.push(...crossCheck(parsed, fileName));
  errors.sort((a, b) => a.line - b.line);

  if (errors.length > 0 || !result.success) return { errors };
  return { plan: result.data, errors };
}
