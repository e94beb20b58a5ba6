/**
 * GitHub issue forms, one per content type, generated from the zod schemas: staff publish
 * from a form on their phone instead of writing YAML. Each schema key becomes the input that
 * fits it (a dropdown for `kind` or `status`, a number box, a textarea with one line per
 * agenda item…), labels and help are Kyrgyz first, then Russian. `npm run forms` writes them
 * to `.github/ISSUE_TEMPLATE/<type>.yml`; `npm run forms -- --check` fails when they drift.
 *
 * The same field list reads the submitted issue back (`form-body.ts`, `issue-entry.ts`), so a
 * form and its reader cannot disagree.
 */
import { stringify } from "yaml";
import { z } from "zod";
import { fieldDoc } from "./field-docs.ts";
import { fieldRows } from "./field-tables.ts";
import { fieldNames, typeNames, valueNames, valueNamesByType } from "../shared/dictionary.ts";
import { newIssueUrl } from "../shared/github.ts";
import { LANGS, type Bilingual, type Lang } from "../shared/lang.ts";
import { contentTypes, schemas, type ContentType } from "../validate/schema.ts";

/** Every form issue carries it, so staff can list what came from forms. */
export const FORM_LABEL = "achyk-form";

/** Where GitHub looks for issue forms, relative to the repository root. */
export const FORMS_DIR = ".github/ISSUE_TEMPLATE";

/** How a value typed in the form is read. */
export type FieldFormat = "text" | "day" | "month" | "time" | "count" | "url" | "enum" | "enum-list" | "list" | "results";

export interface FormOption {
  /** What goes into the front matter, e.g. `gathering`. */
  value: string;
  /** What staff see and what the issue body holds, e.g. `Элдик жыйын / Сход граждан`. */
  label: string;
}

/** One input of a form. `id` is also the URL parameter that pre-fills it. */
export interface FormField {
  id: string;
  input: "input" | "textarea" | "dropdown";
  /** Kyrgyz first: `Аталышы / Заголовок`. The issue body has it as a `### ` heading. */
  label: string;
  description: string;
  required: boolean;
  placeholder?: string;
  options?: FormOption[];
  multiple?: boolean;
  /** Index of the option chosen when the form opens. */
  defaultOption?: number;
  /** What the value becomes: a front-matter key, or the entry's language, body, files or file name. */
  target: { key: string; format: FieldFormat } | { special: "lang" | "body" | "files" | "slug" };
}

export interface IssueForm {
  type: ContentType;
  /** `reports.yml` */
  fileName: string;
  name: string;
  description: string;
  /** The issue title GitHub fills in; staff may leave it. */
  title: string;
  fields: FormField[];
}

/**
 * Keys staff set in the file editor only: rare, and unsafe to offer to anyone on a form
 * (`allow_personal` lets personal data through the privacy guard).
 */
export const EDITOR_ONLY_KEYS = ["draft", "allow_personal"] as const;

/** Types whose text is the entry itself: a report, a news item, the WhatsApp message. */
const BODY_REQUIRED: ReadonlySet<ContentType> = new Set(["reports", "posts", "mailings"]);

/**
 * "ky / ru", or one text when both are the same word.
 * @example both({ ky: "Презентация", ru: "Презентация" }) // "Презентация"
 */
export function both(text: Bilingual): string {
  return text.ky === text.ru ? text.ky : `${text.ky} / ${text.ru}`;
}

/** Two paragraphs, Kyrgyz first. */
const paragraphs = (text: Bilingual): string => `${text.ky}\n\n${text.ru}`;

/** Labels for keys the site's pages do not name (`fieldNames` has the others). */
const FORM_LABELS: Record<string, Bilingual> = {
  title: { ky: "Аталышы", ru: "Заголовок" },
  publish: { ky: "Сайтта чыга турган күнү", ru: "Опубликовать на сайте" },
  summary: { ky: "Кыскача мазмуну", ru: "Кратко" },
  date: { ky: "Күнү", ru: "Дата" },
  results: { ky: "Жыйынтыктары: суроолор жана жооптор", ru: "Результаты: вопросы и ответы" },
};

