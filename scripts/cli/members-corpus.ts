/**
 * Simulated members of a national site, for the demo, the tests and `npm run bench -- --national`:
 * each is a real Achyk content folder (the bench's seeded corpus, this project's plan.yaml, a
 * site.yaml of its own) whose open data comes from the same producers a build uses
 * (`openDataOf`), so what the national site reads is what a member would publish. Deterministic
 * for the same count, seed, today and instant.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Bilingual } from "../lib/shared/lang.ts";
import { addDays, formatMonth } from "../lib/shared/dates.ts";
import { ENGINE_VERSION } from "../lib/shared/engine.ts";
import { openDataOf } from "../lib/reach/open-data.ts";
import { loadContent } from "../lib/validate/load.ts";
import { generateCorpus, seededRandom } from "./bench-corpus.ts";

const projectDir = path.resolve(import.meta.dirname, "../..");

/** Oblasts with a few of their districts (names as the classifier writes them). */
const OBLASTS: readonly { oblast: Bilingual; districts: readonly Bilingual[] }[] = [
  { oblast: { ky: "Баткен облусу", ru: "Баткенская область" }, districts: [{ ky: "Кадамжай району", ru: "Кадамжайский район" }, { ky: "Лейлек району", ru: "Лейлекский район" }] },
  { oblast: { ky: "Жалал-Абад облусу", ru: "Джалал-Абадская область" }, districts: [{ ky: "Сузак району", ru: "Сузакский район" }, { ky: "Ноокен району", ru: "Ноокенский район" }, { ky: "Аксы району", ru: "Аксыйский район" }] },
  { oblast: { ky: "Ысык-Көл облусу", ru: "Иссык-Кульская область" }, districts: [{ ky: "Ак-Суу району", ru: "Ак-Суйский район" }, { ky: "Тоң району", ru: "Тонский район" }] },
  { oblast: { ky: "Нарын облусу", ru: "Нарынская область" }, districts: [{ ky: "Ат-Башы району", ru: "Ат-Башинский район" }, { ky: "Кочкор району", ru: "Кочкорский район" }] },
  { oblast: { ky: "Ош облусу", ru: "Ошская область" }, districts: [{ ky: "Кара-Суу району", ru: "Карасуйский район" }, { ky: "Өзгөн району", ru: "Узгенский район" }, { ky: "Алай району", ru: "Алайский район" }] },
  { oblast: { ky: "Талас облусу", ru: "Таласская область" }, districts: [{ ky: "Бакай-Ата району", ru: "Бакай-Атинский район" }, { ky: "Манас району", ru: "Манасский район" }] },
  { oblast: { ky: "Чүй облусу", ru: "Чуйская область" }, districts: [{ ky: "Ысык-Ата району", ru: "Иссык-Атинский район" }, { ky: "Сокулук району", ru: "Сокулукский район" }, { ky: "Кемин району", ru: "Кеминский район" }] },
];

/** Parts of fictional village names. */
const FIRST = ["Ак", "Кара", "Кызыл", "Көк", "Сары", "Жаңы", "Чоң", "Кичи", "Таш", "Алтын"] as const;
const SECOND = ["Суу", "Булак", "Жар", "Таш", "Кыя", "Дөбө", "Сай", "Терек", "Арык", "Кайың", "Коргон", "Өзөн"] as const;

/** Kyrgyz letters spelled for a repository name: a slug of the village. */
const LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "j", з: "z", и: "i", й: "i", к: "k", л: "l", м: "m", н: "n", ң: "ng", о: "o", ө: "o",
  п: "p", р: "r", с: "s", т: "t", у: "u", ү: "u", ф: "f", х: "h", ц: "ts", ч: "ch", ш: "sh", ы: "y", э: "e", ю: "yu", я: "ya", "-": "-",
};

export interface SimulatedMember {
  /** `<owner>/<name>` of the member's repository. */
  id: string;
  slug: string;
  name: Bilingual;
  oblast: Bilingual;
  district: Bilingual;
  /** Entry files of its corpus. */
  size: number;
  seed: number;
}

/**
 * `count` members spread over the oblasts, each a distinct fictional aiyl aimak.
 * @example simulatedMembers(3)[0]?.id // "achyk-demo/ak-suu"
 */
