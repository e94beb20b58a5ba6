import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkAttachmentFile, checkAttachmentFiles, HEAD_BYTES, readHead } from "../../../scripts/lib/validate/attachments.ts";

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);
const PDF = text("%PDF-1.7\n%âãÏÓ\n");
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0);
const OLE = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0);
const MP4 = bytes(0, 0, 0, 0x18, ...text("ftypisom"));
const HEIC = bytes(0, 0, 0, 0x18, ...text("ftypheic"));
const HTML = text("<!doctype html><script>alert(1)</script>");
const MB = 1024 * 1024;

describe("checkAttachmentFile", () => {
  const cases = [
    { name: "a real PDF", file: "minutes/a.pdf", head: PDF, size: 40_000, out: [] },
    { name: "a JPEG", file: "photos/a.jpg", head: JPEG, size: 40_000, out: [] },
    { name: "a JPEG named .jpeg, upper case", file: "photos/a.JPEG", head: JPEG, size: 40_000, out: [] },
    { name: "a PNG", file: "photos/a.png", head: PNG, size: 40_000, out: [] },
    { name: "a DOCX whose parts lie further in", file: "surveys/a.docx", head: ZIP, size: 40_000, out: [] },
    { name: "an old Word file cannot be checked for personal data", file: "acts/a.doc", head: OLE, size: 40_000, out: ["DOCX"] },
    { name: "nor an old Excel file", file: "acts/a.xls", head: OLE, size: 40_000, out: ["XLSX"] },
    { name: "nor an old PowerPoint file", file: "slides/a.PPT", head: OLE, size: 40_000, out: ["PPTX"] },
    { name: "a phone video", file: "photos/a.mp4", head: MP4, size: 40_000, out: [] },
    { name: "a CSV", file: "surveys/a.csv", head: text("a,b\n1,2\n"), size: 8, out: [] },
    { name: "exactly at the limit", file: "minutes/a.pdf", head: PDF, size: 20 * MB, out: [] },
    { name: "a JPEG named .pdf", file: "minutes/fake.pdf", head: JPEG, size: 40_000, out: ["JPG"] },
    { name: "a web page named .pdf", file: "minutes/page.pdf", head: HTML, size: 40_000, out: ["PDF"] },
    { name: "an iPhone photo named .jpg", file: "photos/a.jpg", head: HEIC, size: 40_000, out: ["HEIC"] },
    { name: "a PDF named .docx", file: "surveys/a.docx", head: PDF, size: 40_000, out: ["PDF"] },
    { name: "a PDF named .txt", file: "surveys/a.txt", head: PDF, size: 40_000, out: ["PDF"] },
    { name: "an HTML page", file: "x/page.html", head: HTML, size: 40_000, out: [".html"] },
    { name: "an SVG", file: "x/logo.svg", head: text("<svg onload=alert(1)>"), size: 40, out: [".svg"] },
    { name: "a program", file: "x/setup.exe", head: text("MZ"), size: 40, out: [".exe"] },
    { name: "no extension", file: "x/README", head: text("hi"), size: 2, out: ["без расширения"] },
    { name: "one byte over the limit", file: "minutes/big.pdf", head: PDF, size: 20 * MB + 1, out: ["20 МБ"] },
    { name: "oversized and fake", file: "minutes/big.pdf", head: JPEG, size: 30 * MB, out: ["30\u00a0МБ", "JPG"] },
    { name: "empty", file: "minutes/empty.pdf", head: new Uint8Array(0), size: 0, out: ["0 байт"] },
  ] as const;
  it.each(cases)("$name", ({ file, head, size, out }) => {
    const problems = checkAttachmentFile({ file, bytes: size, head }, 20);
    expect(problems).toHaveLength(out.length);
    problems.forEach((p, i) => {
      expect(p).toMatchObject({ severity: "error", file: `files/${file}`, line: 1 });
      expect(p.message.ru).toContain(out[i]);
      expect(p.message.ky).toContain(file);
    });
  });

  it("takes the limit from site.yaml", () => {
    expect(checkAttachmentFile({ file: "a.pdf", bytes: 6 * MB, head: PDF }, 5)[0]?.message.ky).toContain("5 МБ");
    expect(checkAttachmentFile({ file: "a.pdf", bytes: 6 * MB, head: PDF }, 10)).toEqual([]);
  });
});

describe("reading files", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it("reads only the first bytes of a large file", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "achyk-att-"));
    dirs.push(dir);
    await writeFile(path.join(dir, "big.pdf"), Buffer.concat([Buffer.from(PDF), Buffer.alloc(3 * HEAD_BYTES)]));
    const head = await readHead(path.join(dir, "big.pdf"));
    expect(head.length).toBe(HEAD_BYTES);
    expect(await readHead(path.join(dir, "big.pdf"), 5)).toEqual(text("%PDF-"));
  });

  it("checks a folder of files", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "achyk-att-"));
    dirs.push(dir);
    await writeFile(path.join(dir, "ok.pdf"), PDF);
    await writeFile(path.join(dir, "fake.pdf"), JPEG);
    const problems = await checkAttachmentFiles(dir, [
      { file: "ok.pdf", bytes: PDF.length },
      { file: "fake.pdf", bytes: JPEG.length },
    ]);
    expect(problems.map((p) => p.file)).toEqual(["files/fake.pdf"]);
  });
});
