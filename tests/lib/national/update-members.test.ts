/**
 * `npm run members`' logic against real HTTP on 127.0.0.1 (node:http): members that answer,
 * and members that are down (a closed port), slow (an answer later than the time limit),
 * broken (invalid JSON, another schema version, another id, oversized, 404). Snapshots are
 * real files in a temporary content folder.
 */
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILE_RULES, type MemberFiles } from "../../../scripts/lib/national/member-files.ts";
import { readSnapshot, snapshotDir } from "../../../scripts/lib/national/snapshots.ts";
import { mapBounded, memberBase, updateMembers, type MemberOutcome } from "../../../scripts/lib/national/update-members.ts";
import type { Member } from "../../../scripts/lib/validate/registry.ts";
import { report } from "../progress/plan-fixture.ts";
import { closedPort, files, member } from "./national-fixture.ts";

const TODAY = "2026-11-25";
const TIMEOUT_MS = 600;

let server: Server;
let base: string;
let downPort: number;
let contentDir: string;
/** How each site answers, by its first path segment; changed between runs. */
const behaviour = new Map<string, (file: string, res: ServerResponse) => void>();
let inFlight = 0;
let maxInFlight = 0;
let bigSent = 0;

const texts = (f: MemberFiles) => ({ site: JSON.stringify(f.site), progress: JSON.stringify(f.progress), entries: JSON.stringify(f.entries) });

function serveFiles(body: Record<string, string>) {
  return (file: string, res: ServerResponse) => {
    const kind = file.replace(/\.json$/, "");
    const text = body[kind];
    if (text === undefined) return void res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": "application/json" }).end(text);
  };
}

/** A registry member served by the test server under `/<name>/`. */
function served(name: string): Member {
  return { ...member(`achyk-kg/${name}`, name), url: `${base}/${name}/` };
}

function goodFiles(m: Member): MemberFiles {
  return files(m, TODAY, [report("2026-09", "2026-10-20"), report("2026-10", "2026-11-20")], [
    { type: "reports", slug: "2026-10", lang: "ky", url: `${m.url}ky/reports/2026-10/`, title: "Отчет", date: "2026-11-20", measure: "1.5", period: "2026-10", text: "Көпүрө оңдолду." },
  ]);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on("close", () => (inFlight -= 1));
    const [, site = "", , file = ""] = (req.url ?? "").split("/");
    const answer = behaviour.get(site);
    if (!answer) return void res.writeHead(404).end();
    answer(file, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  downPort = await closedPort();
  contentDir = await mkdtemp(path.join(tmpdir(), "achyk-members-"));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(contentDir, { recursive: true, force: true });
});

