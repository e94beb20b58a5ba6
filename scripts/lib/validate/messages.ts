/**
 * Every message staff may read from `check`, `build` and `deadlines`, in Kyrgyz and Russian,
 * written for people who are not programmers: what is wrong, what was expected, what to do.
 * Printed through `bilingual()` (shared/lang.ts), Kyrgyz first.
 */
import type { core } from "zod";
import type { FieldFormat } from "./schema.ts";
import { looksLikeIsoDay } from "../shared/dates.ts";
import { countEntries } from "../shared/dictionary.ts";
import type { Bilingual } from "../shared/lang.ts";

/**
 * What a value must look like, said so that each language can place it: `ky`/`ru` name the
 * kind of value, `example` is one to copy, `list` the allowed values. Kyrgyz puts the verb
 * after the expectation ("… болушу керек"), so a list or an example comes after the verb
 * instead of before it (review K-30).
 */
interface Expectation extends Bilingual {
  example?: string;
  list?: string;
}

const FORMATS: Record<FieldFormat, Expectation> = {
  day: { ky: "ЖЖЖЖ-АА-КК түрүндөгү дата", ru: "дата в виде ГГГГ-ММ-ДД", example: "2026-11-25" },
  month: { ky: "ЖЖЖЖ-АА түрүндөгү ай", ru: "месяц в виде ГГГГ-ММ", example: "2026-10" },
  time: { ky: "СС:ММ түрүндөгү убакыт", ru: "время в виде ЧЧ:ММ", example: "18:00" },
  url: { ky: "https:// менен башталган шилтеме", ru: "ссылка, начинающаяся с https://" },
  file: { ky: "content/files/ папкасындагы файлдын жолу", ru: "путь к файлу в папке content/files/" },
};

const TYPES: Record<string, Bilingual> = {
  string: { ky: "текст", ru: "текст" },
  number: { ky: "сан", ru: "число" },
  int: { ky: "бүтүн сан", ru: "целое число" },
  boolean: { ky: "true же false", ru: "true или false" },
  array: { ky: "тизме («- » менен башталган саптар)", ru: "список (строки, начинающиеся с «- »)" },
  object: { ky: "«ачкыч: маани» талаалар топтому", ru: "набор полей «ключ: значение»" },
};

/** How a found value is named in a message. */
export function describeFound(value: unknown): Bilingual {
  if (value === undefined) return { ky: "эч нерсе", ru: "ничего" };
  if (value === null) return { ky: "бош маани", ru: "пустое значение" };
  if (Array.isArray(value)) return { ky: "тизме", ru: "список" };
  if (typeof value === "object") return { ky: "талаалар топтому", ru: "набор полей" };
  if (typeof value === "boolean") return { ky: `«${value}»`, ru: `«${value}»` };
  const shown = String(value).length > 60 ? `${String(value).slice(0, 57)}…` : String(value);
  return { ky: `«${shown}»`, ru: `«${shown}»` };
}

function expectation(issue: core.$ZodIssue): Expectation {
  if (issue.code === "custom") {
    const format = (issue.params as { format?: FieldFormat } | undefined)?.format;
    if (format) return FORMATS[format];
  }
  if (issue.code === "invalid_type") return TYPES[issue.expected] ?? { ky: issue.expected, ru: issue.expected };
  if (issue.code === "invalid_value") {
    return { ky: "төмөнкү маанилердин бири", ru: "одно из значений", list: issue.values.map(String).join(", ") };
  }
  return { ky: "башка маани", ru: "другое значение" };
}

/**
 * What a zod issue says was expected, in words, as one phrase: a format with its example, a
 * type or the allowed values (to put in parentheses or after a dash).
 * @example describeExpected(z.number().safeParse("x").error!.issues[0]!).ru // "число"
 * @example describeExpected(dateIssue).ky // "ЖЖЖЖ-АА-КК түрүндөгү дата, мисалы, 2026-11-25"
 */
export function describeExpected(issue: core.$ZodIssue): Bilingual {
  const e = expectation(issue);
  if (e.list) return { ky: `${e.ky}: ${e.list}`, ru: `${e.ru}: ${e.list}` };
  if (e.example) return { ky: `${e.ky}, мисалы, ${e.example}`, ru: `${e.ru}, например ${e.example}` };
  return { ky: e.ky, ru: e.ru };
}

/**
 * "This field holds X, but must be Y": the found value first and the expectation last, so that
 * the Kyrgyz verb closes the clause and a list or an example follows it.
 * @example wrongValue("kind", { ky: "«x»", ru: "«x»" }, { ky: "төмөнкү маанилердин бири", ru: "одно из значений", list: "gathering, hearing" }).ky
 * // "«kind» талаасында «x» жазылган, бирок төмөнкү маанилердин бири болушу керек: gathering, hearing."
 */