export function simulatedMembers(count: number, { seed = 15, sizes = [60, 260] }: { seed?: number; sizes?: readonly [number, number] } = {}): SimulatedMember[] {
  const rand = seededRandom(seed);
  const used = new Set<string>();
  const members: SimulatedMember[] = [];
  for (let i = 0; members.length < count; i++) {
    const first = FIRST[i % FIRST.length]!;
    const second = SECOND[Math.floor(i / FIRST.length) % SECOND.length]!;
    const round = Math.floor(i / (FIRST.length * SECOND.length));
    const village = `${first}-${second}${round ? `-${round + 1}` : ""}`;
    const slug = [...village.toLowerCase()].map((c) => LATIN[c] ?? c).join("");
    if (used.has(slug)) continue;
    used.add(slug);
    const place = OBLASTS[members.length % OBLASTS.length]!;
    const district = place.districts[Math.floor(rand() * place.districts.length)]!;
    members.push({
      id: `achyk-demo/${slug}`,
      slug,
      name: { ky: `${village} айыл аймагы`, ru: `Айыльный аймак ${village}` },
      oblast: place.oblast,
      district,
      size: sizes[0] + Math.floor(rand() * (sizes[1] - sizes[0] + 1)),
      seed: seed * 1000 + i,
    });
  }
  return members;
}

const yamlPair = (value: Bilingual) => `{ ky: "${value.ky}", ru: "${value.ru}" }`;

