import { describe, expect, it } from "vitest";
import { listZip, readZipEntry, ZipError } from "../../../scripts/lib/validate/zip.ts";
import { makeZip } from "../../helpers/files.ts";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("listZip and readZipEntry", () => {
  it("reads names, sizes and contents of deflated and stored entries", () => {
    const zip = makeZip({ "a.txt": "Салам", "lists/b.csv": "x;y\n", "c.txt": "stored" }, { "c.txt": { stored: true } });
    const entries = listZip(zip);
    expect(entries.map((e) => [e.name, e.size, e.method])).toEqual([["a.txt", 10, 8], ["lists/b.csv", 4, 8], ["c.txt", 6, 0]]);
    expect(entries.map((e) => text(readZipEntry(zip, e)))).toEqual(["Салам", "x;y\n", "stored"]);
  });

  it("tells links and encrypted entries", () => {
    const zip = makeZip({ link: "/etc/passwd", secret: "x" }, { link: { symlink: true }, secret: { encrypted: true } });
    const [link, secret] = listZip(zip);
    expect(link!.isSymlink).toBe(true);
    expect(secret!.encrypted).toBe(true);
    expect(() => readZipEntry(zip, secret!)).toThrow(ZipError);
  });

  it("stops an entry that inflates past its declared size (a zip bomb)", () => {
    const zip = makeZip({ "bomb.txt": "0".repeat(1_000_000) }, { "bomb.txt": { claimedSize: 100 } });
    const [entry] = listZip(zip);
    expect(() => readZipEntry(zip, entry!)).toThrow(/size differs|buffer|length/i);
  });

  const broken = [
    { name: "not a zip", bytes: new TextEncoder().encode("%PDF-1.4\n") },
    { name: "cut short", bytes: makeZip({ "a.txt": "x".repeat(1000) }).subarray(0, 60) },
  ] as const;
  it.each(broken)("$name is a ZipError", ({ bytes }) => {
    expect(() => listZip(bytes).forEach((e) => readZipEntry(bytes, e))).toThrow(ZipError);
  });
});
