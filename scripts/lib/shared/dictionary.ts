/**
 * Every word of the interface, in Kyrgyz and Russian, from one place: words (`t(key, lang)`),
 * names of types, fields, values, rhythms and units, and sentences with slots (`phrase(key,
 * lang, values)`), so that each language orders a sentence its own way. A missing key fails the
 * build instead of showing a raw key. Staff errors are in `validate/messages.ts`.
 */
import type { Lang, Bilingual } from "./lang.ts";
import { formatDay, formatMonth, type DayForm } from "./dates.ts";
import { formatNumber, formatPercent } from "./format.ts";
import type { Rhythm } from "./periods.ts";


export const dictionary = {
  langName: { ky: "Кыргызча", ru: "Русский" },
  siteLangLabel: { ky: "Тил", ru: "Язык" },
  skipToContent: { ky: "Негизги мазмунга өтүү", ru: "Перейти к содержанию" },
  menu: { ky: "Бөлүмдөр", ru: "Разделы" },
  home: { ky: "Башкы бет", ru: "Главная" },
  plan: { ky: "Пландын аткарылышы", ru: "Выполнение плана" },
  about: { ky: "Биз жөнүндө", ru: "О нас" },
  search: { ky: "Издөө", ru: "Поиск" },
  searchPlaceholder: { ky: "Мисалы: суу түтүгү, бюджет", ru: "Например: водопровод, бюджет" },
  searchSubmit: { ky: "Издөө", ru: "Найти" },
  translationMissing: { ky: "Бул барак орус тилинде жок.", ru: "Эта страница не переведена на кыргызский язык." },
  translationMissingLink: { ky: "Орусча бөлүмгө өтүү", ru: "Перейти к разделу на кыргызском" },
  otherLangVersion: { ky: "Орусча окуу", ru: "Читать на кыргызском" },
  latestReport: { ky: "Акыркы айлык отчет", ru: "Последний ежемесячный отчёт" },
  upcomingEvents: { ky: "Алдыдагы иш-чаралар", ru: "Предстоящие мероприятия" },
  noUpcomingEvents: { ky: "Азырынча пландалган иш-чара жок.", ru: "Пока нет запланированных мероприятий." },
  latestNews: { ky: "Акыркы жаңылыктар", ru: "Последние новости" },
  allSections: { ky: "Бардык бөлүмдөр", ru: "Все разделы" },
  readMore: { ky: "Толук окуу", ru: "Читать полностью" },
  allEntries: { ky: "Бардык жаңылыктар", ru: "Все новости" },
  noEntries: { ky: "Азырынча жазуулар жок.", ru: "Пока нет записей." },
  attachments: { ky: "Тиркемелер", ru: "Приложения" },
  scanNote: { ky: "скан (тексти боюнча издөө мүмкүн эмес)", ru: "скан (поиск по тексту недоступен)" },
  servesMeasure: { ky: "Пландын иш-чарасы", ru: "Мероприятие плана" },
  contacts: { ky: "Байланыш", ru: "Контакты" },
  address: { ky: "Дареги", ru: "Адрес" },
  phone: { ky: "Телефон", ru: "Телефон" },
  email: { ky: "Электрондук почта", ru: "Электронная почта" },
  hours: { ky: "Иш убактысы", ru: "Часы работы" },
  population: { ky: "Калкынын саны", ru: "Население" },
  oblast: { ky: "Облус", ru: "Область" },
  district: { ky: "Район", ru: "Район" },
  social: { ky: "Социалдык тармактар", ru: "Социальные сети" },
  whatsappGroups: { ky: "WhatsApp топтору", ru: "Группы WhatsApp" },
  demoNotice: {
    ky: "Бул демо сайт: Ак-Терек айыл аймагы ойдон чыгарылган.",
    ru: "Это демонстрационный сайт: Ак-Терекский айыльный аймак вымышлен.",
  },
  aboutIntro: {
    ky: "Бул сайтта жергиликтүү өз алдынча башкаруу органы жергиликтүү маанидеги маселелер боюнча аткарган иштерин ай сайын жарыялап турат. Бул жергиликтүү коомчулукту маалымдоо жана тартуу боюнча 2025–2028-жылдарга арналган типтүү планга ылайык жүргүзүлөт.",
    ru: "На этом сайте органы местного самоуправления ежемесячно публикуют, что сделано по вопросам местного значения, — по типовому плану информирования и вовлечения местного сообщества на 2025–2028 годы.",
  },
  notFoundTitle: { ky: "Барак табылган жок", ru: "Страница не найдена" },
  notFoundText: {
    ky: "Мындай барак жок же ал башка дарекке көчүрүлгөн. Башкы бетке кайтыңыз же издөөнү колдонуңуз.",
    ru: "Такой страницы нет или её перенесли. Вернитесь на главную или воспользуйтесь поиском.",
  },
  chooseLanguage: { ky: "Тилди тандаңыз", ru: "Выберите язык" },
  // "built with" line: {engine} becomes "Achyk 0.2.0", linked to that release's changelog.
  footerNote: {
    ky: "Сайт {engine} платформасында түзүлгөн: жергиликтүү коомчулукту маалымдоо планы боюнча ачык отчеттор.",
    ru: "Сайт сделан на {engine}: открытые отчёты по плану информирования местного сообщества.",
  },
  openData: { ky: "Ачык маалыматтар", ru: "Открытые данные" },
  published: { ky: "Жарыяланды", ru: "Опубликовано" },
  page404: { ky: "404", ru: "404" },
  historyFirst: { ky: "Сайтка биринчи жолу жарыяланды", ru: "Впервые опубликовано на сайте" },
  historyLast: { ky: "Акыркы өзгөртүү", ru: "Последнее изменение" },
  historyUnknown: { ky: "Өзгөртүүлөрдүн тарыхы белгисиз (git тарыхы жок).", ru: "История изменений неизвестна (нет истории git)." },
  historyLink: { ky: "Өзгөртүүлөрдүн тарыхы", ru: "История изменений" },
  editLink: { ky: "Оңдоо (кызматкерлер үчүн)", ru: "Исправить (для сотрудников)" },
  archive: { ky: "Мурунку жылдар", ru: "Предыдущие годы" },
  nextDeadlines: { ky: "Жакынкы мөөнөттөр жана аткарылбагандар", ru: "Ближайшие сроки и невыполненное" },
  noDeadlines: { ky: "Жакынкы айда мөөнөт жок.", ru: "В ближайший месяц сроков нет." },
  olderGaps: { ky: "Бир жылдан ашык мурун аткарылбай калган мезгилдер (төмөндөгү шкалаларда)", ru: "Невыполненные периоды старше года (см. шкалы ниже)" },
  addIt: { ky: "кошуу", ru: "добавить" },
  addItForm: { ky: "форма менен кошуу", ru: "добавить через форму" },
  addItFile: { ky: "файл катары", ru: "файлом" },
  legend: { ky: "Шарттуу белгилер", ru: "Условные обозначения" },
  goal: { ky: "Максат", ru: "Цель" },
  responsible: { ky: "Жооптуу", ru: "Ответственный" },
  indicator: { ky: "Натыйжалуулук көрсөткүчү", ru: "Индикатор эффективности" },
  year: { ky: "Жыл", ru: "Год" },
  target: { ky: "Максаттуу маани", ru: "Целевое значение" },
  actual: { ky: "Иш жүзүндө", ru: "Факт" },
  periodDetails: { ky: "Мезгилдер боюнча толук маалымат", ru: "Подробно по периодам" },
  due: { ky: "мөөнөтү", ru: "срок" },
  status_done: { ky: "Аткарылды", ru: "Выполнено" },
  status_late: { ky: "Кечигип аткарылды", ru: "Выполнено с опозданием" },
  status_scheduled: { ky: "Пландалган, жарыялана элек", ru: "Запланировано, ещё не опубликовано" },
  status_missing: { ky: "Аткарылган жок", ru: "Не выполнено" },
  status_upcoming: { ky: "Мөөнөтү келе элек", ru: "Срок ещё не наступил" },
  // Reaching residents (issue 6): WhatsApp text, share links, print notice, calendars, feeds.
  breadcrumbs: { ky: "Барактын жайгашкан жери", ru: "Путь к странице" },
  searchSite: { ky: "Сайттан издөө", ru: "Поиск по сайту" },
  shareTitle: { ky: "WhatsApp үчүн даяр билдирүү", ru: "Готовое сообщение для WhatsApp" },
  shareHelp: { ky: "Текстти көчүрүп, WhatsApp топторуна жөнөтүңүз.", ru: "Скопируйте текст и отправьте его в группы WhatsApp." },
  shareTextLabel: { ky: "Билдирүүнүн тексти", ru: "Текст сообщения" },
  copyText: { ky: "Текстти көчүрүү", ru: "Скопировать текст" },
  copied: { ky: "Текст көчүрүлдү.", ru: "Текст скопирован." },
  copyFailed: { ky: "Көчүрүлгөн жок: текстти белгилеп, өзүңүз көчүрүңүз.", ru: "Не удалось скопировать: выделите текст и скопируйте вручную." },
  shareLinks: { ky: "Бөлүшүү", ru: "Поделиться" },
  shareWhatsapp: { ky: "WhatsApp аркылуу жөнөтүү", ru: "Отправить в WhatsApp" },
  shareTelegram: { ky: "Telegram аркылуу жөнөтүү", ru: "Отправить в Telegram" },
  shareFacebook: { ky: "Facebook'та бөлүшүү", ru: "Поделиться в Facebook" },
  qrLabel: { ky: "QR-код: ушул барактын дареги", ru: "QR-код: адрес этой страницы" },
  qrHint: { ky: "Толук маалыматты окуу үчүн QR-кодду телефондун камерасы менен сканерлеңиз:", ru: "Чтобы прочитать полностью, наведите камеру телефона на QR-код:" },
  addToCalendar: { ky: "Календарга кошуу (.ics)", ru: "Добавить в календарь (.ics)" },
  eventsCalendar: { ky: "Бардык иш-чараларды телефонуңуздун календарына кошуу (.ics)", ru: "Добавить все мероприятия в календарь телефона (.ics)" },
  eventNotice_postponed: { ky: "Иш-чара башка күнгө жылдырылды.", ru: "Мероприятие перенесено." },
  eventNotice_cancelled: { ky: "Иш-чара жокко чыгарылды.", ru: "Мероприятие отменено." },
  feedLink: { ky: "Жаңы жазуулар тасмасы (Atom)", ru: "Лента новых записей (Atom)" },
  formQrLabel: { ky: "QR-код: онлайн анкета", ru: "QR-код: онлайн-анкета" },
  formQrHint: { ky: "Анкетаны телефондон толтуруу үчүн:", ru: "Чтобы заполнить анкету с телефона:" },
  fillForm: { ky: "Анкетаны онлайн толтуруу", ru: "Заполнить анкету онлайн" },
  surveyResults: { ky: "Сурамжылоонун жыйынтыктары", ru: "Результаты опроса" },
  ogImageAlt: { ky: "Жергиликтүү өз алдынча башкаруу органынын сайты", ru: "Сайт органа местного самоуправления" },
  targetNotSet: { ky: "белгиленген эмес", ru: "не задано" },
  // The WhatsApp message of a report, event or mailing (model/whatsapp.ts).
  shareWhen: { ky: "Качан", ru: "Когда" },
  shareWhere: { ky: "Кайда", ru: "Где" },
  shareDate: { ky: "Күнү", ru: "Дата" },
  sharePeriod: { ky: "Отчеттук ай", ru: "Отчётный месяц" },
  shareMore: { ky: "Толугураак:", ru: "Подробнее:" },
  shareNotice_postponed: {
    ky: "Иш-чара башка күнгө жылдырылды. Кененирээк маалымат төмөнкү шилтемеде.",
    ru: "Мероприятие перенесено. Подробности — по ссылке ниже.",
  },
  // Survey results drawn as tables (model/survey-chart.ts).
  chartAnswer: { ky: "Жооп", ru: "Ответ" },
  chartCount: { ky: "Саны", ru: "Количество" },
  chartShare: { ky: "Үлүшү", ru: "Доля" },
  chartTotal: { ky: "Бардыгы", ru: "Всего" },
  feedSubtitle: {
    ky: "Айлык отчеттор, жаңылыктар, иш-чаралар жана документтер, кыргызча.",
    ru: "Ежемесячные отчёты, новости, мероприятия и документы, на русском языке.",
  },
} satisfies Record<string, Bilingual>;