/** A member's site.yaml, its site served from `baseUrl`. */
function memberSiteYaml(member: SimulatedMember, baseUrl: string): string {
  const [owner, name] = member.id.split("/");
  return [
    `# Simulated member of the national demo (scripts/cli/members-corpus.ts): fictional.`,
    `name: ${yamlPair(member.name)}`,
    "kind: aiyl-aimak",
    `oblast: ${yamlPair(member.oblast)}`,
    `district: ${yamlPair(member.district)}`,
    `population: ${2000 + (member.seed % 97) * 100}`,
    "demo: true",
    `contacts: { address: ${yamlPair({ ky: `${member.name.ky}, айыл өкмөтү`, ru: `${member.name.ru}, айыл окмоту` })} }`,
    `repository: { owner: ${owner}, name: ${name}, branch: main }`,
    `base_url: "${baseUrl}"`,
    "",
  ].join("\n");
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A member's monthly reports from January 2025 up to today: each on time, late or missing by the
 * member's own reliability (seeded), so that members differ as real ones do.
 * @example monthlyReports(member, "2026-11-25").length > 0 // true
 */
function monthlyReports(member: SimulatedMember, today: string): { path: string; text: string }[] {
  const rand = seededRandom(member.seed * 31 + 7);
  const reliability = 0.55 + rand() * 0.42;
  const files: { path: string; text: string }[] = [];
  for (let year = 2025; year <= Number(today.slice(0, 4)); year++) {
    for (let month = 1; month <= 12; month++) {
      const period = `${year}-${pad(month)}`;
      const [dueYear, dueMonth] = month === 12 ? [year + 1, 1] : [year, month + 1];
      const fate = rand();
      const lateBy = 1 + Math.floor(rand() * 20);
      if (fate > reliability + (1 - reliability) * 0.5) continue; // missing
      const onTime = fate <= reliability;
      const day = onTime ? `${dueYear}-${pad(dueMonth)}-${pad(15 + Math.floor(rand() * 11))}` : addDays(`${dueYear}-${pad(dueMonth)}-25`, lateBy);
      if (day > today) continue; // not written yet
      const village = member.name.ky.replace(/ айыл аймагы$/, "");
      for (const lang of rand() < 0.6 ? (["ky", "ru"] as const) : (["ky"] as const)) {
        const title = lang === "ky" ? `${member.name.ky}: ${formatMonth(period, "ky")} боюнча отчет` : `${member.name.ru}: отчёт за ${formatMonth(period, "ru")}`;
        const body =
          lang === "ky"
            ? `## Аткарылган иштер\n\n${village} айылында суу түтүгү жана көчө жарыгы боюнча иштер улантылды. Тургундар ашарга чыгышты.\n`
            : `## Выполненные работы\n\nВ селе ${village} продолжены работы по водопроводу и уличному освещению. Жители вышли на ашар.\n`;
        files.push({ path: `${lang}/reports/${period}.md`, text: `---\ntitle: "${title}"\ndate: ${day}\nperiod: "${period}"\nreach: ${300 + Math.floor(rand() * 3000)}\n---\n\n${body}` });
      }
    }
  }
  return files;
}

/**
 * Writes a member's content folder: site.yaml, the project's plan.yaml, its corpus (the bench's,
 * with the member's own monthly reports in place of the corpus's).
 */
export async function writeMemberContent(dir: string, member: SimulatedMember, baseUrl: string, today: string): Promise<void> {
  await mkdir(path.join(dir, "_data"), { recursive: true });
  await writeFile(path.join(dir, "_data/site.yaml"), memberSiteYaml(member, baseUrl));
  await writeFile(path.join(dir, "_data/plan.yaml"), await readFile(path.join(projectDir, "content/_data/plan.yaml"), "utf8"));
  const corpus = generateCorpus({ size: member.size, today, seed: member.seed }).filter((f) => !/^(ky|ru)\/reports\//.test(f.path));
  for (const file of [...corpus, ...monthlyReports(member, today)]) {
    const full = path.join(dir, file.path);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, file.text);
  }
}

/** The three files a member publishes, keyed as snapshots name them. */
export type MemberTexts = Record<"site" | "progress" | "entries", string>;

/**
 * What a content folder publishes under `/data/` (site.json, progress.json, entries.json),
 * from the build's own producers. Throws when the content has errors.
 */
export async function memberOpenData(contentDir: string, today: string, builtAt: string, gitHistory = false): Promise<MemberTexts> {
  const content = await loadContent({ contentDir, today, gitHistory });
  const errors = content.problems.filter((p) => p.severity === "error");
  if (errors.length) throw new Error(`${contentDir}: ${errors.length} content errors, first: ${errors[0]!.file}:${errors[0]!.line} ${errors[0]!.message.ru}`);
  const files = new Map(openDataOf(content, path.basename(contentDir), { builtAt, engineVersion: ENGINE_VERSION }).map((f) => [f.url, f.body]));
  const take = (url: string) => {
    const body = files.get(url);
    if (body === undefined) throw new Error(`${contentDir}: no ${url}`);
    return body;
  };
  return { site: take("/data/site.json"), progress: take("/data/progress.json"), entries: take("/data/entries.json") };
}

/** Writes `texts` as a member's published `data/` folder (a site root to serve or point to). */
export async function writeMemberSite(siteDir: string, texts: MemberTexts): Promise<void> {
  await mkdir(path.join(siteDir, "data"), { recursive: true });
  for (const [kind, text] of Object.entries(texts)) await writeFile(path.join(siteDir, "data", `${kind}.json`), text);
}

/**
 * A registry listing members at the given addresses.
 * @example registryYaml([{ member, url: "https://a.kg/" }]).startsWith("members:") // true
 */
export function registryYaml(
  members: readonly { member: Pick<SimulatedMember, "id" | "name" | "oblast"> & { district?: Bilingual | undefined }; url: string }[],
): string {
  const lines = ["members:"];
  for (const { member, url } of members) {
    lines.push(
      `  - id: "${member.id}"`,
      `    name: ${yamlPair(member.name)}`,
      `    oblast: ${yamlPair(member.oblast)}`,
      ...(member.district ? [`    district: ${yamlPair(member.district)}`] : []),
      `    url: "${url}"`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/**
 * The published files of `count` simulated members at once: `distinct` of them built from
 * content (memberOpenData), the others copies of those with their own id, name, place and
 * addresses, so hundreds of members cost a dozen loads. `maxEntries` keeps only the first
 * entries of each entries.json (a page-weight test needs every member in the filter lists,
 * not a full search index).
 */
export async function simulatedMemberSites(
  count: number,
  options: { distinct: number; today: string; builtAt: string; work: string; baseUrlOf: (m: SimulatedMember) => string; sizes?: readonly [number, number]; maxEntries?: number },
): Promise<{ member: SimulatedMember; texts: MemberTexts }[]> {
  const members = simulatedMembers(count, { sizes: options.sizes ?? [40, 120] });
  const originals: MemberTexts[] = [];
  for (const member of members.slice(0, options.distinct)) {
    const dir = path.join(options.work, member.slug);
    await writeMemberContent(dir, member, options.baseUrlOf(member), options.today);
    originals.push(await memberOpenData(dir, options.today, options.builtAt));
  }
  return members.map((member, i) => {
    const template = originals[i % originals.length]!;
    const from = members[i % originals.length]!;
    const texts = i < originals.length ? template : cloneTexts(template, from, member, options.baseUrlOf);
    return { member, texts: options.maxEntries === undefined ? texts : { ...texts, entries: firstEntries(texts.entries, options.maxEntries) } };
  });
}

/** A member's files made another member's: its id, names, place and addresses replaced. */
function cloneTexts(texts: MemberTexts, from: SimulatedMember, to: SimulatedMember, baseUrlOf: (m: SimulatedMember) => string): MemberTexts {
  const oldBase = baseUrlOf(from);
  const newBase = baseUrlOf(to);
  const site = JSON.parse(texts.site) as Record<string, unknown>;
  Object.assign(site, {
    id: to.id,
    name: to.name,
    oblast: to.oblast,
    district: to.district,
    base_url: newBase,
    repository: `https://github.com/${to.id}`,
  });
  const progress = JSON.parse(texts.progress) as Record<string, unknown>;
  progress.site = to.id;
  const entries = texts.entries.split(`"site":${JSON.stringify(from.id)}`).join(`"site":${JSON.stringify(to.id)}`).split(JSON.stringify(oldBase).slice(1, -1)).join(JSON.stringify(newBase).slice(1, -1));
  return { site: `${JSON.stringify(site, null, 2)}\n`, progress: `${JSON.stringify(progress, null, 2)}\n`, entries };
}

function firstEntries(entries: string, count: number): string {
  const json = JSON.parse(entries) as { entries: unknown[] };
  return `${JSON.stringify({ ...json, entries: json.entries.slice(0, count) })}\n`;
}
