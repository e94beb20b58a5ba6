import { describe, expect, it } from "vitest";
import { attachmentTitle, findUploads, isUploadUrl, otherLinks, rewriteUploads, uploadPath } from "../../../scripts/lib/authoring/uploads.ts";

const FILE = "https://github.com/user-attachments/files/17717123/protokol.pdf";
const PHOTO = "https://github.com/user-attachments/assets/0a1b2c3d-1111-2222-3333-444455556666";

describe("isUploadUrl", () => {
  const cases = [
    { url: FILE, out: true },
    { url: PHOTO, out: true },
    { url: "https://github.com/achyk-kg/ak-terek/files/123/a.pdf", out: true },
    { url: "https://user-images.githubusercontent.com/123/abc-def.png", out: true },
    { url: "https://github.com/achyk-kg/ak-terek/blob/main/content/files/a.pdf", out: false },
    { url: "https://github.com.evil.example/user-attachments/files/1/a.pdf", out: false },
    { url: "https://drive.google.com/file/d/abc", out: false },
    { url: "http://127.0.0.1:9/user-attachments/files/1/a.pdf", out: false },
  ] as const;
  it.each(cases)("$url: $out", ({ url, out }) => expect(isUploadUrl(url)).toBe(out));
  it("a test server stands in for GitHub only when named as the origin", () => {
    expect(isUploadUrl("http://127.0.0.1:9/user-attachments/files/1/a.pdf", "http://127.0.0.1:9")).toBe(true);
  });
});

describe("findUploads", () => {
  it("Markdown links and images, HTML images and bare links, in order", () => {
    const text = `Протокол: [protokol.pdf](${FILE})\n![IMG_1](${PHOTO})\n<img width="10" alt="Image" src="${PHOTO.replace("0a1b", "ffff")}" />\n${FILE.replace("17717123", "1")}\n[сайт](https://example.kg)`;
    const found = findUploads(text);
    expect(found.map((u) => [u.image, u.name ?? null, u.text ?? null])).toEqual([
      [false, "protokol.pdf", "protokol.pdf"],
      [true, null, "IMG_1"],
      [true, null, "Image"],
      [false, "protokol.pdf", null],
    ]);
    expect(otherLinks(text)).toEqual(["https://example.kg"]);
  });
});

describe("uploadPath", () => {
  const cases = [
    { type: "meetings", ext: "pdf", out: "minutes/s-1.pdf" },
    { type: "meetings", ext: "JPG", out: "photos/s-1.jpg" },
    { type: "acts", ext: "docx", out: "acts/s-1.docx" },
    { type: "posts", ext: "pdf", out: "documents/s-1.pdf" },
  ] as const;
  it.each(cases)("$type .$ext → $out", ({ type, ext, out }) => expect(uploadPath(type, "s", 1, ext, () => false)).toBe(out));
  it("skips names already taken", () => expect(uploadPath("acts", "s", 1, "pdf", (p) => p === "acts/s-1.pdf")).toBe("acts/s-2.pdf"));
});

describe("attachmentTitle", () => {
  const cases = [
    { upload: { text: "Протокол (скан)", image: false }, out: "Протокол (скан)" },
    { upload: { name: "Протокол_схода.pdf", image: false }, out: "Протокол схода" },
    { upload: { name: "IMG_2034.jpg", text: "IMG_2034", image: true }, out: "Фото 3" },
    { upload: { name: "scan0001.pdf", image: false }, out: "Приложение 3" },
    { upload: { text: "image", image: true }, out: "Фото 3" },
  ] as const;
  it.each(cases)("$out", ({ upload, out }) => expect(attachmentTitle(upload, 3, "ru")).toBe(out));
});

describe("rewriteUploads", () => {
  it("points each upload at its copy on the site; an HTML image becomes Markdown", () => {
    const text = `A [p.pdf](${FILE}) b <img alt="Image" src="${PHOTO}"> c`;
    const paths = new Map([[FILE, "minutes/x-1.pdf"], [PHOTO, "photos/x-1.png"]]);
    expect(rewriteUploads(text, findUploads(text), paths)).toBe("A [p.pdf](/files/minutes/x-1.pdf) b ![Image](/files/photos/x-1.png) c");
  });
});