export type DictionaryKey = keyof typeof dictionary;

/** Names of content types, plural (sections) and singular (badges). */
export const typeNames = {
  posts: { ky: "Жаңылыктар", ru: "Новости", one: { ky: "Жаңылык", ru: "Новость" } },
  reports: { ky: "Айлык отчеттор", ru: "Ежемесячные отчёты", one: { ky: "Айлык отчет", ru: "Ежемесячный отчёт" } },
  presentations: { ky: "Презентациялар", ru: "Презентации", one: { ky: "Презентация", ru: "Презентация" } },
  mailings: { ky: "WhatsApp билдирүүлөрү", ru: "Рассылки WhatsApp", one: { ky: "WhatsApp билдирүүсү", ru: "Рассылка WhatsApp" } },
  materials: { ky: "Маалымат материалдары", ru: "Информационные материалы", one: { ky: "Маалымат материалы", ru: "Информационный материал" } },
  meetings: { ky: "Жыйындардын жана коомдук угуулардын протоколдору", ru: "Протоколы сходов и слушаний", one: { ky: "Протокол", ru: "Протокол" } },
  events: { ky: "Иш-чаралар", ru: "Мероприятия", one: { ky: "Иш-чара", ru: "Мероприятие" } },
  initiatives: { ky: "Жергиликтүү демилгелер", ru: "Местные инициативы", one: { ky: "Демилге", ru: "Инициатива" } },
  acts: { ky: "Жергиликтүү кеңештин токтомдору", ru: "Постановления местного кенеша", one: { ky: "Токтом", ru: "Постановление" } },
  tos: { ky: "АКӨБ долбоорлору", ru: "Проекты ТОС", one: { ky: "АКӨБ долбоору", ru: "Проект ТОС" } },
  surveys: { ky: "Сурамжылоолор", ru: "Опросы", one: { ky: "Сурамжылоо", ru: "Опрос" } },
} as const;

