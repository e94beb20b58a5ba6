/**
 * A deterministic, seeded corpus of entries for the benchmark (`npm run bench`): every content
 * type, Kyrgyz and Russian text with headings, lists and tables, monthly reports, valid front
 * matter. Pure: returns file paths and texts; the bench CLI writes them to disk.
 *
 * An entry is one file. About half of the files belong to an entry written in both languages;
 * the rest are Kyrgyz only (most) or Russian only. Dates run back from `today` over as many
 * years as the size needs (about 800 files a year, at least two years).
 */
import type { ContentType } from "../lib/validate/schema.ts";
import type { Lang } from "../lib/shared/lang.ts";

export interface CorpusFile {
  /** Relative to the content folder, e.g. `ky/posts/2026-03-14-suu-42.md`. */
  path: string;
  text: string;
  /** What the build makes of it on `today`: a page (live), a page later (scheduled), never (draft). */
  state: "live" | "scheduled" | "draft";
}

export interface CorpusOptions {
  /** Number of entry files to generate. */
  size: number;
  /** `YYYY-MM-DD`: the build's today; a few entries are scheduled after it. */
  today: string;
  seed?: number;
}

/** Roughly how many files a municipality publishes a year, to spread dates over years. */
export const FILES_PER_YEAR = 800;