/** Help where the staff guide's wording speaks of YAML (quotes, `- ` lists, English values). */
const FORM_HELP: Record<string, Bilingual> = {
  period: {
    ky: "Отчет кайсы ай үчүн: ЖЖЖЖ-АА, мисалы 2026-10 (же 10.2026). Отчет кийинки айдын 25-күнүнөн кечиктирбей жарыяланат.",
    ru: "За какой месяц отчёт: ГГГГ-ММ, например 2026-10 (или 10.2026). Отчёт публикуется не позже 25-го числа следующего месяца.",
  },
  time: { ky: "Башталуучу убактысы, мисалы 10:00.", ru: "Время начала, например 10:00." },
  women: { ky: "Катышкандардын ичинен канчасы аялдар: сан гана, катышкандардан көп эмес.", ru: "Сколько из участников женщин: только число, не больше числа участников." },
  youth: { ky: "Катышкандардын ичинен канчасы жаштар: сан гана, катышкандардан көп эмес.", ru: "Сколько из участников молодёжи: только число, не больше числа участников." },
  agenda: { ky: "Күн тартибинин маселелери: ар бири жаңы саптан.", ru: "Вопросы повестки дня: каждый с новой строки." },
  decisions: { ky: "Кабыл алынган чечимдер: ар бири жаңы саптан.", ru: "Принятые решения: каждое с новой строки." },
  presented_to: { ky: "Жыйынтыктар кимге көрсөтүлдү: бир же бир нечени тандаңыз.", ru: "Кому представлены результаты: выберите одно или несколько." },
  results: {
    ky: "Ар бир суроо өз сабында, андан кийин жооптор «- жооп: сан» түрүндө. Мисалы:\n\n```\nСуу жетиштүүбү?\n- Ооба: 120\n- Жок: 190\n```\n\nСайтта диаграмма болуп чыгат.",
    ru: "Каждый вопрос на своей строке, под ним ответы в виде «- ответ: число». Например:\n\n```\nХватает ли воды?\n- Да: 120\n- Нет: 190\n```\n\nНа сайте выводятся диаграммы.",
  },
  event: { ky: "Презентация кайсы иш-чарада болду.", ru: "На каком мероприятии была презентация." },
  format: { ky: "Материалдын түрү.", ru: "Вид материала." },
  kind: { ky: "Түрүн тизмеден тандаңыз.", ru: "Выберите вид из списка." },
  status: { ky: "Абалын тизмеден тандаңыз.", ru: "Выберите статус из списка." },
  summary: {
    ky: "Бир-эки сүйлөм: тизмелерде жана WhatsApp билдирүүсүндө көрүнөт.",
    ru: "Одно-два предложения: видно в списках и в сообщении WhatsApp.",
  },
  publish: {
    ky: "Жазуу ушул күнү сайтта өзү чыгат (түнкү саат 00:07дө, Бишкек убактысы). Бош калса — «Күнү» талаасындагы күнү. ЖЖЖЖ-АА-КК же КК.АА.ЖЖЖЖ.",
    ru: "В этот день запись сама появится на сайте (в 00:07 по Бишкеку). Если пусто — в день из поля «Дата». ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.",
  },
};

/** Help by type, where a key means something of its own there (`publish` of an announcement). */
const FORM_HELP_BY_TYPE: Partial<Record<ContentType, Record<string, Bilingual>>> = {
  events: {
    status: { ky: "Бош калса — пландалган. Жылдырылса же болбой калса, ушул жерден тандаңыз.", ru: "Если пусто — запланировано. Если перенесено или отменено, выберите здесь." },
    publish: {
      ky: "Жарыя сайтта чыга турган күн — иш-чаранын күнүнөн мурун, мисалы бүгүн. Бош калса, жарыя иш-чара күнү гана чыгат.",
      ru: "День, когда объявление появится на сайте, — раньше дня мероприятия, например сегодня. Если пусто, объявление выйдет только в день мероприятия.",
    },
  },
};

const FORMAT_HINT: Partial<Record<FieldFormat, Bilingual>> = {
  day: { ky: "Мисалы: 2026-11-20 же 20.11.2026.", ru: "Например: 2026-11-20 или 20.11.2026." },
  count: { ky: "Сан гана.", ru: "Только число." },
  url: { ky: "https:// менен башталган шилтеме.", ru: "Ссылка, начинающаяся с https://." },
};

const PLACEHOLDERS: Partial<Record<FieldFormat, string>> = {
  day: "2026-11-20",
  month: "2026-10",
  time: "10:00",
  count: "0",
  url: "https://",
};