/** Labels of front-matter fields shown on entry pages. */
export const fieldNames: Record<string, Bilingual> = {
  date: { ky: "Күнү", ru: "Дата" },
  period: { ky: "Отчеттук ай", ru: "Отчётный месяц" },
  place: { ky: "Өткөн жери", ru: "Место" },
  time: { ky: "Убактысы", ru: "Время" },
  attendance: { ky: "Катышкандар", ru: "Участников" },
  women: { ky: "Анын ичинде аялдар", ru: "Из них женщин" },
  youth: { ky: "Анын ичинде жаштар", ru: "Из них молодёжи" },
  agenda: { ky: "Күн тартиби", ru: "Повестка дня" },
  decisions: { ky: "Кабыл алынган чечимдер", ru: "Принятые решения" },
  reach: { ky: "Маалымат жеткен адамдар", ru: "Охват, человек" },
  recipients: { ky: "Алуучулар", ru: "Получателей" },
  groups: { ky: "WhatsApp топтору", ru: "Групп WhatsApp" },
  format: { ky: "Түрү", ru: "Формат" },
  boards: { ky: "Маалымат такталары", ru: "Досок объявлений" },
  status: { ky: "Абалы", ru: "Статус" },
  budget: { ky: "Бюджети, сом", ru: "Бюджет, сом" },
  number: { ky: "Номери", ru: "Номер" },
  mandate: { ky: "Шайлоочулардын наказы", ru: "Наказ избирателей" },
  group: { ky: "АКӨБ", ru: "ТОС" },
  event: { ky: "Кайсы иш-чарада", ru: "Где представлена" },
  kind: { ky: "Түрү", ru: "Вид" },
  responses: { ky: "Толтурулган анкеталар", ru: "Заполненных анкет" },
  appeals: { ky: "Кайрылуулар", ru: "Обращений граждан" },
  presented_to: { ky: "Кимге тааныштырылды", ru: "Кому представлен" },
  form_url: { ky: "Онлайн анкета", ru: "Онлайн-анкета" },
};

