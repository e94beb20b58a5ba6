/**
 * Staff messages of the national contract (`NATIONAL.md`): `site.yaml`'s place and kind, the
 * registry of members, and the files each member publishes. Kyrgyz and Russian, for people who
 * are not programmers: what is wrong, what was expected, what was found, what to do.
 */
import type { Bilingual } from "../shared/lang.ts";

const yamlPair = (key: string, value: Bilingual): string => `${key}: { ky: "${value.ky}", ru: "${value.ru}" }`;

export const placeMessages = {
  regionSplit: (oblast: Bilingual, district: Bilingual | undefined): Bilingual => {
    const lines = [yamlPair("oblast", oblast), ...(district ? [yamlPair("district", district)] : [])].join(" · ");
    return {
      ky: `«region» талаасынын ордуна эми облус менен район өзүнчө жазылат (улуттук көрүнүш ушулар боюнча топтойт). «region» сабын ушулар менен алмаштырыңыз: ${lines}. Азырынча сайт ушундай окуду.`,
      ru: `Вместо поля «region» область и район теперь пишутся отдельно (по ним группирует общенациональный обзор). Замените строку «region» на: ${lines}. Пока сайт прочитал их так.`,
    };
  },
  regionIgnored: (): Bilingual => ({
    ky: "«oblast» талаасы бар болгондуктан, «region» эске алынбайт. «region» сабын өчүрүңүз.",
    ru: "Поле «region» не используется, потому что есть «oblast». Удалите строку «region».",
  }),
  oblastRequired: (): Bilingual => ({
    ky: 'Облус көрсөтүлгөн эмес. Мисалы, ушундай сап кошуңуз: oblast: { ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" } жана район болсо: district: { ky: "Сузак району", ru: "Сузакский район" }.',
    ru: 'Не указана область. Добавьте строку, например: oblast: { ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" } и, если есть район: district: { ky: "Сузак району", ru: "Сузакский район" }.',
  }),
  populationRequired: (): Bilingual => ({
    ky: "Калкынын саны (population) көрсөтүлгөн эмес: пайыздык көрсөткүчтөр ушул сан менен эсептелет. Бүтүн сан менен жазыңыз, мисалы: population: 8450.",
    ru: "Не указана численность населения (population): по ней считаются показатели в процентах. Впишите целое число, например: population: 8450.",
  }),
  notForNational: (key: string): Bilingual => ({
    ky: `Улуттук сайтта (kind: national) «${key}» талаасы колдонулбайт: анын өз калкы, облусу же району жок. Бул сапты өчүрүңүз.`,
    ru: `На общенациональном сайте (kind: national) поле «${key}» не используется: у него нет своего населения, области или района. Удалите эту строку.`,
  }),
  codeFormat: (found: string): Bilingual => ({
    ky: `«code» талаасы: СОАТЕ / ААБОТ коду — 8ден 14кө чейин цифра, мисалы "41707215000000"; «${found}» табылды.`,
    ru: `Поле «code»: код СОАТЕ / ААБОТ — от 8 до 14 цифр, например "41707215000000"; найдено «${found}».`,
  }),
};

export const registryMessages = {
  missing: (): Bilingual => ({
    ky: "Улуттук сайтта (kind: national) мүчөлөрдүн тизмеси content/_data/registry.yaml жок. Аны «members:» тизмеси менен түзүңүз (README, «National view» бөлүмү).",
    ru: "У общенационального сайта (kind: national) нет списка участников content/_data/registry.yaml. Создайте его со списком «members:» (README, раздел «National view»).",
  }),
  notMap: (): Bilingual => ({
    ky: "registry.yaml «members:» менен башталып, андан кийин ар бир мүчө «- id: …» түрүндө жазылышы керек.",
    ru: "registry.yaml должен начинаться с «members:», а затем каждый участник в виде «- id: …».",
  }),
  duplicateId: (id: string, firstLine: number): Bilingual => ({
    ky: `«${id}» id'си тизмеде эки жолу бар (биринчиси ${firstLine}-сапта). Ар бир мүчөнүн id'си өзүнчө болушу керек: бирин өчүрүңүз же оңдоңуз.`,
    ru: `id «${id}» встречается в списке дважды (первый раз в строке ${firstLine}). У каждого участника свой id: удалите или исправьте один.`,
  }),
  duplicateUrl: (url: string, firstLine: number): Bilingual => ({
    ky: `«${url}» дареги тизмеде эки жолу бар (биринчиси ${firstLine}-сапта): бир сайт бир гана жолу катталат.`,
    ru: `Адрес «${url}» встречается в списке дважды (первый раз в строке ${firstLine}): один сайт регистрируется один раз.`,
  }),
  idFormat: (found: string): Bilingual => ({
    ky: `«id» талаасы: СОАТЕ / ААБОТ коду (8–14 цифра, мисалы "41707215000000") же репозиторийдин аты «ээси/аты» түрүндө (мисалы "ak-terek/site") күтүлөт; «${found}» табылды.`,
    ru: `Поле «id»: ожидается код СОАТЕ / ААБОТ (8–14 цифр, например "41707215000000") или репозиторий в виде «владелец/имя» (например "ak-terek/site"); найдено «${found}».`,
  }),
  urlFormat: (found: string): Bilingual => ({
    ky: `«url» талаасы: мүчөнүн сайтынын https:// же http:// менен башталып, / менен бүткөн дареги (мисалы "https://ak-terek.github.io/"), же тесттер үчүн папка күтүлөт; «${found}» табылды.`,
    ru: `Поле «url»: ожидается адрес сайта участника, начинающийся с https:// или http:// и оканчивающийся на / (например "https://ak-terek.github.io/"), или папка для тестов; найдено «${found}».`,
  }),
};

