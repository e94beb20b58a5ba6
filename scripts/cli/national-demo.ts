/**
 * `npm run national-demo`: (re)writes the national demo, `examples/national/`, which builds offline
 * with `CONTENT_DIR=examples/national npm run build`. Its members' snapshots are the demo
 * municipality's own open data (this repository's `content/`, with its git history) and a few
 * simulated members (scripts/cli/members-corpus.ts): one of them stale (its site stopped
 * answering), one never reached. Deterministic: the same repository gives the same files.
 */
import { cp, mkdtemp, rm, writeFile, mkdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { removeSnapshot, snapshotIds, writeSnapshot, type MemberStatus } from "../lib/national/snapshots.ts";
import { memberMessages } from "../lib/validate/national-messages.ts";
import { memberOpenData, registryYaml, simulatedMembers, writeMemberContent, type SimulatedMember } from "./members-corpus.ts";

const projectDir = path.resolve(import.meta.dirname, "../..");
const demoDir = path.join(projectDir, "examples/national");
const TODAY = "2026-11-25";
/** When the members last published (00:07 in Bishkek) and when the national run fetched them. */
const MEMBERS_BUILT = "2026-11-24T18:07:00Z";
const CHECKED = "2026-11-24T22:23:00Z";

const AK_TEREK = {
  id: "achyk-kg/ak-terek",
  name: { ky: "Ак-Терек айыл аймагы", ru: "Ак-Терекский айыльный аймак" },
  oblast: { ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" },
  district: { ky: "Сузак району", ru: "Сузакский район" },
};

const SITE_YAML = `# The national demo (npm run national-demo writes this folder): the agency's site over every
# member. A national site has no population, oblast or plan targets of its own: its plan
# pages are the members'. Fictional, like the demo municipality.
name: { ky: "Ачык айыл өкмөттөр: улуттук көрүнүш (демо)", ru: "Открытые айыл окмоту: общенациональный обзор (демо)" }
kind: national
demo: true
contacts:
  address: { ky: "Бишкек шаары (демо)", ru: "город Бишкек (демо)" }
  email: "national@achyk.example.kg"
repository: { owner: achyk-kg, name: national, branch: main }
base_url: "https://national.achyk-demo.kg/"
`;

const POST = {
  ky: `---
title: "Улуттук көрүнүш: бардык айыл аймактардын планды аткаруусу бир жерде"
date: 2026-11-20
summary: "Ар бир муниципалитеттин өз сайтындагы ачык маалыматтардан түзүлдү."
---

Бул сайт ар бир айыл аймагынын өз сайтында жарыялаган ачык маалыматтарын (план боюнча отчеттор жана мезгилдер) түнкүсүн чогултат.

Айлык отчетту ким өз убагында жарыялаганын, облустар жана райондор боюнча салыштырып көрүүгө, бардык муниципалитеттердин жарыяларынан издөөгө болот.
`,
  ru: `---
title: "Общенациональный обзор: выполнение плана всеми айыльными аймаками в одном месте"
date: 2026-11-20
summary: "Собран из открытых данных на сайте каждого муниципалитета."
---

Этот сайт каждую ночь собирает открытые данные, которые каждый айыльный аймак публикует на своём сайте (отчёты и периоды плана).

Можно увидеть, кто опубликовал ежемесячный отчёт вовремя, сравнить области и районы и искать по публикациям всех муниципалитетов.
`,
};

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), "achyk-national-demo-"));
  try {
    await mkdir(path.join(demoDir, "_data"), { recursive: true });
    await writeFile(path.join(demoDir, "_data/site.yaml"), SITE_YAML);
    await cp(path.join(projectDir, "content/_data/plan.yaml"), path.join(demoDir, "_data/plan.yaml"));
    for (const lang of ["ky", "ru"] as const) {
      await mkdir(path.join(demoDir, lang, "posts"), { recursive: true });
      await writeFile(path.join(demoDir, lang, "posts/2026-11-20-ulut-koz-karash.md"), POST[lang]);
    }

    // Small members: the demo ships their snapshots, and a few dozen entries each show the view as well as hundreds.
    const simulated = simulatedMembers(5, { sizes: [40, 90] });
    const urlOf = (m: SimulatedMember) => `https://achyk-demo.github.io/${m.slug}/`;
    const registry = [
      { member: AK_TEREK, url: "https://achyk-kg.github.io/" },
      ...simulated.map((member) => ({ member, url: urlOf(member) })),
    ];
    await writeFile(
      path.join(demoDir, "_data/registry.yaml"),
      `# Members of the national demo: the demo municipality and simulated ones (fictional addresses).\n${registryYaml(registry)}`,
    );
    for (const id of await snapshotIds(demoDir)) await removeSnapshot(demoDir, id);

    const ok: MemberStatus = { checked_at: CHECKED, last_ok_at: CHECKED, error: null, failing_since: null };
    // The demo municipality: this repository's content, with its git history, as its build publishes it.
    await writeSnapshot(demoDir, AK_TEREK.id, ok, await memberOpenData(path.join(projectDir, "content"), TODAY, MEMBERS_BUILT, true));

    for (const [i, member] of simulated.entries()) {
      const contentDir = path.join(work, member.slug);
      const stale = i === simulated.length - 2;
      const unavailable = i === simulated.length - 1;
      if (unavailable) {
        const error = memberMessages.unreachable(`${urlOf(member)}data/site.json`, "ENOTFOUND");
        await writeSnapshot(demoDir, member.id, { checked_at: CHECKED, last_ok_at: null, error, failing_since: "2026-11-10T22:23:00Z" });
        continue;
      }
      // The stale one last published on 20 November; its site has not answered since.
      const today = stale ? "2026-11-20" : TODAY;
      await writeMemberContent(contentDir, member, urlOf(member), today);
      const texts = await memberOpenData(contentDir, today, stale ? "2026-11-19T18:07:00Z" : MEMBERS_BUILT);
      const status: MemberStatus = stale
        ? { checked_at: CHECKED, last_ok_at: "2026-11-19T22:23:00Z", error: memberMessages.timeout(`${urlOf(member)}data/site.json`, 20), failing_since: "2026-11-20T22:23:00Z" }
        : ok;
      await writeSnapshot(demoDir, member.id, status, texts);
    }
    const readme = await readFile(path.join(demoDir, "README.md"), "utf8").catch(() => null);
    if (readme === null) console.warn("examples/national/README.md is missing");
    console.log(`examples/national: ${registry.length} members written (today ${TODAY}).`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
