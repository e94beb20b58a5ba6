/**
 * Everything `npm run upgrade` says: to the person at the terminal or in the workflow log, in
 * Kyrgyz and then Russian (each error says what happened and what to do), and in the upgrade
 * commit, in English like every commit of the project, with the changelog it brings.
 */
import type { Bilingual } from "../shared/lang.ts";
import { releaseRef } from "./git-repo.ts";
import type { ConflictKind } from "./upgrade-plan.ts";

/** An error that stops the upgrade before anything is changed, worded for the member. */
export class UpgradeError extends Error {
  constructor(readonly text: Bilingual) {
    super(`${text.ky}\n${text.ru}`);
  }
}

/** `ky: …` then `ru: …`, each on its own line. @example bilingualLines({ ky: "Салам", ru: "Привет" }) // "ky: Салам\nru: Привет" */
export function bilingualLines(text: Bilingual, indent = ""): string {
  return `${indent}ky: ${text.ky}\n${indent}ru: ${text.ru}`;
}

const list = (items: readonly string[], max = 10) =>
  items.length > max ? `${items.slice(0, max).join(", ")} … (+${items.length - max})` : items.join(", ");

/** Why an upgrade cannot start, and what to do. @example errors.older("v0.1.0", "0.2.0").ru // "v0.1.0 старше вашей версии (0.2.0). …" */
export const errors = {
  notARepository: (dir: string): Bilingual => ({
    ky: `«${dir}» git репозиторийи эмес. Жаңыртууну сайттын репозиторийинин ичинде иштетиңиз.`,
    ru: `«${dir}» — не git-репозиторий. Запустите обновление внутри репозитория сайта.`,
  }),
  detachedHead: (): Bilingual => ({
    ky: "Эч бир бутак тандалган эмес (detached HEAD). Сайттын негизги бутагына өтүңүз (git switch main) жана кайра иштетиңиз.",
    ru: "Не выбрана ни одна ветка (detached HEAD). Перейдите на основную ветку сайта (git switch main) и запустите снова.",
  }),
  noVersion: (found: string): Bilingual => ({
    ky: `package.json файлынан Achyk'тин версиясы табылган жок (табылганы: ${found}). Сайт кайсы релизден түзүлгөнүн --base <тег> менен бериңиз (мисалы, --base v0.1.0).`,
    ru: `В package.json не найдена версия Achyk (найдено: ${found}). Укажите релиз, из которого сделан сайт: --base <тег> (например, --base v0.1.0).`,
  }),
  cannotReadReleases: (from: string, detail: string): Bilingual => ({
    ky: `«${from}» репозиторийинен релиздер окулган жок (${detail}). Даректи (--from) жана интернетти текшериңиз.`,
    ru: `Не удалось прочитать релизы из «${from}» (${detail}). Проверьте адрес (--from) и интернет.`,
  }),
  noReleases: (from: string): Bilingual => ({
    ky: `«${from}» репозиторийинде бир да релиз жок (v0.2.0 сыяктуу тег). Дарек туурабы (--from)?`,
    ru: `В «${from}» нет ни одного релиза (тега вида v0.2.0). Верен ли адрес (--from)?`,
  }),
  notAReleaseTag: (to: string): Bilingual => ({
    ky: `«${to}» релиздин теги эмес: релиздер v<MAJOR.MINOR.PATCH> деп белгиленет (мисалы, --to v0.2.0), же эң акыркысы үчүн --to latest.`,
    ru: `«${to}» — не тег релиза: релизы помечаются v<MAJOR.MINOR.PATCH> (например, --to v0.2.0), а для самого нового есть --to latest.`,
  }),
  unknownTag: (to: string, from: string, available: readonly string[]): Bilingual => ({
    ky: `«${from}» репозиторийинде ${to} релизи жок. Бар релиздер: ${list(available) || "жок"}. Ушулардын бирин --to менен бериңиз, же --to latest (эң акыркысы).`,
    ru: `В «${from}» нет релиза ${to}. Есть релизы: ${list(available) || "нет"}. Укажите один из них в --to или --to latest (самый новый).`,
  }),
  baseMissing: (base: string, from: string): Bilingual => ({
    ky: `Сайтыңыздын package.json файлы ${base} деп турат, бирок «${from}» репозиторийинде мындай тег жок, ошондуктан кайсы файлдарды колго өзгөрткөнүңүздү салыштырууга мүмкүн эмес. Сайт кайсы релизден түзүлгөнүн --base <тег> менен бериңиз.`,
    ru: `package.json вашего сайта говорит ${base}, но в «${from}» такого тега нет, поэтому не с чем сравнить, какие файлы вы меняли вручную. Укажите релиз, из которого сделан сайт: --base <тег>.`,
  }),
  older: (to: string, current: string): Bilingual => ({
    ky: `${to} сиздин версияңыздан (${current}) эски. Жаңыртуу артка кайтарбайт: жаңыраак релизди тандаңыз.`,
    ru: `${to} старше вашей версии (${current}). Обновление не откатывает назад: выберите более новый релиз.`,
  }),
  uncommitted: (files: readonly string[]): Bilingual => ({
    ky: `Репозиторийде commit кылына элек өзгөртүүлөр бар: ${list(files)}. Адегенде аларды commit кылыңыз же «git stash» менен четке коюңуз, андан кийин кайра иштетиңиз.`,
    ru: `В репозитории есть незакоммиченные изменения: ${list(files)}. Сначала закоммитьте их или уберите через «git stash», затем запустите снова.`,
  }),
  tagVersionMismatch: (tag: string, found: string): Bilingual => ({
    ky: `${tag} релизинин package.json файлында version «${found}» деп турат: релиз туура эмес белгиленген. Achyk'тин тейлөөчүлөрүнө кабарлаңыз же башка релизди тандаңыз.`,
    ru: `В package.json релиза ${tag} version «${found}»: релиз помечен неправильно. Сообщите сопровождающим Achyk или выберите другой релиз.`,
  }),
  registry: (tag: string, detail: string): Bilingual => ({
    ky: `${tag} релизинин мазмун миграциялары окулган жок (${detail}). Балким, бул релиз npm run upgrade'дин жаңыраак версиясын талап кылат: адегенде ортодогу релизге жаңыртыңыз.`,
    ru: `Не удалось прочитать миграции содержимого релиза ${tag} (${detail}). Возможно, этот релиз требует более новой версии npm run upgrade: сначала обновитесь до промежуточного релиза.`,
  }),
  branchTaken: (branch: string): Bilingual => ({
    ky: `${branch} бутагы мурунтан бар жана анда жаңыртуунун коммитинен башка коммиттер бар. Аны башка ат менен атаңыз (git branch -m ${branch} <жаңы ат>) же өчүрүңүз (git branch -D ${branch}), андан кийин кайра иштетиңиз.`,
    ru: `Ветка ${branch} уже есть, и в ней есть коммиты, сделанные не обновлением. Переименуйте её (git branch -m ${branch} <новое имя>) или удалите (git branch -D ${branch}) и запустите снова.`,
  }),
  usage: (problem: string): Bilingual => ({
    ky: `${problem}. Колдонуу: npm run upgrade -- --from <git дареги же папка> --to <тег|latest> [--base <тег>] [--hold-workflows] [--no-checkout] [--report <файл>]`,
    ru: `${problem}. Использование: npm run upgrade -- --from <адрес git или папка> --to <тег|latest> [--base <тег>] [--hold-workflows] [--no-checkout] [--report <файл>]`,
  }),
};

