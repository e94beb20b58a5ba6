/**
 * What each front-matter key means, in Kyrgyz and Russian, with an example line staff can copy.
 * The staff guide's field tables are generated from the schemas plus this table; a test fails
 * when a schema key has no entry here, so a new key can't reach staff undocumented.
 */
import type { ContentType } from "../validate/schema.ts";

export interface FieldDoc {
  ky: string;
  ru: string;
  /** The value as written after `key: ` in front matter (YAML), e.g. `2026-11-25` or `"10:00"`. */
  example: string;
}

/** Meanings shared by every type that has the key. */
const COMMON: Record<string, FieldDoc> = {
  title: {
    ky: "Аталышы: сайтта, издөөдө жана WhatsApp билдирүүсүндө көрүнөт.",
    ru: "Заголовок: виден на сайте, в поиске и в сообщении WhatsApp.",
    example: `"Таза суу түтүгү оңдолду"`,
  },
  date: {
    ky: "Жазуу эмне жөнүндө болсо, ошонун күнү (жыйын өткөн, токтом кабыл алынган, отчет жарыяланган күн), ЖЖЖЖ-АА-КК.",
    ru: "Дата того, о чём запись (день схода, принятия акта, публикации отчёта), ГГГГ-ММ-ДД.",
    example: "2026-11-20",
  },
  publish: {
    ky: "Жазуу сайтта жарыялана турган күн, ЖЖЖЖ-АА-КК. Жазылбаса — date күнү. Ага чейин жазуу сайтта көрүнбөйт.",
    ru: "День, когда запись появится на сайте, ГГГГ-ММ-ДД. Если не указан — в день date. До этого дня запись на сайте не видна.",
    example: "2026-11-20",
  },
  summary: {
    ky: "Бир-эки сүйлөм менен кыскача мазмуну: тизмелерде жана WhatsApp билдирүүсүндө көрүнөт.",
    ru: "Кратко, одно-два предложения: видно в списках и в сообщении WhatsApp.",
    example: `"Суу түтүгү оңдолду, жыйын өттү."`,
  },
  attachments: {
    ky: "Тиркемелер (PDF, сүрөт): file — content/files/ папкасындагы файлдын жолу, title — анын аталышы.",
    ru: "Приложения (PDF, фото): file — путь к файлу в папке content/files/, title — его название.",
    example: `[{ file: minutes/2026-11-14-protokol.pdf, title: "Протокол" }]`,
  },
  draft: {
    ky: "true — даярдалып жаткан жазуу: draft: true турганда сайтта жарыяланбайт.",
    ru: "true — черновик: пока стоит draft: true, на сайте не появится.",
    example: "true",
  },
  allow_personal: {
    ky: "Жеке маалыматты текшерүү өткөрүп жибере турган так маани (value) жана эмне үчүн аны жарыялоого болору (reason). Мисалы, кызматтык телефон.",
    ru: "Точное значение (value), которое проверка персональных данных пропустит, и почему его можно публиковать (reason). Например, служебный телефон.",
    example: `[{ value: "0312 62 45 45", reason: "Райондук оорукананын кабыл алуу бөлүмү, номер ачык" }]`,
  },
  event: {
    ky: "Презентация кайсы иш-чарада болду: gathering — элдик жыйын, hearing — коомдук угуу.",
    ru: "На каком мероприятии была презентация: gathering — сход граждан, hearing — общественные слушания.",
    example: "gathering",
  },
  attendance: {
    ky: "Канча адам катышты — сан гана.",
    ru: "Сколько человек присутствовало — только число.",
    example: "85",
  },
  recipients: {
    ky: "Билдирүү канча адамга жөнөтүлдү (топтордун мүчөлөрүнүн саны).",
    ru: "Скольким людям отправлено сообщение (участников в группах).",
    example: "1200",
  },
  groups: {
    ky: "Канча WhatsApp тобуна жөнөтүлдү.",
    ru: "Во сколько групп WhatsApp отправлено сообщение.",
    example: "4",
  },
  format: {
    ky: "Материалдын түрү: booklet — буклет, poster — плакат, brochure — брошюра, leaflet — баракча, other — башка.",
    ru: "Вид материала: booklet — буклет, poster — плакат, brochure — брошюра, leaflet — листовка, other — другое.",
    example: "poster",
  },
  boards: {
    ky: "Канча маалымат тактасына илинди.",
    ru: "На скольких досках объявлений размещено.",
    example: "6",
  },
  period: {
    ky: "Отчет кайсы ай үчүн, ЖЖЖЖ-АА, тырмакчада. Отчет кийинки айдын 25-күнүнөн кечиктирбей жарыяланат.",
    ru: "За какой месяц отчёт, ГГГГ-ММ, в кавычках. Отчёт публикуется не позже 25-го числа следующего месяца.",
    example: `"2026-10"`,
  },
  reach: {
    ky: "Маалымат канча адамга жетти (көрүүлөр, жазылуучулар), сан.",
    ru: "Сколько человек получили информацию (просмотры, подписчики), число.",
    example: "2300",
  },
  place: {
    ky: "Өткөн (же өтө турган) жери.",
    ru: "Место проведения.",
    example: `"Айыл өкмөтүнүн жыйналыш залы"`,
  },
  women: {
    ky: "Катышкандардын ичинен аялдар (attendance санынан көп эмес).",
    ru: "Из участников — женщин (не больше attendance).",
    example: "40",
  },
  youth: {
    ky: "Катышкандардын ичинен жаштар (attendance санынан көп эмес).",
    ru: "Из участников — молодёжи (не больше attendance).",
    example: "15",
  },
  agenda: {
    ky: "Күн тартибинин маселелери, тизме.",
    ru: "Вопросы повестки дня, список.",
    example: `["Таза суу", "Көпүрөнү оңдоо"]`,
  },
  decisions: {
    ky: "Кабыл алынган чечимдер, тизме.",
    ru: "Принятые решения, список.",
    example: `["Суу түтүгүн жазга чейин оңдоо"]`,
  },
  time: {
    ky: "Башталыш убактысы, СС:ММ, тырмакчада.",
    ru: "Время начала, ЧЧ:ММ, в кавычках.",
    example: `"10:00"`,
  },
  budget: {
    ky: "Бюджети, сом менен: бүтүн сан, боштуксуз жана чекитсиз.",
    ru: "Бюджет в сомах: целое число, без пробелов и точек.",
    example: "600000",
  },
  number: {
    ky: "Токтомдун номери.",
    ru: "Номер постановления.",
    example: `"24-3"`,
  },
  mandate: {
    ky: "Шайлоочулардын кайсы наказына жооп берет.",
    ru: "Какой наказ избирателей выполняет.",
    example: `"Көчө жарыгы"`,
  },
  group: {
    ky: "АКӨБдүн (аймактык коомдук өз алдынча башкаруунун) аталышы.",
    ru: "Название ТОС (территориального общественного самоуправления).",
    example: `"«Ынтымак» АКӨБ"`,
  },
  form_url: {
    ky: "Онлайн анкетанын шилтемеси, https:// менен башталат.",
    ru: "Ссылка на онлайн-анкету, начинается с https://.",
    example: `"https://forms.gle/abc123"`,
  },
  responses: {
    ky: "Канча жооп алынды.",
    ru: "Сколько получено ответов.",
    example: "310",
  },
  appeals: {
    ky: "Канча кайрылуу же сунуш түштү.",
    ru: "Сколько поступило обращений или предложений.",
    example: "42",
  },
  presented_to: {
    ky: "Жыйынтыктар кимге тааныштырылды: staff — айыл өкмөтүнүн кызматкерлерине, council — айылдык кеңешке, hearing — коомдук угууда, social — социалдык тармактарда.",
    ru: "Кому представлены результаты: staff — сотрудникам айыл окмоту, council — местному кенешу, hearing — на общественных слушаниях, social — в социальных сетях.",
    example: "[council, social]",
  },
  results: {
    ky: "Суроолор жана ар бир жооптун саны: сайтта диаграмма болуп чыгат.",
    ru: "Вопросы и число каждого ответа: на сайте выводятся диаграммы.",
    example: `[{ question: "Суу жетиштүүбү?", answers: [{ label: "Ооба", count: 120 }, { label: "Жок", count: 190 }] }]`,
  },
};

