import { describe, expect, it } from "vitest";
import { scannedFiles } from "../../../scripts/lib/search/pdf-texts.ts";

describe("scannedFiles", () => {
  it("lists exactly the PDFs without a text layer", () => {
    expect([...scannedFiles(new Map([["a.pdf", "text"], ["b-scan.pdf", null], ["c.pdf", ""]]))]).toEqual(["b-scan.pdf"]);
  });
});