/**
 * Field labels that depend on the type: a meeting's place is where it took place, an event's
 * may still be ahead, so its label must not be in the past tense (review K-03).
 */
export const fieldNamesByType: Record<string, Record<string, Bilingual>> = {
  events: {
    place: { ky: "Жери", ru: "Место" },
  },
};

/** Labels of enumerated values. */
export const valueNames: Record<string, Bilingual> = {
  gathering: { ky: "Элдик жыйын", ru: "Сход граждан" },
  hearing: { ky: "Коомдук угуу", ru: "Общественные слушания" },
  presentation: { ky: "Презентация", ru: "Презентация" },
  planned: { ky: "Пландалган", ru: "Запланировано" },
  postponed: { ky: "Жылдырылды", ru: "Перенесено" },
  cancelled: { ky: "Жокко чыгарылды", ru: "Отменено" },
  proposed: { ky: "Сунушталды", ru: "Предложена" },
  supported: { ky: "Колдоого алынды", ru: "Поддержана" },
  implemented: { ky: "Ишке ашырылды", ru: "Реализована" },
  initiated: { ky: "Демилгеленди", ru: "Инициирован" },
  adopted: { ky: "Кабыл алынды", ru: "Принят" },
  booklet: { ky: "Буклет", ru: "Буклет" },
  poster: { ky: "Плакат", ru: "Плакат" },
  brochure: { ky: "Брошюра", ru: "Брошюра" },
  leaflet: { ky: "Баракча", ru: "Листовка" },
  other: { ky: "Башка", ru: "Другое" },
  questionnaire: { ky: "Анкета", ru: "Анкета" },
  collection: { ky: "Маалымат чогултуу", ru: "Сбор информации" },
  report: { ky: "Сурамжылоонун отчету", ru: "Отчёт по опросу" },
  staff: { ky: "Кызматкерлер", ru: "Сотрудники" },
  council: { ky: "Жергиликтүү кеңеш", ru: "Местный кенеш" },
  social: { ky: "Социалдык тармактар", ru: "Социальные сети" },
};