describe("one run over members that answer, are down, slow or broken", () => {
  let members: Member[];
  let outcomes: Map<string, MemberOutcome>;
  const NOW = "2026-11-24T22:23:00Z";

  beforeAll(async () => {
    const names = ["ok-a", "ok-b", "slow", "not-json", "version-2", "other-id", "oversized", "declared-big", "missing", "entry-elsewhere"];
    members = [...names.map(served), { ...member("achyk-kg/down", "down"), url: `http://127.0.0.1:${downPort}/` }];
    const good = (name: string) => texts(goodFiles(served(name)));
    behaviour.set("ok-a", serveFiles(good("ok-a")));
    behaviour.set("ok-b", serveFiles(good("ok-b")));
    behaviour.set("slow", (file, res) => setTimeout(() => serveFiles(good("slow"))(file, res), TIMEOUT_MS * 4));
    behaviour.set("not-json", serveFiles({ ...good("not-json"), site: "<!doctype html><p>Not found" }));
    behaviour.set("version-2", serveFiles({ ...good("version-2"), progress: good("version-2").progress.replace('"achyk-progress/1"', '"achyk-progress/2"') }));
    behaviour.set("other-id", serveFiles({ ...good("other-id"), site: good("other-id").site.replace('"id":"achyk-kg/other-id"', '"id":"achyk-kg/someone-else"') }));
    behaviour.set("oversized", (file, res) => {
      if (file !== "entries.json") return serveFiles(good("oversized"))(file, res);
      // No content-length: the limit must be enforced while the body streams in.
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      const push = () => {
        while (!res.destroyed && bigSent < FILE_RULES.entries.maxBytes * 4) {
          bigSent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", push);
        }
        res.end();
      };
      push();
    });
    behaviour.set("declared-big", (file, res) => {
      if (file !== "entries.json") return serveFiles(good("declared-big"))(file, res);
      res.writeHead(200, { "content-length": String(FILE_RULES.entries.maxBytes + 1) }).write("[");
    });
    behaviour.set("missing", serveFiles({ site: good("missing").site, progress: good("missing").progress }));
    const elsewhere = goodFiles(served("entry-elsewhere"));
    elsewhere.entries.entries[0]!.url = "https://evil.example/ky/reports/2026-10/";
    behaviour.set("entry-elsewhere", serveFiles(texts(elsewhere)));
    maxInFlight = 0;
    const list = await updateMembers(members, { contentDir, now: NOW, timeoutMs: TIMEOUT_MS, parallel: 3 });
    outcomes = new Map(list.map((o) => [o.id, o]));
  });

  it("members that answer with valid files get a snapshot of exactly what they published", async () => {
    for (const name of ["ok-a", "ok-b"]) {
      expect(outcomes.get(`achyk-kg/${name}`)).toEqual({ id: `achyk-kg/${name}`, ok: true, kept: false, entries: 1 });
      const dir = snapshotDir(contentDir, `achyk-kg/${name}`);
      expect(await readFile(path.join(dir, "progress.json"), "utf8")).toBe(texts(goodFiles(served(name))).progress);
      expect(JSON.parse(await readFile(path.join(dir, "status.json"), "utf8"))).toEqual({ checked_at: NOW, last_ok_at: NOW, error: null, failing_since: null });
    }
  });

  const failures = [
    { name: "down", ky: /жүктөлгөн жок \(ECONNREFUSED\)/, ru: /не загрузился \(ECONNREFUSED\)/ },
    { name: "slow", ky: /0\.6 секундада жүктөлгөн жок/, ru: /не загрузился за 0\.6 с/ },
    { name: "not-json", ky: /site\.json JSON эмес/, ru: /site\.json — не JSON/ },
    { name: "version-2", ky: /«achyk-progress\/1» маалымат версиясы күтүлөт, «achyk-progress\/2» табылды/, ru: /ожидается версия данных «achyk-progress\/1», найдено «achyk-progress\/2»/ },
    { name: "other-id", ky: /«achyk-kg\/other-id» id жазылган, сайт болсо өзүн «achyk-kg\/someone-else» деп атайт/, ru: /сайт называет себя «achyk-kg\/someone-else»/ },
    { name: "oversized", ky: /entries\.json 16384 КБдан чоң/, ru: /entries\.json больше 16384 КБ/ },
    { name: "declared-big", ky: /entries\.json 16384 КБдан чоң/, ru: /больше 16384 КБ/ },
    { name: "missing", ky: /entries\.json 404 кодун кайтарды/, ru: /entries\.json ответил кодом 404/ },
    { name: "entry-elsewhere", ky: /https:\/\/evil\.example\/.* мүчөнүн сайтында/, ru: /не на сайте участника/ },
  ] as const;

  it.each(failures)("$name: refused with a reason in Kyrgyz and Russian, no files stored", async ({ name, ky, ru }) => {
    const outcome = outcomes.get(`achyk-kg/${name}`)!;
    expect(outcome).toMatchObject({ ok: false, kept: false, entries: 0 });
    expect(outcome.error?.ky).toMatch(ky);
    expect(outcome.error?.ru).toMatch(ru);
    const snapshot = await readSnapshot(contentDir, `achyk-kg/${name}`);
    expect(snapshot.files).toBeUndefined();
    expect(snapshot.status).toEqual({ checked_at: NOW, last_ok_at: null, error: outcome.error, failing_since: NOW });
  });

  it("an oversized body stops downloading near the limit instead of reading it whole", () => {
    expect(bigSent).toBeLessThan(FILE_RULES.entries.maxBytes * 4);
  });

  it("no more members are fetched at once than asked", () => {
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(3 * 2); // a member asks for progress and entries together
  });

  describe("later runs", () => {
    const SECOND = "2026-11-25T22:23:00Z";
    const THIRD = "2026-11-26T22:23:00Z";
    let before: string;

    beforeAll(async () => {
      before = await readFile(path.join(snapshotDir(contentDir, "achyk-kg/ok-a"), "entries.json"), "utf8");
      behaviour.set("ok-a", (_file, res) => void res.writeHead(503).end("maintenance"));
      await updateMembers(members, { contentDir, now: SECOND, timeoutMs: TIMEOUT_MS, parallel: 3 });
    });

    it("a member that fails keeps its last good files and says why and since when", async () => {
      const snapshot = await readSnapshot(contentDir, "achyk-kg/ok-a");
      expect(snapshot.files?.site.id).toBe("achyk-kg/ok-a");
      expect(await readFile(path.join(snapshotDir(contentDir, "achyk-kg/ok-a"), "entries.json"), "utf8")).toBe(before);
      expect(snapshot.status).toMatchObject({ checked_at: SECOND, last_ok_at: "2026-11-24T22:23:00Z", failing_since: SECOND });
      expect(snapshot.status?.error?.ru).toMatch(/ответил кодом 503/);
    });

    it("failing again keeps the first day of the failure; answering again clears it", async () => {
      const [outcome] = await updateMembers([served("ok-a")], { contentDir, now: THIRD, timeoutMs: TIMEOUT_MS });
      expect(outcome).toMatchObject({ ok: false, kept: true, entries: 1 });
      expect((await readSnapshot(contentDir, "achyk-kg/ok-a")).status).toMatchObject({ checked_at: THIRD, failing_since: SECOND });
      behaviour.set("ok-a", serveFiles(texts(goodFiles(served("ok-a")))));
      await updateMembers([served("ok-a")], { contentDir, now: THIRD, timeoutMs: TIMEOUT_MS });
      expect((await readSnapshot(contentDir, "achyk-kg/ok-a")).status).toEqual({ checked_at: THIRD, last_ok_at: THIRD, error: null, failing_since: null });
    });

    it("a member no longer in the registry loses its snapshot folder (git keeps its history)", async () => {
      await updateMembers([served("ok-a")], { contentDir, now: THIRD, timeoutMs: TIMEOUT_MS });
      await expect(stat(snapshotDir(contentDir, "achyk-kg/ok-b"))).rejects.toThrow(/ENOENT/);
      expect((await stat(snapshotDir(contentDir, "achyk-kg/ok-a"))).isDirectory()).toBe(true);
    });
  });
});

