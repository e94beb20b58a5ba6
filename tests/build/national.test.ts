/**
 * A national site end to end, with real builds and real HTTP on 127.0.0.1: two member sites
 * built by `npm run build` (the small fixture and a simulated aiyl aimak) are served, a third
 * member is down; `npm run members` fetches them, `npm run build` builds the national site from
 * the snapshots. The national counts must be each member's own progress.json's. Then a member
 * goes down: it is marked stale and keeps its last good data. And at 230 members, every page
 * stays under 50 KB of HTML + CSS gzip-compressed.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { closedPort, writeNationalContent } from "../lib/national/national-fixture.ts";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registryYaml, simulatedMemberSites, simulatedMembers, writeMemberContent } from "../../scripts/cli/members-corpus.ts";
import { writeSnapshot } from "../../scripts/lib/national/snapshots.ts";
import type { NationalJson } from "../../scripts/lib/national/national-data.ts";
import type { ProgressJson } from "../../scripts/lib/progress/open-data.ts";
import { serveSite, type RunningSite } from "../helpers/static-site.ts";
import { projectDir, runCommand, runScript } from "../helpers/run.ts";

const TODAY = "2026-11-25";
const LIMIT = 50 * 1024;

let work: string;

async function build(contentDir: string, output: string, env: Record<string, string> = {}): Promise<string> {
  const run = await runScript("scripts/cli/build.ts", [], { env: { CONTENT_DIR: contentDir, SITE_TODAY: TODAY, ACHYK_OUTPUT: output, SOURCE_DATE_EPOCH: "1795560420", ...env } });
  if (run.code !== 0) throw new Error(`build of ${contentDir} failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

const nationalDir = (name: string, registry: string) => writeNationalContent(path.join(work, name), registry);

const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, "utf8")) as T;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "achyk-national-build-"));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("members built and served for real, fetched, and built into the national site", () => {
  let small: RunningSite;
  let village: RunningSite;
  let national: string;
  let out: string;
  let data: NationalJson;
  const simulated = simulatedMembers(1, { sizes: [40, 40] })[0]!;
  const downPort = { value: 0 };

  beforeAll(async () => {
    await build("tests/fixtures/small", path.join(work, "small-site"));
    await writeMemberContent(path.join(work, "village"), simulated, `https://${simulated.slug}.example.kg/`, TODAY);
    await build(path.join(work, "village"), path.join(work, "village-site"));
    small = await serveSite(path.join(work, "small-site"));
    village = await serveSite(path.join(work, "village-site"));
    downPort.value = await closedPort();
    national = await nationalDir(
      "national",
      registryYaml([
        { member: { id: "achyk-kg/ak-terek", name: { ky: "Ак-Терек айыл аймагы", ru: "Ак-Терекский айыльный аймак" }, oblast: { ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" }, district: { ky: "Сузак району", ru: "Сузакский район" } }, url: `${small.url}/` },
        { member: simulated, url: `${village.url}/` },
        { member: { id: "achyk-kg/down", name: { ky: "Жабык айыл аймагы", ru: "Айыльный аймак Жабык" }, oblast: { ky: "Чүй облусу", ru: "Чуйская область" } }, url: `http://127.0.0.1:${downPort.value}/` },
      ]),
    );
    const members = await runScript("scripts/cli/members.ts", [], { env: { CONTENT_DIR: national, SOURCE_DATE_EPOCH: "1795560420" } });
    expect(members.code).toBe(0);
    out = path.join(work, "national-site");
    await build(national, out);
    data = await readJson<NationalJson>(path.join(out, "data/national.json"));
  });

  afterAll(async () => {
    await small?.close();
    // "a member that goes down" has closed it already.
    await village?.close().catch(() => undefined);
  });

  it("every member's counts in national.json equal its own served progress.json", async () => {
    for (const [id, site] of [["achyk-kg/ak-terek", small], [simulated.id, village]] as const) {
      const own = (await (await fetch(`${site.url}/data/progress.json`)).json()) as ProgressJson;
      const row = data.members.find((m) => m.id === id)!;
      expect(row.status).toBe("ok");
      for (const measure of own.measures) {
        const counts = { done: 0, late: 0, missing: 0, scheduled: 0, upcoming: 0 };
        for (const p of measure.periods) counts[p.status] += 1;
        expect(row.measures[measure.id], `${id} ${measure.id}`).toMatchObject(counts);
      }
      const october = own.measures.find((m) => m.id === "1.5")!.periods.find((p) => p.period === "2026-10")!;
      expect(row.measures["1.5"]?.latest).toEqual({ period: "2026-10", status: october.status });
    }
  });

  it("the member that is down is unavailable, with no counts and the day it started failing", () => {
    expect(data.members.find((m) => m.id === "achyk-kg/down")).toMatchObject({ status: "unavailable", measures: {}, last_ok_at: null, failing_since: "2026-11-24T22:47:00Z" });
  });

  it("national.json passes the JSON Schema published beside it; national.csv has a row per member and measure", async () => {
    const schema = await readJson<object>(path.join(out, "data/schema/national.json"));
    const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(schema);
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    const csv = (await readFile(path.join(out, "data/national.csv"), "utf8")).split("\r\n");
    expect(csv).toHaveLength(1 + 2 * 12 + 1 + 1);
  });

  it("the plan pages link each member's own plan page, in their language", async () => {
    for (const lang of ["ky", "ru"] as const) {
      const html = await readFile(path.join(out, lang, "plan/index.html"), "utf8");
      expect(html).toContain(`href="https://achyk-kg.github.io/${lang}/plan/"`);
      expect(html).toContain(`href="https://${simulated.slug}.example.kg/${lang}/plan/"`);
      expect(html).toContain(lang === "ky" ? "Маалымат жок." : "Нет данных.");
    }
  });

  it("the national search page has the national filters; the index holds every member's entries", async () => {
    const html = await readFile(path.join(out, "ky/search/index.html"), "utf8");
    for (const name of ["oblast", "district", "member", "type", "year", "measure"]) expect(html).toContain(`data-filter="${name}"`);
    const entries = (await readJson<{ entries: unknown[] }>(path.join(work, "national/_data/members/achyk-kg/ak-terek/entries.json"))).entries.length;
    expect(entries).toBeGreaterThan(0);
    const log = await build(national, path.join(work, "national-site-again"));
    expect(log).toMatch(new RegExp(`National view: 3 members \\(2 ok, 0 stale, 1 unavailable\\), \\d+ entries to search`));
  });

  it("the national site publishes its own site.json, and no progress.json of its own", async () => {
    const site = await readJson<Record<string, unknown>>(path.join(out, "data/site.json"));
    expect(site).toMatchObject({ schema: "achyk-site/1", id: "agency/national", kind: "national", population: null, oblast: null, built_at: "2026-11-24T22:47:00Z" });
    await expect(readFile(path.join(out, "data/progress.json"))).rejects.toThrow(/ENOENT/);
  });

  describe("a member that goes down", () => {
    let after: NationalJson;
    beforeAll(async () => {
      await village.close();
      const members = await runScript("scripts/cli/members.ts", ["--timeout", "3"], { env: { CONTENT_DIR: national, SOURCE_DATE_EPOCH: "1795646820" } });
      expect(members.code).toBe(0);
      await build(national, path.join(work, "national-site-2"), { SOURCE_DATE_EPOCH: "1795646820" });
      after = await readJson<NationalJson>(path.join(work, "national-site-2/data/national.json"));
    });

    it("is marked stale and keeps its last good counts, with the date they were last good", () => {
      const before = data.members.find((m) => m.id === simulated.id)!;
      const now = after.members.find((m) => m.id === simulated.id)!;
      expect(now).toMatchObject({ status: "stale", last_ok_at: "2026-11-24T22:47:00Z", failing_since: "2026-11-25T22:47:00Z", data_as_of: TODAY });
      expect(now.measures).toEqual(before.measures);
    });

    it("the plan page says so next to its name", async () => {
      const html = await readFile(path.join(work, "national-site-2/ru/plan/index.html"), "utf8");
      expect(html).toMatch(/Айыльный аймак [^<]+<\/a>[^]*?Данные устарели \(последние: 25 ноября 2026\)\. Сайт не отвечает или отдаёт неверные данные \(впервые: 25 ноября 2026\)\./);
    });
  });
});

describe("at 230 members every national page stays light", () => {
  const measured: string[] = [];
  let out: string;

  beforeAll(async () => {
    const sites = await simulatedMemberSites(230, {
      distinct: 12,
      today: TODAY,
      builtAt: "2026-11-24T18:07:00Z",
      work: path.join(work, "corpus-230"),
      baseUrlOf: (m) => `https://${m.slug}.example.kg/`,
      sizes: [30, 60],
      // Two entries each: every member, district and oblast in the search page's lists, a small index.
      maxEntries: 2,
    });
    const dir = await nationalDir("national-230", registryYaml(sites.map(({ member }) => ({ member, url: `https://${member.slug}.example.kg/` }))));
    const ok = { checked_at: "2026-11-24T22:23:00Z", last_ok_at: "2026-11-24T22:23:00Z", error: null, failing_since: null };
    for (const [i, { member, texts }] of sites.entries()) {
      // A few members down: never reached, or stale.
      if (i % 50 === 7) await writeSnapshot(dir, member.id, { ...ok, last_ok_at: null, error: { ky: "жок", ru: "нет" }, failing_since: ok.checked_at });
      else await writeSnapshot(dir, member.id, i % 50 === 13 ? { ...ok, error: { ky: "жок", ru: "нет" }, failing_since: ok.checked_at } : ok, texts);
    }
    out = path.join(work, "national-230-site");
    await build(dir, out);
  });

  afterAll(() => {
    if (measured.length) console.log(`National pages at 230 members, HTML + CSS, gzip -9:\n${measured.join("\n")}`);
  });

  it("the pages are valid HTML (the W3C Nu HTML Checker, offline)", async () => {
    const files = ["ky/plan", "ru/plan", "ky", "ky/search", "ky/about"].map((p) => path.join(out, p, "index.html"));
    const run = await runCommand("java", ["-jar", path.join(projectDir, "node_modules/vnu-jar/build/dist/vnu.jar"), "--errors-only", ...files]);
    expect(run.stderr + run.stdout).toBe("");
    expect(run.code).toBe(0);
  });

  const pages = ["/ky/plan/", "/ru/plan/", "/ky/", "/ru/", "/ky/search/", "/ru/search/"] as const;
  it.each(pages)("%s", async (url) => {
    const html = await readFile(path.join(out, url, "index.html"), "utf8");
    const css = [await readFile(path.join(out, "assets/site.css"), "utf8"), ...(html.includes("national.css") ? [await readFile(path.join(out, "assets/national.css"), "utf8")] : [])];
    const bytes = gzipSync(html + css.join(""), { level: 9 }).length;
    measured.push(`${url.padEnd(12)} ${(bytes / 1024).toFixed(1)} KB (HTML ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB raw)`);
    expect(bytes).toBeLessThan(LIMIT);
    if (url.endsWith("/plan/")) expect(html.match(/<th scope="row"><a href="https:\/\//g)?.length).toBe(230);
  });
});