/** What each type's form is for, under its name in GitHub's list of forms. */
const ABOUT: Record<ContentType, Bilingual> = {
  posts: { ky: "Сайт жана социалдык тармактар үчүн жаңылык (1.1)", ru: "Новость для сайта и соцсетей (1.1)" },
  presentations: { ky: "Жыйында же угууда көрсөтүлгөн презентация (1.2)", ru: "Презентация на сходе или слушаниях (1.2)" },
  mailings: { ky: "WhatsApp топторуна жөнөтүлгөн билдирүү (1.3)", ru: "Сообщение, разосланное в группы WhatsApp (1.3)" },
  materials: { ky: "Маалымат тактасы үчүн материал (1.4)", ru: "Материал для досок объявлений (1.4)" },
  reports: { ky: "Өткөн айдагы иш тууралуу отчет, кийинки айдын 25-күнүнөн кечиктирбей (1.5)", ru: "Отчёт о работе за прошлый месяц, до 25-го числа (1.5)" },
  meetings: { ky: "Элдик жыйындын же коомдук угуунун протоколу (2.1)", ru: "Протокол схода или слушаний (2.1)" },
  events: { ky: "Алдыдагы жыйын, угуу же презентация тууралуу жарыя", ru: "Объявление о предстоящем сходе, слушаниях или презентации" },
  initiatives: { ky: "Жергиликтүү демилге (2.2)", ru: "Местная инициатива (2.2)" },
  acts: { ky: "Жергиликтүү кеңештин токтому (2.3)", ru: "Акт местного кенеша (2.3)" },
  tos: { ky: "АКӨБдүн долбоору (2.4)", ru: "Проект ТОС (2.4)" },
  surveys: { ky: "Анкета, сунуштарды чогултуу же сурамжылоонун жыйынтыгы (3.1–3.3)", ru: "Анкета, сбор предложений или итоги опроса (3.1–3.3)" },
};

const INTRO: Bilingual = {
  ky:
    "**Кантип толтуруу керек.** Талааларды толтуруп, төмөнкү **Create** (же **Submit new issue**) баскычын басыңыз. Бир-эки мүнөттөн кийин ушул жерге жооп келет: " +
    "жазуу сайтка кошулду (шилтемеси жана чыга турган күнү менен), же кайсы талааны кантип оңдоо керек. Оңдоо үчүн ушул маселени ачып, " +
    "**⋯ → Edit** менен оңдоп, сактаңыз: текшерүү кайра өтөт.\n\n" +
    "Жеке маалыматты жазбаңыз (мыйзам № 58): ПИН, жеке телефон, паспорттун номери, тургундардын аты-жөнүнүн тизмеси — мындай жазуу кабыл алынбайт.",
  ru:
    "**Как заполнить.** Заполните поля и нажмите **Create** (или **Submit new issue**) внизу. Через минуту-другую здесь появится ответ: запись добавлена на сайт " +
    "(со ссылкой и днём публикации) или какое поле и как исправить. Чтобы исправить, откройте эту задачу, нажмите **⋯ → Edit**, " +
    "исправьте и сохраните: проверка пройдёт снова.\n\n" +
    "Не пишите персональные данные (закон № 58): ПИН, личные телефоны, номера паспортов, списки фамилий жителей — такая запись не будет принята.",
};

const LANG_FIELD = (): FormField => ({
  id: "lang",
  input: "dropdown",
  label: both({ ky: "Жазуунун тили", ru: "Язык записи" }),
  description: paragraphs({
    ky: "Жазуу ушул тилде жазылат. Экинчи тилдеги котормосун кийин ушул эле форма менен кошосуз: жооптогу шилтеме аны даярдайт.",
    ru: "На каком языке запись. Перевод на другой язык добавляется потом той же формой: ссылка в ответе её подготовит.",
  }),
  required: true,
  options: LANGS.map((lang) => ({ value: lang, label: LANG_NAMES[lang] })),
  defaultOption: 0,
  target: { special: "lang" },
});

/** Each language in itself, as a resident would look for it. */
export const LANG_NAMES: Record<Lang, string> = { ky: "Кыргызча", ru: "Русский" };

const BODY_FIELD = (type: ContentType): FormField => ({
  id: "body",
  input: "textarea",
  label: both(type === "mailings" ? { ky: "Билдирүүнүн тексти", ru: "Текст сообщения" } : { ky: "Негизги текст", ru: "Основной текст" }),
  description: paragraphs({
    ky: "Сайттагы барактын тексти. Жаңы абзац — бош сап; **калың** — эки жылдызча менен; тизме — «- » менен. Сүрөттү ушул жерге сүйрөп же телефондон тиркесеңиз, ал сайтка көчүрүлөт.",
    ru: "Текст страницы на сайте. Новый абзац — пустая строка; **жирный** — две звёздочки; список — строки с «- ». Фото можно перетащить сюда или прикрепить с телефона: оно будет перенесено на сайт.",
  }),
  required: BODY_REQUIRED.has(type),
  target: { special: "body" },
});

