/**
 * Members of a national site for the national tests: each member's files are made by the same
 * producers as a build's (computeProgress → progressJson, the entries.json schema's shape), from
 * the progress tests' plan and report helper.
 */
import { computeProgress, type ProgressEntry } from "../../../scripts/lib/progress/progress.ts";
import { progressJson } from "../../../scripts/lib/progress/open-data.ts";
import type { EntryJson, SiteJson } from "../../../scripts/lib/model/site-data.ts";
import type { MemberFiles } from "../../../scripts/lib/national/member-files.ts";
import type { Snapshot, MemberStatus } from "../../../scripts/lib/national/snapshots.ts";
import type { Member } from "../../../scripts/lib/validate/registry.ts";
import { PLAN, POPULATION } from "../progress/plan-fixture.ts";
import { cp, mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { projectDir } from "../../helpers/run.ts";

export { PLAN };

export const JALAL_ABAD = { ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" };
export const SUZAK = { ky: "Сузак району", ru: "Сузакский район" };
export const NOOKEN = { ky: "Ноокен району", ru: "Ноокенский район" };
export const CHUY = { ky: "Чүй облусу", ru: "Чуйская область" };

/** A registry member; `district: null` for one outside any district. */
export function member(id: string, village: string, oblast = JALAL_ABAD, district: Member["district"] | null = SUZAK): Member {
  return {
    id,
    name: { ky: `${village} айыл аймагы`, ru: `Айыльный аймак ${village}` },
    oblast,
    ...(district ? { district } : {}),
    url: `https://${village.toLowerCase()}.example.kg/`,
  };
}

/** A member's files: its progress on its own `today` from the given entries, its entries, its identity. */
export function files(m: Member, today: string, entries: ProgressEntry[], list: EntryJson[] = []): MemberFiles {
  const site: SiteJson = {
    schema: "achyk-site/1",
    id: m.id,
    code: null,
    name: m.name,
    kind: "aiyl-aimak",
    oblast: m.oblast,
    district: m.district ?? null,
    population: POPULATION,
    base_url: m.url,
    repository: `https://github.com/${m.id}`,
    engine_version: "0.1.0",
    built_at: `${today}T00:00:00Z`,
    today,
  };
  const progress = progressJson(computeProgress(PLAN, entries, { today, population: POPULATION }), m.id);
  return { site, progress, entries: { schema: "achyk-entries/1", site: m.id, today, entries: list } };
}

export const OK: MemberStatus = { checked_at: "2026-11-24T22:23:00Z", last_ok_at: "2026-11-24T22:23:00Z", error: null, failing_since: null };

export function snapshot(memberFiles: MemberFiles | undefined, status: MemberStatus = OK): Snapshot {
  return memberFiles ? { files: memberFiles, status } : { status };
}

/** The `site.yaml` of the national test site. */
export const NATIONAL_SITE = `name: { ky: "Улуттук сыноо", ru: "Национальный тест" }
kind: national
contacts: { address: { ky: "Бишкек", ru: "Бишкек" } }
repository: { owner: agency, name: national }
base_url: "https://agency.example.kg/"
`;

/** A national site's content folder in `dir`: its site.yaml, the demo's plan and `registry`. */
export async function writeNationalContent(dir: string, registry: string): Promise<string> {
  await mkdir(path.join(dir, "_data"), { recursive: true });
  await writeFile(path.join(dir, "_data/site.yaml"), NATIONAL_SITE);
  await cp(path.join(projectDir, "content/_data/plan.yaml"), path.join(dir, "_data/plan.yaml"));
  await writeFile(path.join(dir, "_data/registry.yaml"), registry);
  return dir;
}

/** A port of 127.0.0.1 that was free a moment ago and is closed now: a member whose site is down. */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