/** Meanings that differ by type (`kind`, `status`, `reach` of a report…). */
const BY_TYPE: Partial<Record<ContentType, Record<string, FieldDoc>>> = {
  presentations: {
    attendance: { ky: "Презентацияда канча адам болду.", ru: "Сколько человек было на презентации.", example: "120" },
  },
  reports: {
    title: {
      ky: "Аталышы: сайтта, издөөдө жана WhatsApp билдирүүсүндө көрүнөт.",
      ru: "Заголовок: виден на сайте, в поиске и в сообщении WhatsApp.",
      example: `"Айыл өкмөтүнүн октябрь айындагы иши"`,
    },
    date: {
      ky: "Отчет жарыяланган күн, ЖЖЖЖ-АА-КК.",
      ru: "День публикации отчёта, ГГГГ-ММ-ДД.",
      example: "2026-11-20",
    },
    reach: { ky: "Отчет канча адамга жетти (сайт, социалдык тармактар, WhatsApp), сан.", ru: "Скольких людей охватил отчёт (сайт, соцсети, WhatsApp), число.", example: "2300" },
  },
  meetings: {
    date: { ky: "Жыйын же коомдук угуу өткөн күн, ЖЖЖЖ-АА-КК.", ru: "День схода или слушаний, ГГГГ-ММ-ДД.", example: "2026-11-14" },
    kind: {
      ky: "Жыйындын түрү: gathering — элдик жыйын, hearing — коомдук угуу.",
      ru: "Вид: gathering — сход граждан, hearing — общественные слушания.",
      example: "gathering",
    },
    attendance: {
      ky: "Канча адам катышты — сан гана. Тургундардын ысымдарын жазбаңыз («Жеке мүнөздөгү маалымат жөнүндө» мыйзам, № 58).",
      ru: "Сколько человек участвовало — только число. Фамилии жителей не пишите (закон «Об информации персонального характера», № 58).",
      example: "85",
    },
  },
  events: {
    date: {
      ky: "Иш-чара өтө турган күн, ЖЖЖЖ-АА-КК. Алдын ала жарыялоо үчүн publish талаасын да жазыңыз.",
      ru: "День мероприятия, ГГГГ-ММ-ДД. Чтобы объявить заранее, укажите и поле publish.",
      example: "2026-12-10",
    },
    publish: {
      ky: "Жарыя сайтта жарыялана турган күн — иш-чаранын күнүнөн мурун (мисалы, бүгүн). Жазылбаса, жарыя иш-чара күнү гана жарыяланат.",
      ru: "День, когда объявление появится на сайте, — раньше дня мероприятия (например, сегодня). Без него объявление выйдет только в день мероприятия.",
      example: "2026-11-25",
    },
    kind: {
      ky: "Иш-чаранын түрү: gathering — элдик жыйын, hearing — коомдук угуу, presentation — презентация.",
      ru: "Вид: gathering — сход граждан, hearing — общественные слушания, presentation — презентация.",
      example: "hearing",
    },
    status: {
      ky: "planned — пландалган (жазылбаса ушул), postponed — жылдырылды, cancelled — жокко чыгарылды.",
      ru: "planned — запланировано (по умолчанию), postponed — перенесено, cancelled — отменено.",
      example: "postponed",
    },
  },
  initiatives: {
    status: {
      ky: "proposed — сунушталды, supported — колдоого алынды, implemented — ишке ашырылды.",
      ru: "proposed — предложена, supported — поддержана, implemented — реализована.",
      example: "supported",
    },
  },
  acts: {
    date: { ky: "Токтом демилгеленген же кабыл алынган күн, ЖЖЖЖ-АА-КК.", ru: "День внесения или принятия постановления, ГГГГ-ММ-ДД.", example: "2026-03-27" },
    status: {
      ky: "initiated — демилгеленди (долбоор), adopted — кабыл алынды.",
      ru: "initiated — внесён (проект), adopted — принят.",
      example: "adopted",
    },
  },
  tos: {
    status: {
      ky: "supported — колдоого алынды, implemented — ишке ашырылды.",
      ru: "supported — поддержан, implemented — реализован.",
      example: "implemented",
    },
  },
  surveys: {
    kind: {
      ky: "questionnaire — анкета (3.1), collection — маалымат чогултуу (3.2), report — жыйынтыктары боюнча отчет (3.3).",
      ru: "questionnaire — анкетирование (3.1), collection — сбор информации (3.2), report — отчёт о результатах (3.3).",
      example: "questionnaire",
    },
  },
};

/**
 * The meaning of a key in a type, or undefined when nobody has written it yet.
 * @example fieldDoc("meetings", "attendance")?.example // "85"
 */
export function fieldDoc(type: ContentType, key: string): FieldDoc | undefined {
  return BY_TYPE[type]?.[key] ?? (Object.hasOwn(COMMON, key) ? COMMON[key] : undefined);
}

/**
 * Every key this table explains, as `key` (any type) or `type.key`: lets a test find meanings
 * left behind after a key was renamed or dropped from the schemas.
 * @example documentedKeys().includes("meetings.kind") // true
 */
export function documentedKeys(): string[] {
  const byType = Object.entries(BY_TYPE).flatMap(([type, docs]) => Object.keys(docs ?? {}).map((key) => `${type}.${key}`));
  return [...Object.keys(COMMON), ...byType];
}