const CONFLICT_TEXT: Record<ConflictKind, (to: string) => Bilingual> = {
  edited: (to) => ({ ky: `Бул файлды сиз өзгөрткөнсүз, ${to} да аны өзгөртөт.`, ru: `Вы изменили этот файл, и ${to} тоже его меняет.` }),
  deleted: (to) => ({ ky: `Бул файлды сиз өчүргөнсүз, ал эми ${to} аны өзгөртөт.`, ru: `Вы удалили этот файл, а ${to} его меняет.` }),
  added: (to) => ({ ky: `Бул файлды сиз кошконсуз, ${to} да ушул аттагы башка файлды кошот.`, ru: `Вы добавили этот файл, а ${to} добавляет другой файл с тем же именем.` }),
  removed: (to) => ({ ky: `Бул файлды сиз өзгөрткөнсүз, ал эми ${to} аны өчүрөт.`, ru: `Вы изменили этот файл, а ${to} его удаляет.` }),
};

/**
 * What happened to one file and the command that gives it back to the release.
 * @example conflictText({ path: "layouts/assets/site.css", kind: "edited" }, "v0.1.0", "v0.2.0").ru
 * // "Вы изменили этот файл, и v0.2.0 тоже его меняет. Вернуть версию v0.1.0: git checkout refs/achyk/v0.1.0 -- layouts/assets/site.css"
 */