/** How often a plan measure is due, as the progress page says it. */
export const rhythmNames: Record<Rhythm, Bilingual> = {
  monthly: { ky: "ай сайын", ru: "ежемесячно" },
  "monthly-25": { ky: "ай сайын, кийинки айдын 25-күнүнө чейин", ru: "ежемесячно, до 25 числа следующего месяца" },
  "two-windows": { ky: "жылына эки жолу: январь–февраль жана июль–август", ru: "дважды в год: январь–февраль и июль–август" },
  quarterly: { ky: "чейрек сайын", ru: "ежеквартально" },
  "half-yearly": { ky: "жарым жылда бир жолу", ru: "раз в полугодие" },
  yearly: { ky: "жылына бир жолу", ru: "раз в год" },
};

/** Units of a plan indicator (`plan.yaml` `indicator.unit`), as the indicator table's caption says them. */
export const unitNames: Record<string, Bilingual> = {
  "%": { ky: "калктын %ы", ru: "% населения" },
  count: { ky: "саны", ru: "количество" },
  people: { ky: "адам", ru: "человек" },
};

/** Russian words agree with the type's noun: a ТОС project is "поддержан", an initiative "поддержана". */
export const valueNamesByType: Record<string, Record<string, Bilingual>> = {
  tos: {
    supported: { ky: "Колдоого алынды", ru: "Поддержан" },
    implemented: { ky: "Ишке ашырылды", ru: "Реализован" },
  },
};

/**
 * Words of a national site (`kind: national`): its plan page over every member, its home block
 * and its search filters. `{name}` placeholders are filled by national/plan-view.ts.
 */
