import { describe, expect, it } from "vitest";
import { isMemberId, isWebUrl, parseRegistry } from "../../../scripts/lib/validate/registry.ts";

const FILE = "_data/registry.yaml";

const AK_TEREK = `  - id: "41707215000000"
    name: { ky: "Ак-Терек айыл аймагы", ru: "Ак-Терекский айыльный аймак" }
    oblast: { ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" }
    district: { ky: "Сузак району", ru: "Сузакский район" }
    url: "https://ak-terek.github.io/"
`;
const CITY = `  - id: "achyk-kg/kara-kol"
    name: { ky: "Каракол шаары", ru: "город Каракол" }
    oblast: { ky: "Ысык-Көл облусу", ru: "Иссык-Кульская область" }
    url: "https://achyk-kg.github.io/kara-kol/"
`;

describe("a valid registry", () => {
  it("lists every member with the line of its id; a member may have no district", () => {
    const { registry, problems } = parseRegistry(`members:\n${AK_TEREK}${CITY}`, FILE);
    expect(problems).toEqual([]);
    expect(registry?.members.map((m) => m.id)).toEqual(["41707215000000", "achyk-kg/kara-kol"]);
    expect(registry?.members[1]?.district).toBeUndefined();
    expect([...registry!.lines]).toEqual([["41707215000000", 2], ["achyk-kg/kara-kol", 7]]);
  });

  it("takes an unquoted code (a YAML number) as the id", () => {
    const { registry } = parseRegistry(`members:\n${AK_TEREK.replace('"41707215000000"', "41707215000000")}`, FILE);
    expect(registry?.members[0]?.id).toBe("41707215000000");
  });

  it("an empty list is a valid registry (a national site before anyone joins)", () => {
    expect(parseRegistry("members: []\n", FILE)).toEqual({ registry: { members: [], lines: new Map() }, problems: [] });
  });
});

describe("bad input is refused with the file, the line and words in both languages", () => {
  const cases = [
    { name: "a member without url", text: `members:\n${CITY.replace(/ {4}url: .*\n/, "")}`, line: 2, key: "members.0.url", ru: /В пункте 1 списка «members» нет обязательного поля «url»/, ky: /милдеттүү «url» талаасы жок/ },
    { name: "a key the registry does not know", text: `members:\n${CITY}    site: "x"\n`, line: 6, key: "members.0.site", ru: /Неизвестное поле «site»/, ky: /«site» деген талаа белгисиз/ },
    { name: "a typo gets a suggestion", text: `members:\n${CITY.replace("oblast:", "oblsat:")}`, line: 4, key: "members.0.oblsat", ru: /имелось в виду «oblast»/, ky: /«oblast» болушу керек/ },
    { name: "an id that is neither a code nor owner/name", text: `members:\n${CITY.replace("achyk-kg/kara-kol", "Kara Kol")}`, line: 2, key: "members.0.id", ru: /код СОАТЕ/, ky: /СОАТЕ \/ ААБОТ коду/ },
    { name: "an id that climbs out of the snapshots folder", text: `members:\n${CITY.replace("achyk-kg/kara-kol", "../..")}`, line: 2, key: "members.0.id", ru: /найдено «\.\.\/\.\.»/, ky: /«\.\.\/\.\.» табылды/ },
    { name: "a web address without the closing slash", text: `members:\n${CITY.replace("kara-kol/\"", 'kara-kol"')}`, line: 5, key: "members.0.url", ru: /оканчивающийся на \//, ky: /\/ менен бүткөн/ },
    { name: "a name in one language only", text: `members:\n${CITY.replace(', ru: "город Каракол"', "")}`, line: 3, key: "members.0.name.ru", ru: /«ru»/, ky: /«ru»/ },
    { name: "no members key", text: "member:\n  - id: x\n", line: 1, key: undefined, ru: /должен начинаться с «members:»/, ky: /«members:» менен башталып/ },
    { name: "a list instead of members:", text: "- id: x\n", line: 1, key: undefined, ru: /должен начинаться с «members:»/, ky: /«members:» менен/ },
  ] as const;
  it.each(cases)("$name", ({ text, line, key, ru, ky }) => {
    const { registry, problems } = parseRegistry(text, FILE);
    expect(registry).toBeUndefined();
    // The problem about the key in question (a typo also leaves the intended key missing).
    const problem = (key ? problems.find((p) => p.key === key) : problems[0])!;
    expect(problem).toMatchObject({ severity: "error", file: FILE, line });
    expect(problem.message.ru).toMatch(ru);
    expect(problem.message.ky).toMatch(ky);
  });

  it("a member listed twice: the second is refused, naming the line of the first", () => {
    const { problems } = parseRegistry(`members:\n${AK_TEREK}${CITY}${AK_TEREK.replace("ak-terek.github.io", "other.github.io")}`, FILE);
    expect(problems).toEqual([expect.objectContaining({ line: 11, key: "members.2.id" })]);
    expect(problems[0]!.message.ru).toMatch(/первый раз в строке 2/);
    expect(problems[0]!.message.ky).toMatch(/биринчиси 2-сапта/);
  });

  it("one site under two ids: the address is refused the second time", () => {
    const { problems } = parseRegistry(`members:\n${CITY}${CITY.replace("achyk-kg/kara-kol", "41702000000000").replace("kara-kol/\"", "KARA-KOL/\"")}`, FILE);
    expect(problems).toEqual([expect.objectContaining({ line: 9, key: "members.1.url" })]);
  });

  it("a YAML syntax error names its line", () => {
    const { problems } = parseRegistry(`members:\n${CITY}  - id: "x\n`, FILE);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(6);
    expect(problems[0]?.message.ky).toMatch(/YAML/);
  });
});

describe("ids and addresses", () => {
  const ids = [
    { id: "41707215000000", ok: true },
    { id: "achyk-kg/ak-terek", ok: true },
    { id: "a/b.c_d", ok: true },
    { id: "-a/b", ok: false },
    { id: "a--b/c", ok: false },
    { id: "a/..", ok: false },
    { id: "123", ok: false },
    { id: "a/b/c", ok: false },
  ] as const;
  it.each(ids)("isMemberId($id) is $ok", ({ id, ok }) => expect(isMemberId(id)).toBe(ok));

  it("a web address has a scheme; anything else is a local folder", () => {
    expect(isWebUrl("https://a.kg/")).toBe(true);
    expect(isWebUrl("../members/a")).toBe(false);
  });
});
