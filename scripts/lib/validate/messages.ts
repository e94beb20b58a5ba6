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
  const hint = quotedValueHint(issue, key, found);
  const message = wrongValue(key, f, expectation(issue));
  return hint ? { ky: `${message.ky} ${hint.ky}`, ru: `${message.ru} ${hint.ru}` } : message;
}

/**
 * A number or true/false written as text: in quotes (`attendance: "120"`) or with spaces
 * between digit groups (`reach: 2 300`). Says how to write it instead.
 * @example quotedValueHint(issue, "attendance", "120")?.ru // "Число в кавычках читается как текст: уберите кавычки, «attendance: 120»."
 */
function quotedValueHint(issue: core.$ZodIssue, key: string, found: unknown): Bilingual | undefined {
  if (issue.code !== "invalid_type" || typeof found !== "string") return undefined;
  const name = key.split(".").at(-1) ?? key;
  const value = found.trim();
  if (issue.expected === "number" || issue.expected === "int") {
    if (/^[+-]?\d+(?:\.\d+)?$/.test(value)) {
      return {
        ru: `Число в кавычках читается как текст: уберите кавычки, «${name}: ${value}».`,
        ky: `Тырмакчадагы сан текст катары окулат: тырмакчаларды алып салыңыз, «${name}: ${value}».`,
      };
    }
    if (/^["']?\d{1,3}(?:[ \u00a0\u202f]\d{3})+["']?$/.test(value)) {
      const digits = value.replace(/\D/g, "");
      return {
        ru: `Пишите число без пробелов и кавычек: «${name}: ${digits}».`,
        ky: `Санды боштуксуз жана тырмакчасыз жазыңыз: «${name}: ${digits}».`,
      };
    }
  }
  if (issue.expected === "boolean" && /^(?:true|false)$/i.test(value)) {
    return {
      ru: `true и false пишутся без кавычек: «${name}: ${value.toLowerCase()}».`,
      ky: `true жана false тырмакчасыз жазылат: «${name}: ${value.toLowerCase()}».`,
    };
  }
  return undefined;
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
  unclosedFrontMatter: (): Bilingual => ({
    ru: "Поля в начале файла открыты строкой «---» (строка 1), но не закрыты: нет второй строки «---». Добавьте строку «---» после последнего поля, перед текстом записи.",
    ky: "Файлдын башындагы талаалар «---» сабы менен ачылган (1-сап), бирок жабылган эмес: экинчи «---» сабы жок. Акыркы талаадан кийин, жазуунун текстинен мурун «---» сабын кошуңуз.",
  }),
  yamlAliases: (): Bilingual => ({
    ru: "В полях слишком много ссылок вида *имя на значения с &имя: такой файл нельзя прочитать безопасно (так выглядит атака на сборку). Уберите знаки & и * и напишите значения полностью.",
    ky: "Талааларда &аты менен белгиленген маанилерге *аты түрүндөгү шилтемелер өтө көп: мындай файлды коопсуз окуу мүмкүн эмес (курууга чабуул ушундай көрүнөт). & жана * белгилерин алып салып, маанилерди толук жазыңыз.",
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

/** The folder as a whole: links, hidden files, files that are no entry, how files were saved. */
export const contentMessages = {
  symlink: (rel: string): Bilingual => ({
    ru: `«${rel}» — символическая ссылка на другое место диска, а не файл. При публикации на место ссылки попало бы то, на что она указывает (например, системные файлы сервера), поэтому ссылки в папке content/ запрещены. Удалите ссылку и загрузите вместо неё сам файл.`,
    ky: `«${rel}» — файл эмес, дисктин башка жерине символикалык шилтеме. Жарыялоодо шилтеменин ордуна ал көрсөткөн нерсе (мисалы, сервердин системалык файлдары) түшүп калмак, ошондуктан content/ папкасында шилтемелерге тыюу салынат. Шилтемени өчүрүп, анын ордуна файлдын өзүн жүктөңүз.`,
  }),
  notAFile: (rel: string): Bilingual => ({
    ru: `«${rel}» — не обычный файл (устройство, канал или сокет). Удалите его из папки content/.`,
    ky: `«${rel}» — кадимки файл эмес (түзмөк, канал же сокет). Аны content/ папкасынан өчүрүңүз.`,
  }),
  controlInName: (rel: string): Bilingual => ({
    ru: `В имени «${rel}» есть невидимый управляющий символ (например, перевод строки). Переименуйте файл: буквы, цифры, дефисы.`,
    ky: `«${rel}» атында көрүнбөгөн башкаруучу белги бар (мисалы, сапты которуу). Файлдын атын өзгөртүңүз: тамгалар, сандар, дефистер.`,
  }),
  hidden: (rel: string, attachment: boolean): Bilingual => ({
    ru: `«${rel}» — скрытый файл или папка (имя начинается с точки). ${attachment ? "Скрытые файлы не проверяются, но попали бы на сайт" : "Скрытые файлы не читаются как записи"}: удалите его или переименуйте без точки в начале.`,
    ky: `«${rel}» — жашыруун файл же папка (аты чекит менен башталат). ${attachment ? "Жашыруун файлдар текшерилбейт, бирок сайтка чыгып калмак" : "Жашыруун файлдар жазуу катары окулбайт"}: аны өчүрүңүз же башындагы чекитсиз атаңыз.`,
  }),
  notAnEntry: (rel: string, ext: string): Bilingual => {
    const base = rel.replace(/\.[^./]*$/, "");
    const mdLike = /^\.(md|markdown|mdown|txt)$/i.test(ext) || ext === "";
    return mdLike
      ? {
          ru: `Файл «${rel}» не будет опубликован: записи — это файлы с расширением .md (маленькими буквами). Переименуйте его в «${base}.md».`,
          ky: `«${rel}» файлы жарыяланбайт: жазуулар — .md (кичине тамгалар менен) кеңейтүүсү бар файлдар. Анын атын «${base}.md» деп өзгөртүңүз.`,
        }
      : {
          ru: `Файл «${rel}» лежит в папке записей, но не является записью (.md) и не будет опубликован. Приложения (сканы, фото, документы) кладите в content/files/ и указывайте в поле attachments записи.`,
          ky: `«${rel}» файлы жазуулар папкасында турат, бирок жазуу (.md) эмес жана жарыяланбайт. Тиркемелерди (скандар, сүрөттөр, документтер) content/files/ папкасына салып, жазуунун attachments талаасында көрсөтүңүз.`,
        };
  },
  encoding: (encoding: string): Bilingual => ({
    ru: `Файл сохранён в кодировке ${encoding}, а не UTF-8: сборка прочитала его как ${encoding}, но GitHub и другие программы покажут вместо букв «����». Сохраните файл в UTF-8 (в Блокноте: «Сохранить как» → Кодировка: UTF-8).`,
    ky: `Файл UTF-8 эмес, ${encoding} коддоосунда сакталган: куруу аны ${encoding} катары окуду, бирок GitHub жана башка программалар тамгалардын ордуна «����» көрсөтөт. Файлды UTF-8 коддоосунда сактаңыз (Блокнотто: «Башкача сактоо» → Коддоо: UTF-8).`,
  }),
  notText: (): Bilingual => ({
    ru: "Файл не читается как текст UTF-8 (и не похож на Windows-1251 или UTF-16): возможно, это документ Word или другой формат. Откройте его и сохраните как простой текст в UTF-8 с расширением .md.",
    ky: "Файл UTF-8 текст катары окулбайт (Windows-1251 же UTF-16га да окшобойт): балким, бул Word документи же башка формат. Аны ачып, .md кеңейтүүсү менен UTF-8 жөнөкөй текст катары сактаңыз.",
  }),
  controlChars: (code: string, count: number): Bilingual => ({
    ru: `В тексте ${count === 1 ? "есть невидимый символ" : `${count} невидимых символов, первый —`} ${code}${code === "U+000B" ? " (разрыв строки из Word)" : code === "U+000C" ? " (разрыв страницы из Word)" : ""}: на сайте он заменён пробелом, иначе ленты новостей перестали бы открываться. Удалите его: сотрите и наберите пробел или перенос строки заново.`,
    ky: `Текстте ${count === 1 ? "көрүнбөгөн белги бар" : `${count} көрүнбөгөн белги бар, биринчиси`} ${code}${code === "U+000B" ? " (Wordдон сап үзүлүшү)" : code === "U+000C" ? " (Wordдон барак үзүлүшү)" : ""}: сайтта ал боштук менен алмаштырылды, антпесе жаңылыктар тасмасы ачылбай калмак. Аны өчүрүңүз: өчүрүп, боштукту же жаңы сапты кайра басыңыз.`,
  }),
  unreadable: (reason: string): Bilingual => ({
    ru: `Файл не удалось прочитать (${reason}). Проверьте его по шаблону из content/_templates/; если ошибка остаётся, сообщите разработчикам.`,
    ky: `Файлды окуу мүмкүн болгон жок (${reason}). Аны content/_templates/ шаблону менен салыштырыңыз; ката кала берсе, иштеп чыгуучуларга кабарлаңыз.`,
  }),
  periodNotEnded: (period: string, publish: string, lastDay: string, firstDay: string): Bilingual => ({
    ru: `Отчёт за период ${period} публикуется ${publish}, а этот месяц ещё не закончился (последний день — ${lastDay}): отчитаться можно только за прошедший месяц. Проверьте «period» (месяц, о котором отчёт; обычно прошлый) или поставьте «publish: ${firstDay}» или позже.`,
    ky: `${period} мезгили үчүн отчет ${publish} күнү жарыяланат, бирок бул ай али бүтө элек (акыркы күнү — ${lastDay}): өткөн ай үчүн гана отчет берүүгө болот. «period» талаасын текшериңиз (отчет жазылган ай; адатта өткөн ай) же «publish: ${firstDay}» же андан кечирээк коюңуз.`,
  }),
};

const KIND_NAMES: Record<"pin" | "phone" | "passport", Bilingual> = {
  pin: { ru: "персональный идентификационный номер (ПИН)", ky: "жеке идентификациялык номер (ПИН)" },
  phone: { ru: "номер телефона", ky: "телефон номери" },
  passport: { ru: "номер паспорта или ID-карты", ky: "паспорттун же ID-картанын номери" },
};

/** Where in an attachment something was found: a page of a PDF, a file inside an archive, a line. */
export interface AttachmentPlace {
  page?: number;
  inner?: string;
  line?: number;
}

function placeWords(place: AttachmentPlace): Bilingual {
  const ru: string[] = [];
  const ky: string[] = [];
  if (place.inner) {
    ru.push(`внутри архива, в файле «${place.inner}»`);
    ky.push(`архивдин ичинде, «${place.inner}» файлында`);
  }
  if (place.page) {
    ru.push(`на странице ${place.page}`);
    ky.push(`${place.page}-бетте`);
  }
  if (place.line && place.inner) {
    ru.push(`в строке ${place.line}`);
    ky.push(`${place.line}-сапта`);
  }
  return { ru: ru.length ? ` (${ru.join(", ")})` : "", ky: ky.length ? ` (${ky.join(", ")})` : "" };
}

/** Attachments: what they hold, what links to them, whether they can be read. */
export const fileMessages = {
  unreferenced: (file: string): Bilingual => ({
    ru: `Файл «${file}» не указан ни в одной записи (ни в attachments, ни ссылкой в тексте), поэтому на сайте не публикуется. Добавьте его в запись или удалите.`,
    ky: `«${file}» файлы эч бир жазууда көрсөтүлгөн эмес (attachments талаасында да, тексттеги шилтемеде да), ошондуктан сайтта жарыяланбайт. Аны жазууга кошуңуз же өчүрүңүз.`,
  }),
  personal: (kind: "pin" | "phone" | "passport", value: string, file: string, place: AttachmentPlace): Bilingual => {
    const where = placeWords(place);
    return {
      ru: `В файле «${file}»${where.ru} найден ${KIND_NAMES[kind].ru}: «${value}». По закону «Об информации персонального характера» (№ 58) его нельзя публиковать на сайте. Уберите номер из документа (в скане — закройте его) и загрузите файл заново. Если публикация действительно нужна и владелец согласен, добавьте в запись, к которой приложен файл: allow_personal: [{ value: "${value}", reason: "…причина…" }].`,
      ky: `«${file}» файлында${where.ky} ${KIND_NAMES[kind].ky} табылды: «${value}». «Жеке мүнөздөгү маалымат жөнүндө» мыйзамга (№ 58) ылайык аны сайтка жарыялоого болбойт. Номерди документтен алып салыңыз (сканда — жабыңыз) жана файлды кайра жүктөңүз. Эгер жарыялоо чындап керек болсо жана ээси макул болсо, файл тиркелген жазууга кошуңуз: allow_personal: [{ value: "${value}", reason: "…себеби…" }].`,
    };
  },
  personalName: (kind: "pin" | "phone" | "passport", value: string, file: string): Bilingual => ({
    ru: `Имя файла «${file}» содержит ${KIND_NAMES[kind].ru}: «${value}». Имя файла видно в адресе на сайте: переименуйте файл (например, по дате и теме: 2026-11-spisok) и исправьте ссылки на него.`,
    ky: `«${file}» файлынын атында ${KIND_NAMES[kind].ky} бар: «${value}». Файлдын аты сайттагы даректе көрүнөт: файлдын атын өзгөртүңүз (мисалы, күнү жана темасы боюнча: 2026-11-tizme) жана ага шилтемелерди оңдоңуз.`,
  }),
  damagedPdf: (file: string): Bilingual => ({
    ru: `PDF-файл «${file}» повреждён или загружен не полностью (или защищён паролем): его нельзя открыть и проверить. Сохраните документ в PDF заново (без пароля) и загрузите ещё раз.`,
    ky: `«${file}» PDF файлы бузулган же толук жүктөлгөн эмес (же сырсөз менен корголгон): аны ачууга жана текшерүүгө болбойт. Документти кайра PDF катары (сырсөзсүз) сактап, дагы бир жолу жүктөңүз.`,
  }),
  damagedArchive: (file: string, reason: string): Bilingual => ({
    ru: `Файл «${file}» повреждён, защищён паролем или сжат необычным способом (${reason}): его нельзя открыть и проверить. Сохраните его заново (без пароля) и загрузите ещё раз.`,
    ky: `«${file}» файлы бузулган, сырсөз менен корголгон же адаттан тыш кысылган (${reason}): аны ачууга жана текшерүүгө болбойт. Аны кайра (сырсөзсүз) сактап, дагы бир жолу жүктөңүз.`,
  }),
  notTextFile: (file: string): Bilingual => ({
    ru: `Файл «${file}» не читается как текст (UTF-8, Windows-1251 или UTF-16): возможно, это файл другого типа с расширением .txt или .csv. Сохраните его как текст в UTF-8.`,
    ky: `«${file}» файлы текст катары окулбайт (UTF-8, Windows-1251 же UTF-16): балким, бул .txt же .csv кеңейтүүсү бар башка түрдөгү файл. Аны UTF-8 текст катары сактаңыз.`,
  }),
  archiveItem: (file: string, inner: string, why: "type" | "hidden" | "link" | "nested"): Bilingual => {
    const reasons = {
      type: { ru: "такие файлы на сайте не публикуются", ky: "мындай файлдар сайтта жарыяланбайт" },
      hidden: { ru: "это скрытый файл", ky: "бул жашыруун файл" },
      link: { ru: "это символическая ссылка", ky: "бул символикалык шилтеме" },
      nested: { ru: "архивы внутри архива не проверяются", ky: "архивдин ичиндеги архивдер текшерилбейт" },
    }[why];
    return {
      ru: `В архиве «${file}» есть файл «${inner}»: ${reasons.ru}. Уберите его из архива или загрузите нужные файлы по отдельности.`,
      ky: `«${file}» архивинде «${inner}» файлы бар: ${reasons.ky}. Аны архивден алып салыңыз же керектүү файлдарды өзүнчө жүктөңүз.`,
    };
  },
  archiveTooLarge: (file: string): Bilingual => ({
    ru: `Архив «${file}» в распакованном виде слишком велик (больше 200 МБ или 10 000 файлов): его нельзя проверить. Загрузите нужные файлы по отдельности.`,
    ky: `«${file}» архиви ачылганда өтө чоң (200 МБдан же 10 000 файлдан ашык): аны текшерүүгө болбойт. Керектүү файлдарды өзүнчө жүктөңүз.`,
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
