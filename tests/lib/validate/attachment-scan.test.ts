import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanAttachments } from "../../../scripts/lib/validate/attachment-scan.ts";
import { hasText } from "../../../scripts/lib/validate/attachment-text.ts";
import { xmlText } from "../../../scripts/lib/validate/xml-text.ts";
import { makeDocx, makeOdf, makePdf, makePptx, makeXlsx, makeZip } from "../../helpers/files.ts";

const PIN = "21205199100123";
const PHONE = "0555 12 34 56";
const OFFICE = "+996 3722 5 12 34";
const cp1251 = (s: string) => {
  const decoder = new TextDecoder("windows-1251");
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...s].map((c) => table.get(c) ?? 0x3f));
};

const files: Record<string, Uint8Array | string> = {
  "lists/protokol.pdf": makePdf(["Protokol of the gathering, nothing private here at all.", `PIN ${PIN} / Phone ${PHONE} / passport ID1234567`]),
  "lists/clean.pdf": makePdf(["Protokol of the gathering, nothing private here at all."]),
  "lists/scan.pdf": makePdf([""]),
  "lists/broken.pdf": "%PDF-1.4\ntruncated\n",
  "lists/spisok.csv": `ФИО;ПИН;Телефон\nАсанов;${PIN};${PHONE}\n`,
  "lists/spisok-1251.csv": cp1251(`ФИО;Паспорт\nАсанова;АН 7654321\n`),
  "lists/note.txt": `Байланыш: ${OFFICE}\n\nАсан: 0700.12.34.56га чалыңыз\n`,
  "lists/doc.docx": makeDocx(["Жыйындын протоколу", `Катышуучу: ${PHONE}`]),
  "lists/table.xlsx": makeXlsx([["ФИО", "ПИН"], ["Асанов", Number(PIN)]]),
  "lists/slides.pptx": makePptx(["Отчет", `Тел. ${PHONE}`]),
  "lists/doc.odt": makeOdf("text", [`ПИН ${PIN}тү`]),
  "lists/sheet.ods": makeOdf("spreadsheet", ["AN1234567"]),
  "lists/show.odp": makeOdf("presentation", ["Слайд", "0777 123 456"]),
  "lists/archive.zip": makeZip({
    "readme.txt": "Тизме",
    "inner/list.csv": `Асанов;${PIN}\n`,
    "run.exe": "MZ",
    ".hidden.txt": "x",
    "nested.zip": makeZip({ "a.txt": "x" }),
    "doc.docx": makeDocx([`Тел. ${PHONE}`]),
  }),
  "lists/link.zip": makeZip({ "passwd": "/etc/passwd" }, { passwd: { symlink: true } }),
  "lists/locked.zip": makeZip({ "a.txt": PIN }, { "a.txt": { encrypted: true } }),
  [`lists/${PIN}.pdf`]: makePdf(["Nothing private inside this document text layer."]),
  "lists/allowed.csv": `Асанов;${PIN}\n`,
  "photos/a.jpg": new Uint8Array([0xff, 0xd8, 0xff]),
};

let dir: string;
let scan: Awaited<ReturnType<typeof scanAttachments>>;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "achyk-scan-"));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  scan = await scanAttachments(dir, Object.keys(files), (file) => (file === "lists/allowed.csv" ? [OFFICE, PIN] : [OFFICE]));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const of = (file: string) => scan.problems.filter((p) => p.file === `files/${file}`);