function wrongValue(key: string, found: Bilingual, e: Expectation): Bilingual {
  const kyTail = `${e.list ? `: ${e.list}` : ""}${e.example ? ` (мисалы, ${e.example})` : ""}`;
  const ruExpected = `${e.ru}${e.list ? `: ${e.list}` : ""}${e.example ? `, например ${e.example}` : ""}`;
  return {
    ky: `«${key}» талаасында ${found.ky} жазылган, бирок ${e.ky} болушу керек${kyTail}.`,
    ru: `Поле «${key}»: ожидается ${ruExpected}, найдено ${found.ru}.`,
  };
}

/**
 * Edit distance (insertions, deletions, substitutions; no transpositions), enough to
 * suggest `attendance` for `atendance`.
 * @example editDistance("atendance", "attendance") // 1
 */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export function closestKey(key: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of allowed) {
    const d = editDistance(key.toLowerCase(), candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * Turns one zod issue about one key into words.
 * @example issueMessage({ code: "invalid_type", expected: "int", path: ["reach"], ... }, "reach", "много", [])
 */
export function issueMessage(
  issue: core.$ZodIssue,
  key: string,
  found: unknown,
  allowed: readonly string[],
  /** Where the key sits, e.g. `attachments.0`, when it is inside a list item. */
  parent = "",
): Bilingual {
  const f = describeFound(found);
  if (issue.code === "unrecognized_keys") {
    const suggestion = closestKey(key, allowed);
    const list = allowed.join(", ");
    return {
      ky: `«${key}» деген талаа белгисиз.${suggestion ? ` Балким, «${suggestion}» болушу керек?` : ""} Уруксат берилген талаалар: ${list}.`,
      ru: `Неизвестное поле «${key}».${suggestion ? ` Возможно, имелось в виду «${suggestion}»?` : ""} Допустимые поля: ${list}.`,
    };
  }
  if (found === undefined && (issue.code === "invalid_type" || issue.code === "custom" || issue.code === "invalid_value")) {
    const e = describeExpected(issue);
    if (parent) {
      const [list, index] = parent.split(".");
      const n = Number(index) + 1;
      return {
        ru: `В пункте ${n} списка «${list}» нет обязательного поля «${key}» (${e.ru}). Добавьте в этот пункт строку «${key}: …».`,
        ky: `«${list}» тизмесинин ${n}-пунктунда милдеттүү «${key}» талаасы жок (${e.ky}). Бул пунктка «${key}: …» сабын кошуңуз.`,
      };
    }
    return {
      ru: `Нет обязательного поля «${key}» (${e.ru}). Добавьте строку «${key}: …» между линиями --- в начале файла.`,
      ky: `Милдеттүү «${key}» талаасы жок (${e.ky}). Файлдын башындагы --- сызыктарынын ортосуна «${key}: …» сабын кошуңуз.`,
    };
  }
  if (issue.code === "custom") {
    const params = (issue.params ?? {}) as { format?: FieldFormat; rule?: string; other?: string; limit?: number };
    if (params.rule === "lte") {
      return {
        ru: `Поле «${key}» (${String(found)}) не может быть больше поля «${params.other}» (${params.limit}): это часть участников.`,
        ky: `«${key}» талаасы (${String(found)}) «${params.other}» талаасынан (${params.limit}) көп боло албайт: бул катышуучулардын бир бөлүгү.`,
      };
    }
    if (params.format === "day" && looksLikeIsoDay(found)) {
      return {
        ru: `Поле «${key}»: даты ${f.ru} нет в календаре. Проверьте месяц и число.`,
        ky: `«${key}» талаасы: ${f.ky} күнү календарда жок. Айды жана күндү текшериңиз.`,
      };
    }
    if (params.format === "month" && typeof found === "string" && /^\d{4}-\d{2}$/.test(found)) {
      return {
        ru: `Поле «${key}»: месяца ${f.ru} нет — номер месяца от 01 до 12.`,
        ky: `«${key}» талаасы: ${f.ky} деген ай жок — айдын номери 01ден 12ге чейин.`,
      };
    }
  }
  if (issue.code === "too_small") {
    if (issue.origin === "string") {
      return { ru: `Поле «${key}» пустое: заполните его.`, ky: `«${key}» талаасы бош: аны толтуруңуз.` };
    }
    if (issue.origin === "array") {
      return { ru: `Список «${key}» пуст: добавьте хотя бы один пункт.`, ky: `«${key}» тизмеси бош: жок дегенде бир пункт кошуңуз.` };
    }
    return wrongValue(key, f, { ky: `${String(issue.minimum)} же андан көп сан`, ru: `число не меньше ${String(issue.minimum)}` });
  }
  return wrongValue(key, f, expectation(issue));
}

export const messages = {
  yamlSyntax: (reason: string | Bilingual): Bilingual => {
    const why = typeof reason === "string" ? { ky: reason, ru: reason } : reason;
    return {
      ru: `Ошибка в записи полей (YAML): ${why.ru}. Проверьте двоеточие после названия поля, отступы и кавычки в этой строке.`,
      ky: `Талаалардын жазылышында ката (YAML): ${why.ky}. Бул саптагы талаа атынан кийинки кош чекитти, чегинүүлөрдү жана тырмакчаларды текшериңиз.`,
    };
  },
  noFrontMatter: (): Bilingual => ({
    ru: "Файл должен начинаться со строки «---», затем поля (title, date …), затем снова «---». Скопируйте шаблон из content/_templates/.",
    ky: "Файл «---» сабы менен башталышы керек, андан кийин талаалар (title, date …), анан кайра «---». Шаблонду content/_templates/ папкасынан көчүрүңүз.",
  }),
  frontMatterNotMap: (): Bilingual => ({
    ru: "Между линиями --- должны стоять поля в виде «название: значение».",
    ky: "--- сызыктарынын ортосунда талаалар «аталышы: мааниси» түрүндө болушу керек.",
  }),
  unknownLanguage: (folder: string): Bilingual => ({
    ru: `Папка «${folder}» не является языком сайта. Записи хранятся в content/ky/ (кыргызский) и content/ru/ (русский).`,
    ky: `«${folder}» папкасы сайттын тили эмес. Жазуулар content/ky/ (кыргызча) жана content/ru/ (орусча) папкаларында сакталат.`,
  }),
  unknownType: (folder: string, types: readonly string[]): Bilingual => ({
    ru: `Папка «${folder}» не является разделом сайта. Разделы: ${types.join(", ")}.`,
    ky: `«${folder}» папкасы сайттын бөлүмү эмес. Бөлүмдөр: ${types.join(", ")}.`,
  }),
  misplacedFile: (): Bilingual => ({
    ru: "Запись должна лежать в папке content/<язык>/<раздел>/, например content/ru/reports/2026-10.md.",
    ky: "Жазуу content/<тил>/<бөлүм>/ папкасында турушу керек, мисалы, content/ky/reports/2026-10.md.",
  }),
  badSlug: (name: string, suggestion: string): Bilingual => ({
    ru: `Имя файла «${name}» должно состоять из латинских строчных букв, цифр и дефисов (оно становится адресом страницы). Переименуйте, например, в «${suggestion}.md».`,
    ky: `«${name}» файлынын аты латын кичине тамгаларынан, сандардан жана дефистерден турушу керек (ал барактын дареги болот). Мисалы, «${suggestion}.md» деп атын өзгөртүңүз.`,
  }),
  missingAttachment: (file: string): Bilingual => ({
    ru: `Приложение «${file}» не найдено в папке content/files/. Загрузите файл туда или исправьте путь (большие и маленькие буквы различаются).`,
    ky: `«${file}» тиркемеси content/files/ папкасында табылган жок. Файлды ошол жерге жүктөңүз же жолун оңдоңуз (чоң жана кичине тамгалар айырмаланат).`,
  }),
  attachmentOutside: (file: string): Bilingual => ({
    ru: `Путь приложения «${file}» выходит за пределы content/files/. Укажите путь внутри этой папки, например minutes/2026-11-protokol.pdf.`,
    ky: `«${file}» тиркемесинин жолу content/files/ папкасынан чыгып кетет. Ушул папканын ичиндеги жолду жазыңыз, мисалы, minutes/2026-11-protokol.pdf.`,
  }),
  duplicatePeriod: (period: string, other: string): Bilingual => ({
    ru: `Отчёт за период ${period} уже есть: ${other}. На одном языке за месяц публикуется один отчёт — исправьте «period» или удалите лишний файл.`,
    ky: `${period} мезгили үчүн отчет буга чейин бар: ${other}. Бир тилде бир айга бир гана отчет жарыяланат — «period» талаасын оңдоңуз же ашыкча файлды өчүрүңүз.`,
  }),
  scheduled: (day: string): Bilingual => ({
    // The English words lead the line (Kyrgyz comes first) so scripts and CI logs can find
    // scheduled entries in any language.
    ky: `scheduled for ${day} — ${day} күнүнө пландалган: ушул күнү сайтта жарыяланат`,
    ru: `запланировано на ${day}: появится на сайте в этот день`,
  }),
  missingSite: (): Bilingual => ({
    ky: "Муниципалитеттин маалыматтары жазылган content/_data/site.yaml файлы жок.",
    ru: "Нет файла content/_data/site.yaml с данными муниципалитета.",
  }),
  missingPlan: (): Bilingual => ({
    ky: "Иш-чаралар планы жазылган content/_data/plan.yaml файлы жок.",
    ru: "Нет файла content/_data/plan.yaml с планом мероприятий.",
  }),
  /** Why a YAML text does not parse: the parser's own words (English), or a duplicate key. */
  duplicateKey: (): Bilingual => ({ ky: "ачкыч эки жолу жазылган", ru: "ключ записан дважды" }),
  noKyrgyz: (): Bilingual => ({
    ky: "Кыргызча варианты жок (content/ky/…). «Кыргыз Республикасынын мамлекеттик тили жөнүндө» конституциялык мыйзамга ылайык сайттын кыргызча варианты башка тилдеги варианттарынан кем болбошу керек.",
    ru: "Нет версии на кыргызском языке (content/ky/…). Согласно конституционному закону «О государственном языке Кыргызской Республики» кыргызская версия сайта должна быть не меньше версий на других языках.",
  }),
};

/** What the commands print besides problems: summaries, stops, the deadline list. */
export const reports = {
  checkSummary: (c: { entries: number; live: number; errors: number; warnings: number; scheduled: number; today: string }): Bilingual => ({
    ky: `${countEntries(c.entries, "ky")} (${c.live} жарыяланган), ката: ${c.errors}, эскертүү: ${c.warnings}, пландалган: ${c.scheduled} — ${c.today}`,
    ru: `${countEntries(c.entries, "ru")} (опубликовано: ${c.live}), ошибок: ${c.errors}, предупреждений: ${c.warnings}, запланировано: ${c.scheduled} — ${c.today}`,
  }),
  buildStopped: (): Bilingual => ({
    ky: "Куруу токтотулду: жогорудагы каталарды оңдоңуз. Сайт өзгөргөн жок.",
    ru: "Сборка остановлена: исправьте ошибки выше. Сайт не изменён.",
  }),
  buildFailed: (): Bilingual => ({
    ky: "Куруу ишке ашкан жок, сайт өзгөргөн жок.",
    ru: "Сборка не удалась, сайт не изменён.",
  }),
  contentErrors: (): Bilingual => ({ ky: "Мазмунда каталар бар", ru: "Содержимое с ошибками" }),
  pdfUnreadable: (file: string, reason: string): Bilingual => ({
    ky: `files/${file} PDF файлы окулбайт: ${reason}`,
    ru: `PDF-файл files/${file} не читается: ${reason}`,
  }),
  deadlinesHeader: (today: string, days: number): Bilingual => ({
    ky: `${today} күнгө карата мөөнөттөр, жакынкы ${days} күн`,
    ru: `Сроки на ${today}, ближайшие ${days} дн.`,
  }),
  deadlinesNoHistory: (): Bilingual => ({
    ky: "(git тарыхы белгисиз: publish жана date гана эске алынат)",
    ru: "(история git неизвестна: учитываются только publish и date)",
  }),
  deadlinesOlderGaps: (days: number, count: number): Bilingual => ({
    ky: `(${days} күндөн эски аткарылбаган мезгилдер көрсөтүлгөн жок: ${count}; алар «Пландын аткарылышы» барагында)`,
    ru: `(не показаны невыполненные периоды старше ${days} дн.: ${count}; они на странице «Выполнение плана»)`,
  }),
  deadlinesNothing: (): Bilingual => ({ ky: "Шашылыш эч нерсе жок.", ru: "Ничего не горит." }),
  deadlineOverdue: (days: number): Bilingual => ({ ky: `${days} күн кечикти`, ru: `просрочено ${days} дн.` }),
  deadlineScheduled: (day: string): Bilingual => ({ ky: `${day} күнүнө пландалган`, ru: `запланировано на ${day}` }),
  deadlineToday: (): Bilingual => ({ ky: "мөөнөтү бүгүн", ru: "срок сегодня" }),
  deadlineLeft: (days: number): Bilingual => ({ ky: `${days} күн калды`, ru: `осталось ${days} дн.` }),
  deadlinesContentErrors: (errors: number): Bilingual => ({
    ky: `Эскертүү: мазмунда ${errors} ката бар; катасы бар жазуулар эсептелбейт (npm run check аларды көрсөтөт).`,
    ru: `Внимание: ошибок в содержимом — ${errors}; записи с ошибками не учитываются (их покажет npm run check).`,
  }),
  deadlinesNoPlan: (): Bilingual => ({
    ky: "site.yaml же plan.yaml жок же катасы бар: мөөнөттөрдү эсептөөгө болбойт.",
    ru: "site.yaml или plan.yaml нет или в них ошибки: сроки не вычислить.",
  }),
  deadlineLabel: (): Bilingual => ({ ky: "План боюнча мөөнөт", ru: "Срок по плану" }),
};
