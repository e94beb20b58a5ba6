/**
 * `npm run bench -- --national`: the national view at the scale of the country. Serves 230
 * simulated members on 127.0.0.1 (scripts/cli/members-corpus.ts: real content folders through
 * the build's own producers, 24 distinct ones copied under their own ids), a few of them down
 * (a closed port), slow (answering after the time limit) or broken (invalid JSON, another
 * schema version, an oversized entries.json); then times `npm run members` and the national
 * `npm run build`, cold (an empty cache by content) and warm (no member changed) (wall, CPU, peak
 * RSS of the largest process), and reports the weight of the pages and data a reader downloads.
 *
 *   npm run bench -- --national [--members 230] [--timeout 10] [--json] [--profile]
 *
 * Works in `.bench/national/`; `--json` also writes `.bench/national-results.json`.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import { measure, outputStats } from "./bench-measure.ts";
import { registryYaml, simulatedMemberSites, type MemberTexts } from "./members-corpus.ts";

const projectDir = path.resolve(import.meta.dirname, "../..");
const work = path.join(projectDir, ".bench/national");
const TODAY = "2026-11-25";
const tsx = path.join(projectDir, "node_modules/.bin/tsx");

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== "--national"),
  options: { members: { type: "string", default: "230" }, timeout: { type: "string", default: "10" }, json: { type: "boolean" }, profile: { type: "boolean" } },
});
const count = Number(args.members);
const timeoutSeconds = Number(args.timeout);

interface Measured {
  wallS: number;
  cpuS: number;
  peakRssMiB: number;
  stdout: string;
}

/** One of the project's scripts, measured (bench-measure.ts); a failure ends the benchmark. */
async function run(script: string, scriptArgs: string[], env: Record<string, string>): Promise<Measured> {
  const measured = await measure(tsx, [script, ...scriptArgs], env);
  if (measured.code !== 0) throw new Error(`${script} exited ${measured.code}:\n${measured.stderr.slice(-3000)}\n${measured.stdout.slice(-2000)}`);
  return { wallS: measured.wallMs / 1000, cpuS: measured.cpuMs / 1000, peakRssMiB: measured.peakRssMiB, stdout: measured.stdout };
}

const folderBytes = async (dir: string) => (await outputStats(dir)).bytes;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