describe("snapshots and helpers", () => {
  it("a snapshot file edited into nonsense reads as no data, with the reason", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "achyk-snapshot-"));
    try {
      const m = served("ok-a");
      const { writeSnapshot } = await import("../../../scripts/lib/national/snapshots.ts");
      await writeSnapshot(dir, m.id, { checked_at: "2026-11-24T22:23:00Z", last_ok_at: "2026-11-24T22:23:00Z", error: null, failing_since: null }, {
        ...texts(goodFiles(m)),
        progress: '{"schema":"achyk-progress/1","site":"achyk-kg/ok-a","today":"2026-11-25","measures":[{"id":"1.5"}]}',
      });
      const snapshot = await readSnapshot(dir, m.id);
      expect(snapshot.files).toBeUndefined();
      expect(snapshot.problem?.ru).toMatch(/_data\/members\/achyk-kg\/ok-a\/progress\.json: неверное поле «measures\.0\.goal»/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("a member in a local folder is read from it, resolved against the content folder", () => {
    expect(memberBase({ url: "../members/ak-terek" }, "/repo/content")).toBe("/repo/members/ak-terek/");
    expect(memberBase({ url: "https://a.kg/" }, "/repo/content")).toBe("https://a.kg/");
  });

  it("mapBounded keeps order and never runs more than its limit", async () => {
    let running = 0;
    let most = 0;
    const out = await mapBounded([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, n * 3));
      running -= 1;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });
});