export function conflictText(conflict: { path: string; kind: ConflictKind }, base: string, to: string): Bilingual {
  const what = CONFLICT_TEXT[conflict.kind](to);
  if (conflict.kind === "added") {
    return {
      ky: `${what.ky} Өзүңүздүкүн башка атка көчүрүңүз: git mv ${conflict.path} <жаңы ат>`,
      ru: `${what.ru} Переименуйте свой: git mv ${conflict.path} <новое имя>`,
    };
  }
  const restore = `git checkout ${releaseRef(base)} -- ${conflict.path}`;
  return { ky: `${what.ky} ${base} версиясын кайтаруу: ${restore}`, ru: `${what.ru} Вернуть версию ${base}: ${restore}` };
}

/**
 * The lines printed when hand-made changes stop the upgrade: each file, then what to do.
 * @example conflictReport([{ path: "layouts/assets/site.css", kind: "edited" }], "v0.1.0", "v0.2.0", ENGINE.repository)
 */
export function conflictReport(conflicts: readonly { path: string; kind: ConflictKind }[], base: string, to: string, upstream: string): string {
  const head: Bilingual = {
    ky: `Жаңыртуу ${base} → ${to} токтотулду: колго өзгөртүлгөн файлдарды (${conflicts.length}) релиз да өзгөртөт. Эч нерсе өзгөртүлгөн жок: файлдар да, бутактар да.`,
    ru: `Обновление ${base} → ${to} остановлено: файлы, изменённые вручную, меняет и релиз (${conflicts.length}). Ничего не изменено: ни файлы, ни ветки.`,
  };
  const files = conflicts.map((c) => `\n  ${c.path}\n${bilingualLines(conflictText(c, base, to), "    ")}`).join("\n");
  const todo: Bilingual = {
    ky:
      `Эмне кылуу керек. Өзгөртүүңүздү караңыз: git diff ${releaseRef(base)} HEAD -- <файл>. ` +
      `Ал керек болбосо, жогорудагы буйрук менен релиздеги версиясын кайтарып, git commit кылып, жаңыртууну кайра иштетиңиз. ` +
      `Керек болсо, аны Achyk'ке сунуштаңыз (${upstream}, issue же pull request), ошондо ал бардык муниципалитеттерге келет; ` +
      `же өзгөртүүнү сактап (git diff ${releaseRef(base)} HEAD -- <файл> > my.patch), версиясын кайтарып, жаңыртып, кайра колдонуңуз (git apply my.patch).`,
    ru:
      `Что делать. Посмотрите своё изменение: git diff ${releaseRef(base)} HEAD -- <файл>. ` +
      `Если оно не нужно — верните версию релиза командой выше, сделайте git commit и запустите обновление снова. ` +
      `Если нужно — предложите его в Achyk (${upstream}, issue или pull request), тогда оно придёт всем муниципалитетам; ` +
      `или сохраните изменение (git diff ${releaseRef(base)} HEAD -- <файл> > my.patch), верните версию, обновитесь и примените его снова (git apply my.patch).`,
  };
  return `${bilingualLines(head)}\n${files}\n\n${bilingualLines(todo)}`;
}

/**
 * The lines printed when a content migration cannot be applied.
 * @example migrationProblemReport(run.problems, "v0.1.0", "v0.2.0")
 */
export function migrationProblemReport(problems: readonly { description: string; file: string; message: Bilingual }[], base: string, to: string): string {
  const head: Bilingual = {
    ky: `Жаңыртуу ${base} → ${to} токтотулду: мазмунду жаңы версияга ылайыктоо мүмкүн болгон жок. Эч нерсе өзгөртүлгөн жок.`,
    ru: `Обновление ${base} → ${to} остановлено: содержимое не удалось привести к новой версии. Ничего не изменено.`,
  };
  const lines = problems.map((p) => `\n  ${p.file} (${p.description})\n${bilingualLines(p.message, "    ")}`).join("\n");
  return `${bilingualLines(head)}\n${lines}`;
}