/**
 * A small, fast, seeded pseudo-random generator (mulberry32): the same seed, the same numbers.
 * @example const r = seededRandom(1); r() === seededRandom(1)() // true
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pair = readonly [ky: string, ru: string];
type Rand = () => number;

const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const int = (rand: Rand, min: number, max: number): number => min + Math.floor(rand() * (max - min + 1));
const pad = (n: number): string => String(n).padStart(2, "0");
const say = (pair: Pair, lang: Lang): string => (lang === "ky" ? pair[0] : pair[1]);

const VILLAGES: readonly Pair[] = [
  ["Ак-Терек", "Ак-Терек"],
  ["Жаңы-Айыл", "Жаңы-Айыл"],
  ["Кызыл-Булак", "Кызыл-Булак"],
  ["Таш-Көпүрө", "Таш-Көпүрө"],
  ["Кара-Суу", "Кара-Суу"],
];

const TOPICS: readonly { slug: string; title: Pair; heading: Pair }[] = [
  { slug: "suu", title: ["ичүүчү суу", "питьевая вода"], heading: ["Ичүүчү суу", "Питьевая вода"] },
  { slug: "jol", title: ["айыл ичиндеги жолдор", "сельские дороги"], heading: ["Жолдор", "Дороги"] },
  { slug: "mektep", title: ["мектептин чатыры", "крыша школы"], heading: ["Мектеп", "Школа"] },
  { slug: "jaryk", title: ["көчө жарыгы", "уличное освещение"], heading: ["Көчө жарыгы", "Уличное освещение"] },
  { slug: "tashtandy", title: ["таштанды чыгаруу", "вывоз мусора"], heading: ["Таштанды", "Мусор"] },
  { slug: "aryk", title: ["сугат арыктары", "оросительные арыки"], heading: ["Сугат", "Орошение"] },
  { slug: "byudjet", title: ["жергиликтүү бюджет", "местный бюджет"], heading: ["Бюджет", "Бюджет"] },
  { slug: "sport", title: ["спорт аянтчасы", "спортивная площадка"], heading: ["Спорт", "Спорт"] },
  { slug: "kopuro", title: ["Таш-Көпүрөдөгү көпүрө", "мост в Таш-Көпүрө"], heading: ["Көпүрө", "Мост"] },
  { slug: "bala-bakcha", title: ["бала бакча", "детский сад"], heading: ["Бала бакча", "Детский сад"] },
];

const SENTENCES: readonly Pair[] = [
  ["Айыл өкмөтү тургундардын сунуштарын эске алып, иштин планын кайра карап чыкты.", "Айыл окмоту пересмотрел план работ с учётом предложений жителей."],
  ["Иштер жергиликтүү бюджеттин жана тургундардын ашарынын эсебинен аткарылууда.", "Работы ведутся за счёт местного бюджета и ашара жителей."],
  ["Көчө комитеттери ар бир үйгө маалымат жеткирүүгө жардам беришти.", "Уличные комитеты помогли донести информацию до каждого двора."],
  ["Жыйынтыктар айылдык кеңештин кезектеги сессиясында каралат.", "Итоги рассмотрят на очередной сессии айыльного кенеша."],
  ["Тургундар иштин сапатына көз салуу үчүн демилгелүү топ түзүштү.", "Жители создали инициативную группу, чтобы следить за качеством работ."],
  ["Долбоордун сметасы маалымат тактасына жана сайтка илинди.", "Смета проекта размещена на доске объявлений и на сайте."],
  ["Кышка даярдык боюнча бардык мекемелердин жылытуу жайлары текшерилди.", "Котельные всех учреждений проверены в рамках подготовки к зиме."],
  ["Жаштар жана аялдар кеңеши иш-чараны уюштурууга жигердүү катышты.", "Совет молодёжи и женсовет активно участвовали в организации мероприятия."],
  ["Мектептин окуучулары айылды тазалоо ашарына чыгышты.", "Школьники вышли на ашар по уборке села."],
  ["Суу түтүгүнүн эски бөлүгү жаңы полиэтилен түтүккө алмаштырылды.", "Старый участок водопровода заменён новой полиэтиленовой трубой."],
  ["Каражаттын ар бир сому кантип жумшалганы отчетто көрсөтүлгөн.", "В отчёте показано, как израсходован каждый сом."],
  ["Кийинки жумада айыл өкмөтүнүн адистери ар бир айылда кабыл алуу өткөрүшөт.", "На следующей неделе специалисты айыл окмоту проведут приём в каждом селе."],
  ["Жамааттын пикири сурамжылоо жана WhatsApp топтору аркылуу чогултулду.", "Мнение сообщества собрано через опрос и группы WhatsApp."],
  ["Мердигер иштерди келишимде белгиленген мөөнөттө бүтүрүүгө милдеттенди.", "Подрядчик обязался завершить работы в срок, указанный в договоре."],
  ["Айылдык кеңештин депутаттары объектини барып көрүштү.", "Депутаты айыльного кенеша осмотрели объект на месте."],
  ["Тургундардан келген кайрылуулардын көпчүлүгү жолдорго тиешелүү.", "Большинство обращений жителей касается дорог."],
  ["Маалымат тактасына жаңы график илинди, аны мечиттин жанынан да көрүүгө болот.", "На доске объявлений вывешен новый график, он есть и у мечети."],
  ["Бул маселе боюнча кошумча коомдук угуулар өткөрүү сунушталды.", "По этому вопросу предложено провести дополнительные общественные слушания."],
  ["Ишке айыл чарба кооперативи жана жергиликтүү ишкерлер кошулду.", "К работе подключились сельхозкооператив и местные предприниматели."],
  ["Аткарылган иштердин актысы айыл өкмөтүндө ар бир тургун үчүн ачык.", "Акт выполненных работ открыт для каждого жителя в айыл окмоту."],
  ["Кыш мезгилинде грейдер кар тазалоо үчүн кезекчиликте турат.", "Зимой грейдер дежурит для расчистки снега."],
  ["Мугалимдер жана ата-энелер мектептин муктаждыктарын тизмелеп беришти.", "Учителя и родители перечислили нужды школы."],
  ["Калктын үлүшү боюнча көрсөткүч өткөн жылга салыштырмалуу өстү.", "Показатель охвата населения вырос по сравнению с прошлым годом."],
  ["Жергиликтүү демилгелерди колдоо үчүн бюджетте өзүнчө сап каралган.", "В бюджете предусмотрена отдельная строка на поддержку местных инициатив."],
];

/** Sentences with numbers: `{n}` a count, `{sum}` a sum in som, `{d}` a day of the month, `{m}` a month name. */
const NUMBERED: readonly Pair[] = [
  ["Ашарга {n} тургун катышты.", "В ашаре участвовали {n} жителей."],
  ["Иштин наркы {sum} сом, анын ичинен тургундардын салымы — {n} миң сом.", "Стоимость работ {sum} сомов, из них вклад жителей — {n} тысяч сомов."],
  ["Иштер {d}-{m} чейин бүтөт.", "Работы завершат до {d} {m}."],
  ["Айыл өкмөтүнө {n} кайрылуу келип түштү.", "В айыл окмоту поступило {n} обращений."],
  ["Кийинки жыйын {d}-{m} саат 10:00дө болот.", "Следующий сход пройдёт {d} {m} в 10:00."],
];

const MONTHS_OF: Record<Lang, readonly string[]> = {
  ky: ["январга", "февралга", "мартка", "апрелге", "майга", "июнга", "июлга", "августка", "сентябрга", "октябрга", "ноябрга", "декабрга"],
  ru: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
};

