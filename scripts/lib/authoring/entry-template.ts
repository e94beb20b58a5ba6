/**
 * Ready-to-fill front matter for each content type. One source for three uses: the files in
 * `content/_templates/`, `npm run new`, and the "add it" links that open GitHub's editor.
 */
import type { ContentType } from "../validate/schema.ts";
import type { Lang, Bilingual } from "../shared/lang.ts";
import { newFileUrl, type Repository } from "../shared/github.ts";

export interface TemplateValues {
  lang: Lang;
  /** The entry's day, `YYYY-MM-DD`. */
  date: string;
  /** Reports: the month reported on, `YYYY-MM`. */
  period?: string;
}

const TITLES: Record<ContentType, Bilingual> = {
  posts: { ky: "Жаңылыктын аталышы", ru: "Заголовок новости" },
  presentations: { ky: "Презентация: жергиликтүү маселелер жана коомчулуктун ролу", ru: "Презентация: вопросы местного значения и роль сообщества" },
  mailings: { ky: "WhatsApp билдирүүсү", ru: "Рассылка в группы WhatsApp" },
  materials: { ky: "Маалымат тактасы үчүн материал", ru: "Информационный материал для досок объявлений" },
  reports: { ky: "Айыл өкмөтүнүн айлык отчету", ru: "Ежемесячный отчёт айыл окмоту" },
  meetings: { ky: "Элдик жыйындын протоколу", ru: "Протокол схода граждан" },
  events: { ky: "Элдик жыйын", ru: "Сход граждан" },
  initiatives: { ky: "Жергиликтүү демилге", ru: "Местная инициатива" },
  acts: { ky: "Жергиликтүү кеңештин токтому", ru: "Постановление местного кенеша" },
  tos: { ky: "АКӨБдүн долбоору", ru: "Проект ТОС" },
  surveys: { ky: "Сурамжылоонун анкетасы", ru: "Анкета опроса" },
};

/** Type-specific lines, with a short comment staff can read in GitHub's editor. */
function extraLines(type: ContentType, values: TemplateValues): string[] {
  const ky = values.lang === "ky";
  const c = (kyText: string, ruText: string) => `  # ${ky ? kyText : ruText}`;
  switch (type) {
    case "posts":
      return [`reach: 0${c("маалымат жеткен адамдардын саны", "сколько человек получили информацию")}`];
    case "presentations":
      return [`event: gathering${c("gathering = элдик жыйын, hearing = коомдук угуу", "gathering = сход, hearing = слушания")}`, "attendance: 0"];
    case "mailings":
      return [`recipients: 0${c("канча адамга жөнөтүлдү", "скольким людям отправлено")}`, "groups: 0"];
    case "materials":
      return [`format: poster${c("booklet, poster, brochure, leaflet же other", "booklet, poster, brochure, leaflet или other")}`, "boards: 0"];
    case "reports":
      return [`period: "${values.period ?? values.date.slice(0, 7)}"${c("кайсы ай үчүн отчет", "за какой месяц отчёт")}`, "reach: 0"];
    case "meetings":
      return [
        `kind: gathering${c("gathering = элдик жыйын, hearing = коомдук угуу", "gathering = сход, hearing = слушания")}`,
        `place: "${ky ? "Айыл өкмөтүнүн имараты" : "Здание айыл окмоту"}"`,
        `attendance: 0${c("катышкандардын саны (ысымдарсыз)", "число участников (без фамилий)")}`,
        "women: 0",
        "youth: 0",
        "agenda:",
        `  - "${ky ? "Күн тартибинин биринчи маселеси" : "Первый вопрос повестки"}"`,
        "decisions:",
        `  - "${ky ? "Биринчи чечим" : "Первое решение"}"`,
      ];
    case "events":
      return [
        // An announcement must be public before the event: `date` is the event day, `publish` today.
        `publish: ${values.date}${c("жарыя сайтта жарыялана турган күн; date — иш-чаранын күнү", "день, когда объявление появится на сайте; date — день мероприятия")}`,
        `kind: gathering${c("gathering, hearing же presentation", "gathering, hearing или presentation")}`,
        `place: "${ky ? "Маданият үйү" : "Дом культуры"}"`,
        `time: "10:00"`,
        "status: planned",
      ];
    case "initiatives":
      return [`status: proposed${c("proposed, supported же implemented", "proposed, supported или implemented")}`, "budget: 0"];
    case "acts":
      return [`status: initiated${c("initiated же adopted", "initiated или adopted")}`, `number: "1-1"`];
    case "tos":
      return [`group: "${ky ? "«Ынтымак» АКӨБ" : "ТОС «Ынтымак»"}"`, `status: supported${c("supported же implemented", "supported или implemented")}`, "budget: 0"];
    case "surveys":
      return [`kind: questionnaire${c("questionnaire, collection же report", "questionnaire, collection или report")}`, `form_url: "https://forms.gle/..."`];
  }
}

/**
 * The text of a new entry file.
 * @example entryTemplate("reports", { lang: "ru", date: "2026-11-25", period: "2026-10" })
 */
export function entryTemplate(type: ContentType, values: TemplateValues): string {
  const ky = values.lang === "ky";
  const lines = [
    "---",
    `title: "${TITLES[type][values.lang]}"`,
    `date: ${values.date}`,
    ...extraLines(type, values),
    `summary: "${ky ? "Бир-эки сүйлөм менен кыскача мазмуну." : "Кратко, в одном-двух предложениях."}"`,
    "---",
    "",
    ky ? "Бул жерге негизги текстти жазыңыз." : "Здесь основной текст.",
    "",
  ];
  return lines.join("\n");
}

/** A file name for a new entry: reports by their period, others by date and type. */
export function entryFileName(type: ContentType, values: TemplateValues): string {
  if (type === "reports") return `${values.period ?? values.date.slice(0, 7)}.md`;
  return `${values.date}-${type.replace(/s$/, "")}.md`;
}

/**
 * GitHub's "new file" editor opened in the right folder, with the file name and the template.
 * @example newEntryUrl({ owner: "achyk-kg", name: "ak-terek", branch: "main" }, "reports", { lang: "ru", date: "2026-11-25", period: "2026-10" })
 */
export function newEntryUrl(repository: Repository, type: ContentType, values: TemplateValues, contentDirName = "content"): string {
  return newFileUrl(repository, `${contentDirName}/${values.lang}/${type}`, entryFileName(type, values), entryTemplate(type, values));
}
