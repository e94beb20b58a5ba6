/**
 * `npm run members` as CI runs it (a child process): a national content folder whose members
 * are a site on 127.0.0.1, a local folder, a closed port and a site whose error text tries to
 * run a workflow command. Exit codes as the contract says; lines Kyrgyz first; annotations.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { closedPort, writeNationalContent } from "../lib/national/national-fixture.ts";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberOpenData, registryYaml, writeMemberSite } from "../../scripts/cli/members-corpus.ts";
import { projectDir, runScript, type RunResult } from "../helpers/run.ts";

const SMALL = path.join(projectDir, "tests/fixtures/small");
const OBLAST = { ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" };
const member = (id: string, ky: string) => ({ id, name: { ky, ru: ky }, oblast: OBLAST, district: undefined });

let work: string;
let server: Server;
let downPort: number;
let result: RunResult;

const nationalDir = async (registry: string) => writeNationalContent(await mkdtemp(path.join(work, "national-")), registry);

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "achyk-members-cli-"));
  // The small fixture's own open data, as its build publishes it, served and in a folder.
  const texts = await memberOpenData(SMALL, "2026-11-25", "2026-11-24T18:07:00Z");
  await writeMemberSite(path.join(work, "ak-terek"), texts);
  server = createServer((req, res) => {
    // A version string with line breaks: the message quotes it, and CI must not read a command in it.
    if (req.url?.startsWith("/hostile/")) return void res.writeHead(200).end(JSON.stringify({ schema: "achyk-site/1\n::add-mask::secret\n::error::injected" }));
    const file = req.url?.match(/^\/ak-terek\/data\/(\w+)\.json$/)?.[1] as keyof typeof texts | undefined;
    if (!file || !(file in texts)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/json" }).end(texts[file]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  downPort = await closedPort();

  // The fixture says it is achyk-kg/ak-terek; the folder member is the same site listed by address only once.
  const registry = registryYaml([
    { member: member("achyk-kg/ak-terek", "Ак-Терек"), url: `http://127.0.0.1:${port}/ak-terek/` },
    { member: member("achyk-kg/down", "Жабык"), url: `http://127.0.0.1:${downPort}/` },
    { member: member("achyk-kg/hostile", "Кара-Ниет"), url: `http://127.0.0.1:${port}/hostile/` },
  ]);
  const dir = await nationalDir(registry);
  result = await runScript("scripts/cli/members.ts", ["--github", "--timeout", "5", "--parallel", "2"], { env: { CONTENT_DIR: dir } });
  (result as RunResult & { dir?: string }).dir = dir;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  await rm(work, { recursive: true, force: true });
});

describe("npm run members over members that answer, are down and are hostile", () => {
  it("exits 0 even though members failed: each keeps its last data and is marked on the site", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 of 3 fetched, 2 failed/);
  });

  it("stores the member that answered", async () => {
    const dir = (result as RunResult & { dir: string }).dir;
    const site = JSON.parse(await readFile(path.join(dir, "_data/members/achyk-kg/ak-terek/site.json"), "utf8")) as { id: string };
    expect(site.id).toBe("achyk-kg/ak-terek");
  });

  it("says for each failed member, on its registry line, why, Kyrgyz first, and adds a warning annotation", () => {
    const lines = result.stdout.split("\n");
    const down = lines.find((l) => l.includes("achyk-kg/down:") && !l.startsWith("::"));
    expect(down).toMatch(/_data\/registry\.yaml:6: achyk-kg\/down: .*жүктөлгөн жок \(ECONNREFUSED\).* \/ .*не загрузился \(ECONNREFUSED\).*\(маалымат жок \/ данных нет\)$/);
    expect(lines.filter((l) => /^::warning file=\S*\/_data\/registry\.yaml,line=6::achyk-kg\/down: /.test(l))).toHaveLength(1);
  });

  it("nothing a member sends can run a workflow command: every line is escaped", () => {
    const lines = result.stdout.split("\n");
    expect(lines.filter((l) => /^\s*::(add-mask|error|stop-commands)/.test(l))).toEqual([]);
    expect(result.stdout).toContain("%0A::add-mask::secret");
  });
});

describe("a registry or site that cannot be read stops the run", () => {
  it("an invalid registry: exit 1, file and line, Kyrgyz then Russian", async () => {
    const dir = await nationalDir('members:\n  - id: "achyk-kg/x"\n    name: { ky: "X", ru: "X" }\n    url: "https://x.kg/"\n');
    const run = await runScript("scripts/cli/members.ts", [], { env: { CONTENT_DIR: dir } });
    expect(run.code).toBe(1);
    // Both languages on the registry's line (their order is formatProblem's: Kyrgyz first once issue 14's change is in).
    const line = run.stderr.split("\n").find((l) => /_data\/registry\.yaml:2: /.test(l)) ?? "";
    expect(line).toMatch(/«members» тизмесинин 1-пунктунда милдеттүү «oblast» талаасы жок/);
    expect(line).toMatch(/В пункте 1 списка «members» нет обязательного поля «oblast»/);
  });

  it("a municipality is not a national site: exit 1", async () => {
    const run = await runScript("scripts/cli/members.ts", [], { env: { CONTENT_DIR: SMALL } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/улуттук эмес.*\/ Это не общенациональный сайт/);
  });

  it("a bad option: exit 2 with the usage", async () => {
    const run = await runScript("scripts/cli/members.ts", ["--parallel", "0"], { env: { CONTENT_DIR: SMALL } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--parallel must be a whole number/);
  });
});
