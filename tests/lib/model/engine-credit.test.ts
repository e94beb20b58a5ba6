import { describe, expect, it } from "vitest";
import { engineCredit } from "../../../scripts/lib/model/engine-credit.ts";
import { t } from "../../../scripts/lib/shared/dictionary.ts";
import { engineOf } from "../../../scripts/lib/shared/engine.ts";
import { LANGS } from "../../../scripts/lib/shared/lang.ts";

const engine = engineOf('{"version":"0.3.1","repository":"https://github.com/o/r"}');

describe("the footer's built-with line names the engine and its version", () => {
  it.each(LANGS)("%s: the dictionary's sentence, with Achyk and its version where {engine} stands", (lang) => {
    const credit = engineCredit(lang, engine);
    expect(credit.label).toBe("Achyk 0.3.1");
    expect(credit.href).toBe("https://github.com/o/r/blob/v0.3.1/CHANGELOG.md");
    expect(`${credit.before}{engine}${credit.after}`).toBe(t("footerNote", lang));
  });

  it("Kyrgyz puts the engine mid-sentence, before its postposition; Russian after the preposition", () => {
    expect(engineCredit("ky", engine)).toMatchObject({ before: "Сайт ", after: expect.stringMatching(/^ платформасында түзүлгөн:/) });
    expect(engineCredit("ru", engine)).toMatchObject({ before: "Сайт сделан на ", after: expect.stringMatching(/^: открытые отчёты/) });
  });
});