/** Why a member's files were not taken this time; each names the file and what to do. */
export const memberMessages = {
  unreachable: (url: string, reason: string): Bilingual => ({
    ky: `${url} жүктөлгөн жок (${reason}). Сайт иштеп жатканын жана дареги туура экенин текшериңиз.`,
    ru: `${url} не загрузился (${reason}). Проверьте, что сайт работает и адрес верный.`,
  }),
  status: (url: string, status: number): Bilingual => ({
    ky: `${url} ${status} кодун кайтарды. Мүчөнүн сайты жарыяланганын (GitHub Pages) жана Achyk'тин акыркы версиясы менен курулганын текшериңиз.`,
    ru: `${url} ответил кодом ${status}. Проверьте, что сайт участника опубликован (GitHub Pages) и собран свежей версией Achyk.`,
  }),
  timeout: (url: string, seconds: number): Bilingual => ({
    ky: `${url} ${seconds} секундада жүктөлгөн жок: сайт өтө жай жооп берет. Кийинки текшерүүдө кайра аракет кылынат.`,
    ru: `${url} не загрузился за ${seconds} с: сайт отвечает слишком медленно. Попробуем снова при следующей проверке.`,
  }),
  tooLarge: (url: string, limitBytes: number): Bilingual => ({
    ky: `${url} ${Math.round(limitBytes / 1024)} КБдан чоң: мындай файлды Achyk түзбөйт. Мүчөнүн сайтын текшериңиз.`,
    ru: `${url} больше ${Math.round(limitBytes / 1024)} КБ: такой файл Achyk не создаёт. Проверьте сайт участника.`,
  }),
  notJson: (url: string, reason: string): Bilingual => ({
    ky: `${url} JSON эмес (${reason}). Мүчөнүн сайтын Achyk менен кайра куруу керек.`,
    ru: `${url} — не JSON (${reason}). Сайт участника нужно пересобрать с Achyk.`,
  }),
  wrongVersion: (url: string, expected: string, found: string): Bilingual => ({
    ky: `${url}: «${expected}» маалымат версиясы күтүлөт, «${found}» табылды. Мүчө менен улуттук сайттын Achyk версиялары дал келбейт: экөөнү тең жаңыртыңыз.`,
    ru: `${url}: ожидается версия данных «${expected}», найдено «${found}». Версии Achyk у участника и общенационального сайта не совпадают: обновите обе.`,
  }),
  invalid: (url: string, where: string, expected: Bilingual): Bilingual => ({
    ky: `${url}: «${where}» талаасы туура эмес (${expected.ky} күтүлөт). Мүчөнүн сайтын Achyk менен кайра куруу керек.`,
    ru: `${url}: неверное поле «${where}» (ожидается ${expected.ru}). Сайт участника нужно пересобрать с Achyk.`,
  }),
  outsideSite: (url: string, where: string, found: string, base: string): Bilingual => ({
    ky: `${url}: «${where}» дареги (${found}) мүчөнүн сайтында (${base}) эмес. Издөө натыйжасы мүчөнүн өз барагына гана алып барышы керек.`,
    ru: `${url}: адрес «${where}» (${found}) не на сайте участника (${base}). Результат поиска должен вести только на страницу самого участника.`,
  }),
  otherSite: (url: string, expected: string, found: string): Bilingual => ({
    ky: `${url}: реестрде «${expected}» id жазылган, сайт болсо өзүн «${found}» деп атайт. registry.yaml'дагы id'ни же дарегин оңдоңуз.`,
    ru: `${url}: в реестре записан id «${expected}», а сайт называет себя «${found}». Исправьте id или адрес в registry.yaml.`,
  }),
  snapshotBroken: (file: string, detail: string): Bilingual => ({
    ky: `${file} окулган жок (${detail}): бул мүчө «маалымат жок» деп көрсөтүлөт. npm run members кайра иштетиңиз.`,
    ru: `${file} не читается (${detail}): участник показан как «нет данных». Запустите npm run members ещё раз.`,
  }),
};