export const nationalText = {
  planTitle: { ky: "Планды аткаруу: бардык муниципалитеттер", ru: "Выполнение плана: все муниципалитеты" },
  membersLead: {
    ky: "Катталган муниципалитеттер: {n}. Маалыматы жаңы: {ok}, эскирген: {stale}, маалыматы жок: {unavailable}.",
    ru: "Зарегистрировано муниципалитетов: {n}. Данные свежие: {ok}, устарели: {stale}, нет данных: {unavailable}.",
  },
  fromMembers: {
    ky: "Ар бир муниципалитеттин өз сайтындагы ачык маалыматтардан (progress.json) эсептелди.",
    ru: "Посчитано по открытым данным на сайте каждого муниципалитета (progress.json).",
  },
  byMeasure: { ky: "Иш-чаралар боюнча", ru: "По мероприятиям" },
  byMeasureIntro: {
    ky: "Ар бир иш-чаранын мөөнөтү келген акыркы мезгили үчүн канча муниципалитет өз убагында аткарды, кечикти же аткарган жок; акыркы тилкеде — пландын башынан бери бардык мезгилдер.",
    ru: "Сколько муниципалитетов выполнили вовремя, с опозданием или не выполнили последний наступивший срок каждого мероприятия; в последнем столбце — все периоды с начала плана.",
  },
  measure: { ky: "Иш-чара", ru: "Мероприятие" },
  latestPeriod: { ky: "Мөөнөтү келген акыркы мезгил", ru: "Последний наступивший срок" },
  notYetDue: { ky: "мөөнөтү келе элек", ru: "срок ещё не наступил" },
  colDone: { ky: "Өз убагында", ru: "Вовремя" },
  colLate: { ky: "Кечигип", ru: "С опозданием" },
  colMissing: { ky: "Аткарылган жок", ru: "Не выполнено" },
  colPending: { ky: "Азырынча жарыялана элек", ru: "Ещё не опубликовано" },
  colNoData: { ky: "Маалымат жок", ru: "Нет данных" },
  colSoFar: { ky: "Пландын башынан бери өз убагында", ru: "С начала плана вовремя" },
  onTimeTitle: { ky: "Айлык отчет өз убагында: ай сайын", ru: "Ежемесячный отчёт вовремя: по месяцам" },
  onTimeIntro: {
    ky: "Маалыматы бар муниципалитеттердин канча пайызы ошол айдын отчетун мөөнөтүндө (кийинки айдын 25-күнүнө чейин) жарыялады.",
    ru: "Какая доля муниципалитетов с данными опубликовала отчёт за месяц в срок (до 25-го числа следующего месяца).",
  },
  onTimeTable: { ky: "Айлар боюнча сандар", ru: "Числа по месяцам" },
  month: { ky: "Ай", ru: "Месяц" },
  withData: { ky: "Маалыматы бар", ru: "С данными" },
  share: { ky: "Үлүшү", ru: "Доля" },
  byPlace: { ky: "Облустар жана райондор боюнча", ru: "По областям и районам" },
  byPlaceIntro: {
    ky: "Уячада: иш-чаранын мөөнөтү келген акыркы мезгилин өз убагында аткаргандар / бардык муниципалитеттер.",
    ru: "В ячейке: выполнившие последний наступивший срок мероприятия вовремя / все муниципалитеты.",
  },
  place: { ky: "Облус, район", ru: "Область, район" },
  noDistrict: { ky: "райондорго кирбеген", ru: "вне районов" },
  membersTitle: { ky: "Муниципалитеттер", ru: "Муниципалитеты" },
  membersIntro: {
    ky: "Ар бир иш-чаранын мөөнөтү келген акыркы мезгили, ар бир муниципалитет боюнча. Аталышы муниципалитеттин өз сайтындагы план барагына алып барат.",
    ru: "Последний наступивший срок каждого мероприятия у каждого муниципалитета. Название ведёт на страницу плана самого муниципалитета.",
  },
  member: { ky: "Муниципалитет", ru: "Муниципалитет" },
  stale: { ky: "Маалымат эскирген (акыркы жолу: {date}).", ru: "Данные устарели (последние: {date})." },
  unavailable: { ky: "Маалымат жок.", ru: "Нет данных." },
  failingSince: { ky: "Сайттан туура маалымат алынбай жатат (биринчи жолу: {date}).", ru: "Сайт не отвечает или отдаёт неверные данные (впервые: {date})." },
  noDataCell: { ky: "маалымат жок", ru: "нет данных" },
  homeLead: {
    ky: "{n} муниципалитеттин жергиликтүү коомчулукту маалымдоо жана тартуу планын аткаруусу, алардын өз сайттарындагы ачык маалыматтар боюнча.",
    ru: "Выполнение плана информирования и вовлечения местного сообщества {n} муниципалитетами — по открытым данным их собственных сайтов.",
  },
  homeOnTime: {
    ky: "{month} үчүн айлык отчетту өз убагында жарыялагандар: {on} / {of}.",
    ru: "Отчёт за {month} опубликовали вовремя: {on} из {of}.",
  },
  homePlanLink: { ky: "Бардык муниципалитеттердин планды аткаруусу", ru: "Выполнение плана всеми муниципалитетами" },
  homeSearchLink: { ky: "Бардык муниципалитеттердин жарыяларынан издөө", ru: "Поиск по публикациям всех муниципалитетов" },
  filterOblast: { ky: "Облус", ru: "Область" },
  filterDistrict: { ky: "Район", ru: "Район" },
  filterMember: { ky: "Муниципалитет", ru: "Муниципалитет" },
} as const satisfies Record<string, Bilingual>;

const RU_PLURAL = new Intl.PluralRules("ru");
const RU_ENTRIES: Record<string, string> = { one: "запись", few: "записи", many: "записей", other: "записи" };

/**
 * "3 записи" / "3 жазуу": Russian nouns change with the number, Kyrgyz ones do not.
 * @example countEntries(5, "ru") // "5 записей"
 */
export function countEntries(count: number, lang: Lang): string {
  return lang === "ky" ? `${count} жазуу` : `${count} ${RU_ENTRIES[RU_PLURAL.select(count)]}`;
}

