import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrateRegion, placeText, siteId, siteKindProblems } from "../../../scripts/lib/validate/site-identity.ts";
import { parseSite } from "../../../scripts/lib/validate/site.ts";

const FILE = "_data/site.yaml";
const DEMO = readFileSync(path.resolve(import.meta.dirname, "../../../content/_data/site.yaml"), "utf8");
const line = () => 7;

/** The demo's site.yaml with its oblast/district lines replaced by `place`. */
function withPlace(place: string): string {
  return DEMO.replace(/^oblast: .*\ndistrict: .*\n/m, place);
}

describe("an old region is read as oblast and district, with a warning that shows the new lines", () => {
  const cases = [
    {
      name: "oblast and district, split on the comma in each language",
      region: { ky: "Жалал-Абад облусу, Сузак району", ru: "Джалал-Абадская область, Сузакский район" },
      oblast: { ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" },
      district: { ky: "Сузак району", ru: "Сузакский район" },
    },
    { name: "an oblast alone (a city of oblast significance)", region: { ky: "Чүй облусу", ru: "Чуйская область" }, oblast: { ky: "Чүй облусу", ru: "Чуйская область" }, district: undefined },
    {
      name: "a district only when both languages name one",
      region: { ky: "Ош облусу, Алай району", ru: "Ошская область" },
      oblast: { ky: "Ош облусу", ru: "Ошская область" },
      district: undefined,
    },
  ] as const;
  it.each(cases)("$name", ({ region, oblast, district }) => {
    const { data, problems } = migrateRegion({ name: "x", region }, line, FILE);
    expect(data).toEqual({ name: "x", oblast, ...(district ? { district } : {}) });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "warning", file: FILE, line: 7, key: "region" });
    expect(problems[0]!.message.ky).toContain(`oblast: { ky: "${oblast.ky}", ru: "${oblast.ru}" }`);
    expect(problems[0]!.message.ru).toContain("Замените строку «region»");
  });

  it("region next to oblast is dropped with a warning to delete it", () => {
    const { data, problems } = migrateRegion({ region: { ky: "a", ru: "b" }, oblast: { ky: "c", ru: "d" } }, line, FILE);
    expect(data).toEqual({ oblast: { ky: "c", ru: "d" } });
    expect(problems[0]?.message.ru).toMatch(/Удалите строку «region»/);
  });

  it("a file without region is left as it is", () => {
    const data = { oblast: { ky: "c", ru: "d" } };
    expect(migrateRegion(data, line, FILE)).toEqual({ data, problems: [] });
  });

  it("an old site.yaml (region, no oblast) still builds: the demo's own region line", () => {
    const old = withPlace('region: { ky: "Жалал-Абад облусу, Сузак району", ru: "Джалал-Абадская область, Сузакский район" }\n');
    const { site, problems } = parseSite(old, FILE);
    expect(site?.oblast).toEqual({ ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" });
    expect(site?.district).toEqual({ ky: "Сузак району", ru: "Сузакский район" });
    expect(problems.map((p) => [p.severity, p.line, p.key])).toEqual([["warning", 4, "region"]]);
  });
});

describe("what each kind of site requires", () => {
  const repository = { owner: "a", name: "b" };
  const cases = [
    { name: "a municipality with population and oblast is fine", site: { kind: "aiyl-aimak", population: 10, oblast: { ky: "a", ru: "b" }, repository }, keys: [] },
    { name: "a municipality without population", site: { kind: "city", oblast: { ky: "a", ru: "b" }, repository }, keys: ["population"] },
    { name: "a municipality without oblast", site: { kind: "aiyl-aimak", population: 10, repository }, keys: ["oblast"] },
    { name: "a code that is not digits", site: { kind: "aiyl-aimak", population: 10, oblast: { ky: "a", ru: "b" }, code: "4170-72", repository }, keys: ["code"] },
    { name: "the national site with neither is fine", site: { kind: "national", repository }, keys: [] },
    {
      name: "the national site has no population, place or code of its own",
      site: { kind: "national", population: 5, oblast: { ky: "a", ru: "b" }, district: { ky: "a", ru: "b" }, code: "41707215000000", repository },
      keys: ["population", "oblast", "district", "code"],
    },
  ] as const;
  it.each(cases)("$name", ({ site, keys }) => {
    const problems = siteKindProblems(site, line, FILE);
    expect(problems.map((p) => p.key)).toEqual(keys);
    for (const p of problems) {
      expect(p.severity).toBe("error");
      expect(p.message.ky).not.toBe(p.message.ru);
    }
  });

  it("parseSite refuses a national site.yaml with a population, naming its line", () => {
    const national = 'name: { ky: "Улуттук", ru: "Национальный" }\nkind: national\npopulation: 7000000\ncontacts: { address: { ky: "Бишкек", ru: "Бишкек" } }\nrepository: { owner: agency, name: national }\nbase_url: "https://agency.github.io/national/"\n';
    const { site, problems } = parseSite(national, FILE);
    expect(site).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ severity: "error", line: 3, key: "population" })]);
    expect(problems[0]?.message.ky).toMatch(/kind: national/);
  });

  it("parseSite takes an unquoted classifier code (YAML reads it as a number) as text", () => {
    const { site, problems } = parseSite(withPlace('code: 41707215000000\noblast: { ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" }\n'), FILE);
    expect(problems).toEqual([]);
    expect(site?.code).toBe("41707215000000");
  });

  it("parseSite suggests the key meant by a typo, among site.yaml's own keys", () => {
    const { problems } = parseSite(withPlace('oblsat: { ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" }\n'), FILE);
    const typo = problems.find((p) => p.key === "oblsat");
    expect(typo?.message.ru).toMatch(/Возможно, имелось в виду «oblast»/);
  });
});

describe("a site's id and place", () => {
  const cases = [
    { site: { code: "41707215000000", repository: { owner: "achyk-kg", name: "ak-terek" } }, id: "41707215000000" },
    { site: { repository: { owner: "achyk-kg", name: "ak-terek" } }, id: "achyk-kg/ak-terek" },
  ] as const;
  it.each(cases)("$id", ({ site, id }) => expect(siteId(site)).toBe(id));

  it("placeText joins oblast and district, and is undefined without an oblast", () => {
    expect(placeText({ oblast: { ky: "Чүй облусу", ru: "Чуйская область" }, district: { ky: "Кемин району", ru: "Кеминский район" } })).toEqual({
      ky: "Чүй облусу, Кемин району",
      ru: "Чуйская область, Кеминский район",
    });
    expect(placeText({})).toBeUndefined();
  });
});