const LIST_ITEMS: readonly Pair[] = [
  ["суу түтүгүн оңдоо", "ремонт водопровода"],
  ["көчө жарыгын орнотуу", "установка уличного освещения"],
  ["мектептин чатырын жабуу", "ремонт крыши школы"],
  ["таштанды контейнерлерин коюу", "установка мусорных контейнеров"],
  ["арыктарды тазалоо", "очистка арыков"],
  ["спорт аянтчасын куруу", "строительство спортплощадки"],
  ["бала бакчага кезек", "очередь в детский сад"],
  ["айылдар ортосундагы жолду шагылдоо", "отсыпка дороги между сёлами"],
  ["көпүрөнү калыбына келтирүү", "восстановление моста"],
  ["жаштар борбору", "молодёжный центр"],
];

const PLACES: readonly Pair[] = [
  ["айыл өкмөтүнүн жыйындар залы", "зал заседаний айыл окмоту"],
  ["маданият үйү", "дом культуры"],
  ["мектептин спорт залы", "спортзал школы"],
  ["клуб", "клуб"],
];

const STATUS_WORDS: readonly Pair[] = [
  ["аткарылды", "выполнено"],
  ["аткарылууда", "в работе"],
  ["пландалган", "запланировано"],
];

/** Per type: its share of the non-report files and the title of an entry of it. */
const TYPE_SHARE: readonly [Exclude<ContentType, "reports">, number][] = [
  ["posts", 30],
  ["meetings", 10],
  ["events", 8],
  ["mailings", 8],
  ["materials", 7],
  ["presentations", 5],
  ["initiatives", 7],
  ["acts", 9],
  ["tos", 5],
  ["surveys", 11],
];
const SHARE_TOTAL = TYPE_SHARE.reduce((sum, [, share]) => sum + share, 0);

const TITLE: Record<ContentType, Pair> = {
  posts: ["Жаңылык", "Новость"],
  presentations: ["Презентация", "Презентация"],
  mailings: ["WhatsApp таратуу", "Рассылка WhatsApp"],
  materials: ["Маалымат материалы", "Информационный материал"],
  reports: ["Айыл өкмөтүнүн иши тууралуу отчет", "Отчёт о работе айыл окмоту"],
  meetings: ["Жыйын", "Сход"],
  events: ["Кулактандыруу", "Объявление"],
  initiatives: ["Жергиликтүү демилге", "Местная инициатива"],
  acts: ["Айылдык кеңештин токтому", "Постановление айыльного кенеша"],
  tos: ["ТӨБ долбоору", "Проект ТОС"],
  surveys: ["Сурамжылоо", "Опрос"],
};

const MONTHS: Record<Lang, readonly string[]> = {
  ky: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
  ru: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
};

/** Day arithmetic on `YYYY-MM-DD` strings (UTC calendar, no time zones involved). */
function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Double-quoted YAML scalar (our texts hold no backslashes). */
const q = (s: string): string => `"${s.replace(/"/g, "'")}"`;

interface Plan {
  type: ContentType;
  langs: readonly Lang[];
  date: string;
  publish?: string;
  draft?: boolean;
  period?: string;
  n: number;
}

/**
 * Which languages an entry is written in: both for about a third of the entries (so about
 * half of the files), else Kyrgyz only (four in five) or Russian only.
 */
function langsOf(rand: Rand): readonly Lang[] {
  const r = rand();
  if (r < 1 / 3) return ["ky", "ru"];
  return r < 1 / 3 + (2 / 3) * 0.8 ? ["ky"] : ["ru"];
}