/**
 * @example t("search", "ky") // "Издөө"
 */
export function t(key: string, lang: Lang): string {
  const pair = (dictionary as Record<string, Bilingual>)[key] ?? fieldNames[key] ?? valueNames[key];
  if (!pair) throw new Error(`dictionary has no key "${key}"`);
  return pair[lang];
}

/**
 * Sentences with slots. Each language puts a slot where its grammar wants it and names the form
 * it takes: `{n}` a number, grouped ("1 250") — pass years and ids as text; `{x}` text as it is;
 * `{share:pct}` a percentage ("87 %"); `{day:day}` a day as a label ("2026-жылдын 25-ноябры"),
 * `{day:loc}` when something happens ("2026-жылдын 1-декабрында" / "1 декабря 2026 г."),
 * `{day:dat}` as of or by ("2026-жылдын 25-ноябрына"); `{month:month}` a month
 * ("2026-жылдын октябры" / "октябрь 2026").
 */
export const phrases = {
  // Progress page (progress/plan-view.ts).
  planSummary: {
    ky: "Мөөнөтү келген же мөөнөтүнөн мурда аткарылган мезгилдер: {settled}. Алардан өз убагында аткарылганы — {done}, кечигип аткарылганы — {late}, аткарылбаганы — {missing}.",
    ru: "Из {settled} периодов, срок которых наступил или работа по которым уже сделана: {done} выполнено вовремя, {late} — с опозданием, {missing} — не выполнено.",
  },
  periodQuarter: { ky: "{year}-жылдын {n}-чейреги", ru: "{n}-й квартал {year}" },
  periodHalf1: { ky: "{year}-жылдын биринчи жарымы", ru: "1-е полугодие {year}" },
  periodHalf2: { ky: "{year}-жылдын экинчи жарымы", ru: "2-е полугодие {year}" },
  periodWindow: { ky: "{year}-жыл, {months}", ru: "{months} {year}" },
  periodYear: { ky: "{year}-жыл", ru: "{year} год" },
  cellHalf1: { ky: "1-жарым", ru: "1-е пол." },
  cellHalf2: { ky: "2-жарым", ru: "2-е пол." },
  cellWindow1: { ky: "янв–фев", ru: "янв–фев" },
  cellWindow2: { ky: "июл–авг", ru: "июл–авг" },
  noteFirstCommit: {
    ky: "Материал сайтка {day:loc} гана кошулган (мөөнөтү — {due:day}).",
    ru: "Материал добавлен на сайт только {day:loc} (срок — {due:day}).",
  },
  noteLate: { ky: "Жарыяланган күнү: {day:day}.", ru: "Опубликовано {day:loc}." },
  noteScheduled: { ky: "{day:loc} жарыяланат.", ru: "Выйдет {day:loc}." },
  deadlineItem: { ky: "{id}. {what} — {period}: мөөнөтү {due:day}", ru: "{id}. {what} — {period}: срок {due:day}" },
  // Page lines where a number or a date sits inside the sentence.
  planTitle: { ky: "{years}-жылдарга арналган пландын аткарылышы", ru: "Выполнение плана на {years} годы" },
  planAsOf: { ky: "{day:dat} карата абал.", ru: "По состоянию на {day:dat}." },
  kyrgyzCoverage: { ky: "Жазуулардын {share:pct}ынын кыргызча варианты бар.", ru: "У {share:pct} записей есть кыргызская версия." },
  historyImported: { ky: "{day:loc} эски сайттан көчүрүлдү.", ru: "Перенесено со старого сайта {day:loc}." },
  // Feeds and calendars (reach/).
  feedTitle: { ky: "{site}: сайттагы жаңы жазуулар", ru: "{site}: новое на сайте" },
  calendarName: { ky: "{site}: иш-чаралар", ru: "{site}: мероприятия" },
  // WhatsApp message (model/whatsapp.ts): "саат 10:00" after a day in Kyrgyz.
  shareTime: { ky: "саат {time}", ru: "{time}" },
  // Survey results (model/survey-chart.ts).
  chartCaption: { ky: "Жооптордун бөлүштүрүлүшү, бардыгы: {total}", ru: "Распределение ответов, всего: {total}" },
} as const satisfies Record<string, Bilingual>;

export type PhraseKey = keyof typeof phrases;