/**
 * What was done, in numbers; Russian without number agreement ("файлов: 3").
 * @example changeCounts({ update: 3, add: 1, remove: 0 }).ru // "изменено файлов: 3, добавлено: 1, удалено: 0"
 */
export function changeCounts(counts: { update: number; add: number; remove: number }): Bilingual {
  return {
    ky: `өзгөргөн файлдар: ${counts.update}, кошулганы: ${counts.add}, өчүрүлгөнү: ${counts.remove}`,
    ru: `изменено файлов: ${counts.update}, добавлено: ${counts.add}, удалено: ${counts.remove}`,
  };
}

export interface CommitFacts {
  base: string;
  to: string;
  counts: { update: number; add: number; remove: number };
  migrations: readonly { version: string; description: string; files: readonly string[] }[];
  kept: readonly string[];
  held: readonly { path: string; change: string }[];
  lockReplaced: boolean;
  /** The changelog sections between the two versions, newest first. */
  changelog: readonly string[];
}

/** Marks an upgrade commit; `npm run upgrade-pr` and a second run recognise their own commit by it. */
const TRAILER = "Achyk-Upgrade";

/**
 * The upgrade commit's message: one line, the numbers, what a person must know, the changelog,
 * and the trailer that marks the commit as the upgrade's own.
 * @example commitMessage(facts).split("\n")[0] // "Upgrade Achyk to v0.2.0 (from v0.1.0)"
 */
export function commitMessage(f: CommitFacts): string {
  const parts = [`Upgrade Achyk to ${f.to} (from ${f.base})`];
  parts.push(
    `Engine files (everything outside content/ but the engine's examples/, and the generated content/README.md and content/_templates/) ` +
      `now match ${f.to}: ${f.counts.update} changed, ${f.counts.add} added, ${f.counts.remove} removed.`,
  );
  const changed = f.migrations.filter((m) => m.files.length);
  parts.push(
    changed.length
      ? `Content migrations declared by the release (the only changes to content/):\n${changed.map((m) => `- ${m.version}: ${m.description} (${m.files.length} ${m.files.length === 1 ? "file" : "files"})`).join("\n")}`
      : "Content (content/): untouched.",
  );
  if (f.kept.length) parts.push(`Kept as changed in this repository (${f.to} does not change them):\n${f.kept.map((p) => `- ${p}`).join("\n")}`);
  if (f.held.length) {
    parts.push(
      `Held back, to update by hand (only a token with the "workflows" permission may change workflow files):\n` +
        f.held.map((h) => `- ${h.path} (${h.change})`).join("\n"),
    );
  }
  if (f.lockReplaced) parts.push(`package-lock.json had been changed in this repository; it is replaced by ${f.to}'s, as npm ci needs.`);
  parts.push(f.changelog.length ? `Changes (CHANGELOG.md):\n\n${f.changelog.join("\n\n")}` : `${f.to} has no CHANGELOG.md section.`);
  parts.push(`${TRAILER}: ${f.base} -> ${f.to}`);
  return `${parts.join("\n\n")}\n`;
}

/**
 * The two releases of an upgrade commit, from its trailer; null for any other commit.
 * @example upgradeTrailer("Upgrade …\n\nAchyk-Upgrade: v0.1.0 -> v0.2.0\n") // { base: "v0.1.0", to: "v0.2.0" }
 */
export function upgradeTrailer(message: string): { base: string; to: string } | null {
  const m = new RegExp(`^${TRAILER}: (\\S+) -> (\\S+)\\s*$`, "m").exec(message.trimEnd().split("\n\n").at(-1) ?? "");
  return m ? { base: m[1]!, to: m[2]! } : null;
}

export interface ReadyFacts {
  base: string;
  to: string;
  branch: string;
  created: boolean;
  checkedOut: boolean;
  changes: { add: readonly string[]; update: readonly string[]; remove: readonly string[] };
  kept: readonly string[];
  held: readonly { path: string; change: string }[];
  lockReplaced: boolean;
  migrations: readonly { description: string; files: readonly string[] }[];
  switchProblem?: string;
}

/**
 * What the member reads after a successful run: the branch, the numbers, anything to do by
 * hand, how to try it and how to undo it.
 * @example readySummary(facts).startsWith("ky: Achyk v0.1.0 → v0.2.0") // true
 */