async function main(): Promise<void> {
  if (!Number.isInteger(count) || count < 12 || !(timeoutSeconds > 0)) {
    console.error("Usage: npm run bench -- --national [--members 230] [--timeout 10] [--json] [--profile]");
    process.exit(2);
  }
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });

  // The members' sites: one server, each member under /<slug>/; how each answers is set below.
  const sites = new Map<string, MemberTexts>();
  const behaviour = new Map<string, "slow" | "not-json" | "version" | "oversized">();
  const server = createServer((req, res: ServerResponse) => {
    const [, slug = "", , file = ""] = (req.url ?? "").split("/");
    const texts = sites.get(slug);
    const kind = file.replace(/\.json$/, "") as keyof MemberTexts;
    if (!texts || !(kind in texts)) return void res.writeHead(404).end();
    const how = behaviour.get(slug);
    const send = (body: string) => res.writeHead(200, { "content-type": "application/json" }).end(body);
    if (how === "slow") return void setTimeout(() => !res.destroyed && send(texts[kind]), (timeoutSeconds + 5) * 1000);
    if (how === "not-json" && kind === "site") return send("<!doctype html><title>404</title>");
    if (how === "version" && kind === "progress") return send(texts.progress.replace('"achyk-progress/1"', '"achyk-progress/2"'));
    if (how === "oversized" && kind === "entries") {
      res.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(1 << 20, 0x20);
      let sent = 0;
      const push = () => {
        while (!res.destroyed && sent < 64) {
          sent += 1;
          if (!res.write(chunk)) return void res.once("drain", push);
        }
        res.end();
      };
      return push();
    }
    send(texts[kind]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const closed = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => probe.close(() => resolve()));

  let started = performance.now();
  const members = await simulatedMemberSites(count, {
    distinct: 24,
    today: TODAY,
    builtAt: "2026-11-24T18:07:00Z",
    work: path.join(work, "content"),
    baseUrlOf: (m) => `${base}/${m.slug}/`,
  });
  const setupS = (performance.now() - started) / 1000;
  const troubled = { down: [] as string[], slow: [] as string[], broken: [] as string[] };
  const registry = members.map(({ member, texts }, i) => {
    sites.set(member.slug, texts);
    // Every 23rd member has a problem, by turns: down, slow, and three ways of broken.
    const trouble = i % 23 === 11 ? (["down", "slow", "not-json", "version", "oversized"] as const)[Math.floor(i / 23) % 5]! : null;
    if (trouble === "down") troubled.down.push(member.id);
    else if (trouble === "slow") troubled.slow.push(member.id);
    else if (trouble) troubled.broken.push(member.id);
    if (trouble && trouble !== "down") behaviour.set(member.slug, trouble);
    return { member, url: trouble === "down" ? `${closed}/${member.slug}/` : `${base}/${member.slug}/` };
  });
  const entries = members.reduce((n, m) => n + (JSON.parse(m.texts.entries) as { entries: unknown[] }).entries.length, 0);

  const national = path.join(work, "site");
  await mkdir(path.join(national, "_data"), { recursive: true });
  await writeFile(
    path.join(national, "_data/site.yaml"),
    'name: { ky: "Улуттук көрүнүш (бенчмарк)", ru: "Общенациональный обзор (бенчмарк)" }\nkind: national\ncontacts: { address: { ky: "Бишкек", ru: "Бишкек" } }\nrepository: { owner: achyk-kg, name: national }\nbase_url: "https://national.achyk-demo.kg/"\n',
  );
  await cp(path.join(projectDir, "content/_data/plan.yaml"), path.join(national, "_data/plan.yaml"));
  await writeFile(path.join(national, "_data/registry.yaml"), registryYaml(registry));
  const env = { CONTENT_DIR: path.relative(projectDir, national), SITE_TODAY: TODAY };

  console.log(`${count} members (${entries} entries), simulated in ${setupS.toFixed(1)} s; down ${troubled.down.length}, slow ${troubled.slow.length}, broken ${troubled.broken.length}.`);
  const fetched = await run("scripts/cli/members.ts", ["--timeout", String(timeoutSeconds)], env);
  server.closeAllConnections();
  server.close();
  const out = path.join(work, "out");
  // Cold (a new, empty cache by content), then warm: the nightly build when no member changed.
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), "achyk-bench-national-cache-"));
  const build = () => run("scripts/cli/build.ts", [], { ...env, ACHYK_OUTPUT: out, ACHYK_CACHE: cacheDir, ...(args.profile ? { ACHYK_PROFILE: "1" } : {}) });
  const built = await build();
  const rebuilt = await build();
  await rm(cacheDir, { recursive: true, force: true });

  const css = await readFile(path.join(out, "assets/site.css"), "utf8");
  const nationalCss = await readFile(path.join(out, "assets/national.css"), "utf8");
  const weight = async (url: string) => {
    const html = await readFile(path.join(out, url, "index.html"), "utf8");
    return gzipSync(html + css + (html.includes("national.css") ? nationalCss : ""), { level: 9 }).length;
  };
  const pages = Object.fromEntries(await Promise.all(["/ky/plan/", "/ru/plan/", "/ky/", "/ky/search/"].map(async (u) => [u, await weight(u)] as const)));
  const gz = async (file: string) => gzipSync(await readFile(path.join(out, file))).length;
  const results = {
    members: count,
    entries,
    troubled,
    members_run: { wall_s: fetched.wallS, cpu_s: fetched.cpuS, peak_rss_mib: fetched.peakRssMiB, summary: fetched.stdout.trim().split("\n").pop() },
    build: { wall_s: built.wallS, cpu_s: built.cpuS, peak_rss_mib: built.peakRssMiB, national: /National view: .*/.exec(built.stdout)?.[0], index: /Search index: .*/.exec(built.stdout)?.[0] },
    build_warm: { wall_s: rebuilt.wallS, cpu_s: rebuilt.cpuS, peak_rss_mib: rebuilt.peakRssMiB, index: /Search index: .*/.exec(rebuilt.stdout)?.[0] },
    pages_gzip_bytes: pages,
    national_json_gzip_bytes: await gz("data/national.json"),
    national_csv_gzip_bytes: await gz("data/national.csv"),
    snapshots_bytes: await folderBytes(path.join(national, "_data/members")),
    pagefind_bytes: await folderBytes(path.join(out, "pagefind")),
  };

  console.log(`\n| step | wall s | CPU s | peak RSS MiB |\n|---|---:|---:|---:|`);
  console.log(`| npm run members (${count} members, ${timeoutSeconds} s limit per file) | ${fetched.wallS.toFixed(1)} | ${fetched.cpuS.toFixed(1)} | ${fetched.peakRssMiB.toFixed(0)} |`);
  console.log(`| npm run build (national, cold) | ${built.wallS.toFixed(1)} | ${built.cpuS.toFixed(1)} | ${built.peakRssMiB.toFixed(0)} |`);
  console.log(`| npm run build (national, warm: no member changed) | ${rebuilt.wallS.toFixed(1)} | ${rebuilt.cpuS.toFixed(1)} | ${rebuilt.peakRssMiB.toFixed(0)} |`);
  console.log(`\n${results.members_run.summary}\n${results.build.national}\n${results.build.index}\n${results.build_warm.index}`);
  if (args.profile) for (const [name, run] of [["cold", built], ["warm", rebuilt]] as const) console.log(`\nNational build, ${name}:\n${run.stdout.slice(Math.max(0, run.stdout.indexOf("Timeline:"))).trimEnd()}`);
  console.log(`\nHTML + CSS gzip -9: ${Object.entries(pages).map(([u, b]) => `${u} ${kb(b)}`).join(", ")}`);
  console.log(`national.json ${kb(results.national_json_gzip_bytes)} gzip, national.csv ${kb(results.national_csv_gzip_bytes)} gzip; snapshots ${mib(results.snapshots_bytes)}; search index ${mib(results.pagefind_bytes)}`);
  if (args.json) await writeFile(path.join(projectDir, ".bench/national-results.json"), `${JSON.stringify(results, null, 2)}\n`);
}

await main();