/** Every month from `first` to `last` (`YYYY-MM`), inclusive. */
function monthsFrom(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${pad(m)}`;
    if (month > last) return out;
    out.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

function planEntries({ size, today, seed = 1 }: CorpusOptions): Plan[] {
  const rand = seededRandom(seed);
  const years = Math.max(2, Math.ceil(size / FILES_PER_YEAR));
  const firstYear = Number(today.slice(0, 4)) - years + 1;
  const start = `${firstYear}-01-01`;
  const span = daysBetween(start, today);
  const plans: Plan[] = [];
  let files = 0;

  // One report a month, published on the 25th of the next month (a few a little later);
  // the report on the current month is scheduled. Reports are about 4% of files at most.
  const months = monthsFrom(`${firstYear}-01`, today.slice(0, 7));
  const reportBudget = Math.floor(size * 0.04);
  for (const period of months.slice(-Math.max(1, Math.floor(reportBudget / 1.5)))) {
    const langs = langsOf(rand);
    if (files + langs.length > reportBudget) break;
    const [y, m] = period.split("-").map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
    plans.push({ type: "reports", langs, date: `${next}-${pad(rand() < 0.9 ? 25 : int(rand, 26, 28))}`, period, n: plans.length });
    files += langs.length;
  }

  while (files < size) {
    let r = rand() * SHARE_TOTAL;
    let type: ContentType = "posts";
    for (const [t, share] of TYPE_SHARE) {
      if ((r -= share) < 0) {
        type = t;
        break;
      }
    }
    let langs = langsOf(rand);
    if (files + langs.length > size) langs = ["ky"];
    const date = addDays(start, Math.floor(rand() * (span + 1)));
    const plan: Plan = { type, langs, date, n: plans.length };
    const fate = rand();
    if (fate < 0.015) plan.draft = true;
    else if (fate < 0.04) plan.publish = addDays(today, int(rand, 1, 40)); // scheduled
    if (type === "events" && rand() < 0.2) {
      // An announcement of something coming: the event is ahead, the announcement is public.
      plan.date = addDays(today, int(rand, 1, 60));
      if (!plan.publish) plan.publish = addDays(today, -int(rand, 0, 10));
    }
    plans.push(plan);
    files += langs.length;
  }
  return plans;
}

/**
 * The corpus: `size` entry files (Markdown with front matter) following the content model.
 * Deterministic for a given size, today and seed.
 *
 * @example
 * const files = generateCorpus({ size: 1000, today: "2026-11-25" });
 * files.length // 1000
 * files[0].path // e.g. "ky/reports/2025-03.md"
 */
export function generateCorpus(options: CorpusOptions): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const plan of planEntries(options)) {
    // Each entry has its own stream, so that both languages say the same thing.
    const topic = TOPICS[plan.n % TOPICS.length]!;
    const slug = plan.period ?? `${plan.date}-${topic.slug}-${plan.n}`;
    for (const lang of plan.langs) {
      const rand = seededRandom(((options.seed ?? 1) * 1_000_003 + plan.n * 7919) >>> 0);
      const frontMatter = [...commonKeys(plan, topic, lang, rand), ...typeKeys(plan, lang, rand)];
      const body = renderBody(plan, topic, lang, rand);
      const state = plan.draft ? "draft" : (plan.publish ?? plan.date) > options.today ? "scheduled" : "live";
      files.push({ path: `${lang}/${plan.type}/${slug}.md`, text: `---\n${frontMatter.join("\n")}\n---\n\n${body}`, state });
    }
  }
  return files;
}

function commonKeys(plan: Plan, topic: (typeof TOPICS)[number], lang: Lang, rand: Rand): string[] {
  const village = pick(rand, VILLAGES);
  const title =
    plan.type === "reports"
      ? `${say(TITLE.reports, lang)}: ${plan.period!.slice(0, 4)}, ${MONTHS[lang][Number(plan.period!.slice(5)) - 1]}`
      : `${say(TITLE[plan.type], lang)}: ${say(topic.title, lang)} (${say(village, lang)})`;
  const keys = [`title: ${q(title)}`, `date: ${plan.date}`];
  if (plan.publish) keys.push(`publish: ${plan.publish}`);
  if (plan.draft) keys.push("draft: true");
  if (rand() < 0.85) keys.push(`summary: ${q(`${pick(rand, SENTENCES)[lang === "ky" ? 0 : 1]} ${pick(rand, SENTENCES)[lang === "ky" ? 0 : 1]}`)}`);
  return keys;
}

function typeKeys(plan: Plan, lang: Lang, rand: Rand): string[] {
  const place = `${say(pick(rand, VILLAGES), lang)}, ${say(pick(rand, PLACES), lang)}`;
  const list = (key: string, n: number) => [`${key}:`, ...Array.from({ length: n }, () => `  - ${q(capital(say(pick(rand, LIST_ITEMS), lang)))}`)];
  switch (plan.type) {
    case "posts":
      return rand() < 0.7 ? [`reach: ${int(rand, 200, 6000)}`] : [];
    case "presentations":
      return [`event: ${pick(rand, ["gathering", "hearing"])}`, `attendance: ${int(rand, 20, 400)}`];
    case "mailings":
      return [`recipients: ${int(rand, 300, 6000)}`, `groups: ${int(rand, 1, 8)}`];
    case "materials":
      return [`format: ${pick(rand, ["booklet", "poster", "brochure", "leaflet", "other"])}`, `boards: ${int(rand, 1, 12)}`];
    case "reports":
      return [`period: "${plan.period}"`, `reach: ${int(rand, 500, 6000)}`];
    case "meetings": {
      const attendance = int(rand, 30, 400);
      return [
        `kind: ${pick(rand, ["gathering", "hearing"])}`,
        `attendance: ${attendance}`,
        `women: ${int(rand, 0, attendance)}`,
        `youth: ${int(rand, 0, Math.floor(attendance / 2))}`,
        `place: ${q(place)}`,
        ...list("agenda", int(rand, 2, 4)),
        ...list("decisions", int(rand, 1, 3)),
      ];
    }
    case "events": {
      const status = rand();
      return [
        `kind: ${pick(rand, ["gathering", "hearing", "presentation"])}`,
        `place: ${q(place)}`,
        `time: "${pad(int(rand, 9, 18))}:${pick(rand, ["00", "30"])}"`,
        ...(status < 0.1 ? ["status: postponed"] : status < 0.15 ? ["status: cancelled"] : []),
      ];
    }
    case "initiatives":
      return [`status: ${pick(rand, ["proposed", "supported", "implemented"])}`, `budget: ${int(rand, 5, 120) * 10_000}`];
    case "acts":
      return [`status: ${pick(rand, ["initiated", "adopted"])}`, `number: "${int(rand, 1, 60)}/${int(rand, 1, 12)}"`, `mandate: ${q(capital(say(pick(rand, LIST_ITEMS), lang)))}`];
    case "tos":
      return [`group: ${q(`${say(pick(rand, VILLAGES), lang)} ТОС`)}`, `status: ${pick(rand, ["supported", "implemented"])}`, `budget: ${int(rand, 5, 60) * 10_000}`];
    case "surveys": {
      const kind = pick(rand, ["questionnaire", "collection", "report"] as const);
      if (kind === "questionnaire") return ["kind: questionnaire", `form_url: "https://forms.gle/bench${plan.n}"`];
      if (kind === "collection") return ["kind: collection", `responses: ${int(rand, 20, 900)}`, `appeals: ${int(rand, 0, 80)}`];
      const answers = Array.from({ length: 3 }, () => `      - { label: ${q(capital(say(pick(rand, LIST_ITEMS), lang)))}, count: ${int(rand, 3, 300)} }`);
      return [
        "kind: report",
        `responses: ${int(rand, 50, 900)}`,
        `presented_to: [${rand() < 0.6 ? "council, " : ""}staff, social]`,
        "results:",
        `  - question: ${q(lang === "ky" ? "Эмнени биринчи кезекте оңдоо керек?" : "Что нужно исправить в первую очередь?")}`,
        "    answers:",
        ...answers,
      ];
    }
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sentence(rand: Rand, lang: Lang): string {
  if (rand() >= 0.25) return say(pick(rand, SENTENCES), lang);
  return say(pick(rand, NUMBERED), lang)
    .replace("{n}", String(int(rand, 3, 480)))
    .replace("{sum}", String(int(rand, 10, 2500) * 1000).replace(/\B(?=(\d{3})+$)/g, " "))
    .replace("{d}", String(int(rand, 1, 28)))
    .replace("{m}", pick(rand, MONTHS_OF[lang]));
}

function paragraph(rand: Rand, lang: Lang): string {
  return Array.from({ length: int(rand, 2, 5) }, () => sentence(rand, lang)).join(" ");
}

/** A body of 2 to 6 sections: paragraphs, a bulleted or numbered list, sometimes a table. */
function renderBody(plan: Plan, topic: (typeof TOPICS)[number], lang: Lang, rand: Rand): string {
  const parts: string[] = [];
  const sections = plan.type === "reports" ? int(rand, 4, 7) : int(rand, 1, 4);
  for (let s = 0; s < sections; s++) {
    const heading = s === 0 ? say(topic.heading, lang) : say(pick(rand, TOPICS).heading, lang);
    parts.push(`## ${heading}`, paragraph(rand, lang));
    const extra = rand();
    if (extra < 0.3) {
      const numbered = rand() < 0.5;
      parts.push(
        Array.from({ length: int(rand, 3, 6) }, (_, i) => `${numbered ? `${i + 1}.` : "-"} ${capital(say(pick(rand, LIST_ITEMS), lang))}`).join("\n"),
      );
    } else if (extra < 0.5) {
      const head = lang === "ky" ? "| Иш | Абалы | Сумма, сом |\n|---|---|---:|" : "| Работа | Статус | Сумма, сом |\n|---|---|---:|";
      const rows = Array.from(
        { length: int(rand, 2, 6) },
        () => `| ${capital(say(pick(rand, LIST_ITEMS), lang))} | ${say(pick(rand, STATUS_WORDS), lang)} | ${int(rand, 1, 900) * 1000} |`,
      );
      parts.push([head, ...rows].join("\n"));
    }
    if (rand() < 0.5) parts.push(paragraph(rand, lang));
  }
  return `${parts.join("\n\n")}\n`;
}