export function readySummary(f: ReadyFacts): string {
  const counts = changeCounts({ update: f.changes.update.length, add: f.changes.add.length, remove: f.changes.remove.length });
  const migrated = f.migrations.filter((m) => m.files.length);
  const done: Bilingual = f.created
    ? {
        ky: `Achyk ${f.base} → ${f.to}: ${f.branch} бутагы даяр, бир коммит (${counts.ky}). Мазмун (content/) ${migrated.length ? "релиздин миграцияларынан башка " : ""}өзгөргөн жок.`,
        ru: `Achyk ${f.base} → ${f.to}: ветка ${f.branch} готова, один коммит (${counts.ru}). Содержимое (content/) не тронуто${migrated.length ? ", кроме миграций релиза" : ""}.`,
      }
    : {
        ky: `Achyk ${f.base} → ${f.to}: ${f.branch} бутагында бул жаңыртуу мурунтан эле бар, эч нерсе жазылган жок.`,
        ru: `Achyk ${f.base} → ${f.to}: ветка ${f.branch} уже содержит это обновление, ничего не записано.`,
      };
  const blocks = [bilingualLines(done)];
  if (migrated.length) {
    blocks.push(
      bilingualLines({ ky: "Мазмундагы миграциялар (релиз талап кылат):", ru: "Миграции содержимого (требует релиз):" }) +
        `\n${migrated.map((m) => `  - ${m.description} (${m.files.length})`).join("\n")}`,
    );
  }
  if (f.kept.length) {
    blocks.push(
      bilingualLines({ ky: `Сиз өзгөрткөн, бирок ${f.to} өзгөртпөгөн файлдар ошол бойдон калды:`, ru: `Файлы, изменённые вами, но не меняющиеся в ${f.to}, оставлены как есть:` }) +
        `\n${f.kept.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
  if (f.held.length) {
    blocks.push(
      bilingualLines({
        ky: "Бул workflow файлдары жаңыртылган жок (--hold-workflows): аларды GitHub'та колго жаңыртыңыз (README, Upgrading):",
        ru: "Эти файлы workflow не обновлены (--hold-workflows): обновите их вручную на GitHub (README, Upgrading):",
      }) + `\n${f.held.map((h) => `  - ${h.path} (${h.change})`).join("\n")}`,
    );
  }
  if (f.lockReplaced) {
    blocks.push(bilingualLines({ ky: `package-lock.json ${f.to} релизиникине алмаштырылды (сиздики өзгөртүлгөн эле).`, ru: `package-lock.json заменён на файл из ${f.to} (ваш был изменён).` }));
  }
  if (f.switchProblem) {
    blocks.push(
      bilingualLines({
        ky: `Бутак даяр, бирок git ага өткөн жок (${f.switchProblem}). Ошол файлды башка жерге жылдырып, өзүңүз өтүңүз: git switch ${f.branch}`,
        ru: `Ветка готова, но git не переключился на неё (${f.switchProblem}). Уберите мешающий файл и переключитесь сами: git switch ${f.branch}`,
      }),
    );
  }
  const where = f.checkedOut ? "" : `git switch ${f.branch} && `;
  blocks.push(
    bilingualLines({
      ky: `Текшерүү: ${where}npm ci && npm run check && npm run build. Баары туура болсо, бутакты негизги бутакка кошуңуз (pull request же git merge). Жокко чыгаруу: git switch main && git branch -D ${f.branch}.`,
      ru: `Проверка: ${where}npm ci && npm run check && npm run build. Если всё в порядке, влейте ветку в основную (pull request или git merge). Отмена: git switch main && git branch -D ${f.branch}.`,
    }),
  );
  return blocks.join("\n\n");
}

/**
 * @example upToDateText("0.2.0", "v0.2.0").ru // "Сайт уже на Achyk 0.2.0 (запрошенный релиз: v0.2.0): обновлять нечего."
 */
export function upToDateText(version: string, to: string): Bilingual {
  return {
    ky: `Сайт Achyk ${version} версиясында (суралган релиз: ${to}): жаңыртуунун кереги жок.`,
    ru: `Сайт уже на Achyk ${version} (запрошенный релиз: ${to}): обновлять нечего.`,
  };
}