const FILES_FIELD = (): FormField => ({
  id: "files",
  input: "textarea",
  label: both({ ky: "Тиркемелер (PDF, сүрөттөр)", ru: "Приложения (PDF, фото)" }),
  description: paragraphs({
    ky: "Файлды ушул талаага сүйрөп таштаңыз же телефондон тандаңыз (PDF, JPG, PNG, DOCX…, 20 МБдан аз). Шилтеменин алдына анын аталышын жазсаңыз болот: «Протокол (скан): [файл](…)». Катышуучулардын тизмесин жүктөбөңүз.",
    ru: "Перетащите файл в это поле или выберите с телефона (PDF, JPG, PNG, DOCX…, меньше 20 МБ). Перед ссылкой можно написать название: «Протокол (скан): [файл](…)». Списки участников не загружайте.",
  }),
  required: false,
  target: { special: "files" },
});

const SLUG_FIELD = (): FormField => ({
  id: "slug",
  input: "input",
  label: both({ ky: "Файлдын аты (дареги)", ru: "Имя файла (адрес)" }),
  description: paragraphs({
    ky: "Адатта бош калтырыңыз: ат аталыштан жана күндөн өзү түзүлөт. Котормо кошуу шилтемеси бул жерди өзү толтурат, ошондо эки тилдеги жазуу бир барак болуп байланышат.",
    ru: "Обычно оставьте пустым: имя составится из даты и заголовка. Ссылка «добавить перевод» заполнит его сама, чтобы записи на двух языках связались как перевод.",
  }),
  required: false,
  placeholder: "2026-11-14-jyiyn",
  target: { special: "slug" },
});

/**
 * How a schema value is typed in, read from the zod schema of the key.
 * @example formatOf(schemas.meetings.shape.attendance) // "count"
 */
function formatOf(field: z.core.$ZodType): FieldFormat {
  if (field instanceof z.core.$ZodOptional || field instanceof z.core.$ZodDefault) return formatOf(field._zod.def.innerType);
  if (field instanceof z.core.$ZodPipe) {
    // `z.preprocess(fn, text())` (an act's number) is a pipe from a transform: the value is what comes out.
    const { in: from, out: to } = field._zod.def;
    return formatOf(from instanceof z.core.$ZodTransform ? to : from);
  }
  if (field instanceof z.core.$ZodCustom) {
    const format = (field._zod.def as { params?: { format?: string } }).params?.format;
    return format === "day" || format === "month" || format === "time" || format === "url" ? format : "text";
  }
  if (field instanceof z.core.$ZodNumber) return "count";
  if (field instanceof z.core.$ZodEnum) return "enum";
  if (field instanceof z.core.$ZodArray) {
    // Lists of objects: only survey results are typed in a form (attachments are uploaded files).
    if (field._zod.def.element instanceof z.core.$ZodObject) return "results";
    return formatOf(field._zod.def.element) === "enum" ? "enum-list" : "list";
  }
  return "text";
}

function optionsOf(type: ContentType, field: z.core.$ZodType): FormOption[] {
  let node = field;
  while (node instanceof z.core.$ZodOptional || node instanceof z.core.$ZodArray) {
    node = node instanceof z.core.$ZodOptional ? node._zod.def.innerType : node._zod.def.element;
  }
  if (!(node instanceof z.core.$ZodEnum)) throw new Error(`${type}: not a list of values`);
  return Object.values(node._zod.def.entries).map((value) => {
    const name = valueNamesByType[type]?.[String(value)] ?? valueNames[String(value)];
    if (!name) throw new Error(`No name for the value "${value}" of ${type}: add it to valueNames in dictionary.ts`);
    return { value: String(value), label: both(name) };
  });
}

function labelOf(key: string): string {
  const name = FORM_LABELS[key] ?? fieldNames[key];
  if (!name) throw new Error(`No form label for "${key}": add it to FORM_LABELS in issue-forms.ts or fieldNames in dictionary.ts`);
  return both(name);
}

function helpOf(type: ContentType, key: string, format: FieldFormat): string {
  const own = FORM_HELP_BY_TYPE[type]?.[key] ?? FORM_HELP[key];
  const doc = fieldDoc(type, key);
  const meaning = own ?? (doc ? { ky: doc.ky, ru: doc.ru } : undefined);
  if (!meaning) throw new Error(`No help for ${type}.${key}`);
  const hint = own ? undefined : FORMAT_HINT[format];
  return paragraphs(hint ? { ky: `${meaning.ky} ${hint.ky}`, ru: `${meaning.ru} ${hint.ru}` } : meaning);
}