describe("attachments go through the same privacy guard as Markdown", () => {
  const cases = [
    { file: "lists/protokol.pdf", found: [[1, "pin", "на странице 2"], [1, "phone", "на странице 2"], [1, "passport", "на странице 2"]] },
    { file: "lists/spisok.csv", found: [[2, "pin", PIN], [2, "phone", PHONE]] },
    { file: "lists/spisok-1251.csv", found: [[2, "passport", "АН 7654321"]] },
    { file: "lists/note.txt", found: [[3, "phone", "0700.12.34.56"]] },
    { file: "lists/doc.docx", found: [[1, "phone", PHONE]] },
    { file: "lists/table.xlsx", found: [[1, "pin", PIN]] },
    { file: "lists/slides.pptx", found: [[1, "phone", PHONE]] },
    { file: "lists/doc.odt", found: [[1, "pin", PIN]] },
    { file: "lists/sheet.ods", found: [[1, "passport", "AN1234567"]] },
    { file: "lists/show.odp", found: [[1, "phone", "0777 123 456"]] },
    { file: `lists/${PIN}.pdf`, found: [[1, "pin", "Имя файла"]] },
  ] as const;

  it.each(cases)("$file", ({ file, found }) => {
    const problems = of(file);
    expect(problems.map((p) => [p.line, p.key])).toEqual(found.map(([line, key]) => [line, key]));
    problems.forEach((p, i) => {
      expect(p.severity).toBe("error");
      expect(p.message.ru).toContain(found[i]![2]);
      expect(p.message.ru).toContain(file);
      expect(p.message.ky).toContain(file);
    });
  });

  it("a ZIP is opened: each file inside is checked like an attachment, and named", () => {
    const messages = of("lists/archive.zip").map((p) => p.message.ru);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/в файле «inner\/list\.csv», в строке 1\) найден персональный идентификационный номер/),
        expect.stringMatching(/«run\.exe»: такие файлы на сайте не публикуются/),
        expect.stringMatching(/«\.hidden\.txt»: это скрытый файл/),
        expect.stringMatching(/«nested\.zip»: архивы внутри архива не проверяются/),
        expect.stringMatching(/в файле «doc\.docx»\) найден номер телефона/),
      ]),
    );
    expect(messages).toHaveLength(5);
  });

  it("a link inside an archive, an encrypted archive: refused", () => {
    expect(of("lists/link.zip").map((p) => p.message.ru)).toEqual([expect.stringContaining("символическая ссылка")]);
    expect(of("lists/locked.zip").map((p) => p.message.ru)).toEqual([expect.stringContaining("защищён паролем")]);
  });

  it("a PDF cut short is an error on the file, in both languages", () => {
    expect(of("lists/broken.pdf")).toEqual([expect.objectContaining({ severity: "error", line: 1 })]);
    expect(of("lists/broken.pdf")[0]!.message.ru).toContain("повреждён или загружен не полностью");
    expect(of("lists/broken.pdf")[0]!.message.ky).toContain("бузулган же толук жүктөлгөн эмес");
  });

  it("office phones and values the entry allows pass; clean files and photos say nothing", () => {
    for (const file of ["lists/allowed.csv", "lists/clean.pdf", "lists/scan.pdf", "photos/a.jpg"]) expect(of(file)).toEqual([]);
  });

  it("hands each PDF's text to the search index, null for a scan", () => {
    expect(scan.pdfText.get("lists/clean.pdf")).toBe("Protokol of the gathering, nothing private here at all.");
    expect(scan.pdfText.get("lists/scan.pdf")).toBeNull();
    expect(scan.pdfText.has("lists/broken.pdf")).toBe(false);
  });
});

describe("hasText", () => {
  const cases = [["a.pdf", true], ["a.CSV", true], ["a.txt", true], ["a.docx", true], ["a.ods", true], ["a.zip", true], ["a.jpg", false], ["a.mp4", false]] as const;
  it.each(cases)("%s → %s", (file, out) => expect(hasText(file)).toBe(out));
});

describe("xmlText", () => {
  const cases = [
    { name: "Word runs of one paragraph join", xml: "<w:p><w:r><w:t>0555 12</w:t></w:r><w:r><w:t> 34 56</w:t></w:r></w:p>", out: "0555 12 34 56" },
    { name: "paragraphs are lines", xml: "<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r></w:p>", out: "a\nb" },
    { name: "sheet cells stay apart", xml: "<row><c><v>555</v></c><c><v>123456</v></c></row>", out: "555 | 123456 |" },
    { name: "entities are decoded", xml: "<text:p>A &amp; B &#1040;&#x0411;</text:p>", out: "A & B АБ" },
  ] as const;
  it.each(cases)("$name", ({ xml, out }) => expect(xmlText(xml)).toBe(out));
});