const SLOT = /\{(\w+)(?::(\w+))?\}/g;
const DAY_FORMS: Readonly<Record<string, DayForm>> = { day: "label", loc: "locative", dat: "dative" };

/**
 * A sentence of {@link phrases} with its slots filled. Throws on a slot without a value or
 * with a form it does not know, so a sentence never reaches a page half-written.
 * @example phrase("noteScheduled", "ru", { day: "2026-12-01" }) // "Выйдет 1 декабря 2026."
 * @example phrase("periodQuarter", "ky", { year: "2026", n: 4 }) // "2026-жылдын 4-чейреги"
 */
export function phrase(key: PhraseKey, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  const pair = phrases[key] as Bilingual | undefined;
  if (!pair) throw new Error(`dictionary has no phrase "${key}"`);
  const filled = pair[lang].replace(SLOT, (_whole, name: string, form: string | undefined) => {
    const value = values[name];
    if (value === undefined) throw new Error(`phrase "${key}" needs a value for {${name}}`);
    if (form === undefined) return typeof value === "number" ? formatNumber(value) : value;
    if (form === "pct") return formatPercent(Number(value), 1, { trim: true });
    if (form === "month") return formatMonth(String(value), lang);
    const dayForm = DAY_FORMS[form];
    if (!dayForm) throw new Error(`phrase "${key}": unknown slot form "${form}" in {${name}:${form}}`);
    return formatDay(String(value), lang, dayForm);
  });
  // A date ending a Russian sentence ends in "г.": that dot is the full stop too.
  return filled.replace(/ г\.\./g, " г.");
}

/**
 * Every word of the search page. `{n}` and `{q}` are filled in by the page's script.
 * Russian avoids number agreement ("Найдено: 5") so one string serves every count.
 */
export const searchText = {
  title: { ky: "Издөө", ru: "Поиск" },
  queryLabel: { ky: "Эмнени издейсиз?", ru: "Что вы ищете?" },
  submit: { ky: "Издөө", ru: "Найти" },
  filtersLegend: { ky: "Издөөнү тактоо", ru: "Уточнить поиск" },
  filterType: { ky: "Бөлүм", ru: "Раздел" },
  filterYear: { ky: "Жыл", ru: "Год" },
  filterMeasure: { ky: "Пландын иш-чарасы", ru: "Мероприятие плана" },
  filterAny: { ky: "Баары", ru: "Все" },
  noScript: {
    ky: "Издөө JavaScript менен иштейт, ал бул браузерде өчүрүлгөн. Керектүү бөлүмдү ачыңыз:",
    ru: "Поиск работает с JavaScript, а в этом браузере он выключен. Откройте нужный раздел:",
  },
  prompt: { ky: "Издөө үчүн сөз жазыңыз же бөлүм тандаңыз.", ru: "Введите слово для поиска или выберите раздел." },
  loading: { ky: "Издеп жатабыз…", ru: "Ищем…" },
  found: { ky: "Табылды: {n}", ru: "Найдено: {n}" },
  foundFor: { ky: "«{q}» боюнча табылды: {n}", ru: "По запросу «{q}» найдено: {n}" },
  nothing: {
    ky: "«{q}» боюнча эч нерсе табылган жок. Башка сөз менен же сөздүн башы менен издеп көрүңүз.",
    ru: "По запросу «{q}» ничего не найдено. Попробуйте другое слово или начало слова.",
  },
  nothingFiltered: {
    ky: "Тандалган шарттар боюнча эч нерсе табылган жок. Тактоолорду алып салып көрүңүз.",
    ru: "С выбранными условиями ничего не найдено. Попробуйте убрать уточнения.",
  },
  more: { ky: "Дагы көрсөтүү", ru: "Показать ещё" },
  inAttachment: { ky: "Тиркемеде табылды", ru: "Найдено в приложении" },
  failed: {
    ky: "Издөө жүктөлгөн жок. Интернетти текшерип, баракты жаңылаңыз.",
    ru: "Поиск не загрузился. Проверьте интернет и обновите страницу.",
  },
} as const satisfies Record<string, Bilingual>;

export type SearchTextKey = keyof typeof searchText;

/**
 * The search page's words in one language, for the page's script.
 * @example searchTextFor("ru").submit // "Найти"
 */
export function searchTextFor(lang: Lang): Record<SearchTextKey, string> {
  return Object.fromEntries(Object.entries(searchText).map(([key, pair]) => [key, pair[lang]])) as Record<SearchTextKey, string>;
}