function keyField(type: ContentType, key: string, required: boolean): FormField {
  const schema = (schemas[type] as unknown as { shape: Record<string, z.core.$ZodType> }).shape[key]!;
  const format = formatOf(schema);
  const field: FormField = {
    id: key,
    input: format === "enum" || format === "enum-list" ? "dropdown" : format === "list" || format === "results" ? "textarea" : "input",
    label: labelOf(key),
    description: helpOf(type, key, format),
    required,
    target: { key, format },
  };
  if (format === "enum" || format === "enum-list") {
    field.options = optionsOf(type, schema);
    if (format === "enum-list") field.multiple = true;
  }
  const placeholder = PLACEHOLDERS[format];
  if (placeholder) field.placeholder = placeholder;
  return field;
}

/**
 * The form of one content type: its language, the schema's keys in the staff guide's order
 * (required first), the text, the files and the file name.
 * @example issueForm("reports").fields.map((f) => f.id) // ["lang", "title", "date", "period", "publish", "summary", "reach", "body", "files", "slug"]
 */
export function issueForm(type: ContentType): IssueForm {
  const keys = fieldRows(type).filter((row) => row.key !== "attachments" && !(EDITOR_ONLY_KEYS as readonly string[]).includes(row.key));
  const name = typeNames[type].one;
  return {
    type,
    fileName: `${type}.yml`,
    name: both(name),
    description: both(ABOUT[type]),
    title: both(name),
    fields: [LANG_FIELD(), ...keys.map((row) => keyField(type, row.key, row.required)), BODY_FIELD(type), FILES_FIELD(), SLUG_FIELD()],
  };
}

/** Every type's form, in the schemas' order. */
export function issueForms(): IssueForm[] {
  return contentTypes.map(issueForm);
}

/**
 * The form whose file is `name` (`reports.yml`, `reports.yaml` or `reports`), or undefined.
 * @example formByFileName("reports.yml")?.type // "reports"
 */
export function formByFileName(name: string): IssueForm | undefined {
  const type = name.replace(/^.*\//, "").replace(/\.ya?ml$/, "");
  return contentTypes.includes(type as ContentType) ? issueForm(type as ContentType) : undefined;
}

const HEADER = [
  "# Generated by `npm run forms` from scripts/lib/validate/schema.ts and scripts/lib/authoring/issue-forms.ts:",
  "# edit those, not this file. A submitted form becomes an entry through .github/workflows/from-issue.yml.",
].join("\n");

/**
 * The form as GitHub's issue-form YAML.
 * @example renderIssueForm(issueForm("reports")).includes("id: period") // true
 */
export function renderIssueForm(form: IssueForm): string {
  const body: unknown[] = [{ type: "markdown", attributes: { value: INTRO.ky + "\n\n---\n\n" + INTRO.ru } }];
  for (const f of form.fields) {
    const attributes: Record<string, unknown> = { label: f.label, description: f.description };
    if (f.placeholder) attributes.placeholder = f.placeholder;
    if (f.options) {
      attributes.options = f.options.map((o) => o.label);
      if (f.multiple) attributes.multiple = true;
      if (f.defaultOption !== undefined) attributes.default = f.defaultOption;
    }
    body.push({ type: f.input, id: f.id, attributes, validations: { required: f.required } });
  }
  const doc = { name: form.name, description: form.description, title: form.title, labels: [FORM_LABEL], body };
  return `${HEADER}\n${stringify(doc, { lineWidth: 0 })}`;
}

/**
 * The new-issue page with the form opened and some fields filled in. Only text inputs are
 * pre-filled: GitHub shows a blank issue instead of the form when a URL pre-fills a dropdown.
 * @example formUrl({ owner: "o", name: "r" }, "reports", { period: "2026-10" }) // "https://github.com/o/r/issues/new?template=reports.yml&period=2026-10"
 */
export function formUrl(repository: { owner: string; name: string }, type: ContentType, prefill: Readonly<Record<string, string>> = {}): string {
  const form = issueForm(type);
  const query = new URLSearchParams({ template: form.fileName });
  for (const [id, value] of Object.entries(prefill)) {
    const field = form.fields.find((f) => f.id === id);
    if (!field) throw new Error(`The ${type} form has no field "${id}"`);
    if (field.input === "dropdown") throw new Error(`The ${type} form's "${id}" is a dropdown: GitHub cannot pre-fill it from a URL`);
    query.set(id, value);
  }
  return newIssueUrl(repository, query);
}
