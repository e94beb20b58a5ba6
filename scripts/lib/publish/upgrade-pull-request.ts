/**
 * The upgrade pull request, planned without talking to GitHub: its title and description (in
 * Kyrgyz, then Russian: the people who press Merge read it), the commit status that carries
 * the checks, whether the branch may be pushed, and which pull request to open, update or
 * close. `scripts/cli/upgrade-pr.ts` only carries the plan out with git and gh.
 */
import type { Bilingual } from "../shared/lang.ts";
import { changeCounts } from "./upgrade-messages.ts";
import { releaseRef } from "./git-repo.ts";

/** The label of upgrade pull requests, for people (the workflow finds them by branch name). */
export const UPGRADE_LABEL = "achyk-upgrade";
/** The commit status that shows the checks on the pull request. */
export const STATUS_CONTEXT = "achyk-upgrade / checks";

/** The checks the workflow ran on the upgrade branch, in order: the step outcomes of GitHub Actions. */
const CHECKS = ["typecheck", "check", "build"] as const;
export type CheckName = (typeof CHECKS)[number];
export type CheckOutcome = "success" | "failure" | "cancelled" | "skipped";
export type Checks = Record<CheckName, CheckOutcome>;

const CHECK_TEXT: Record<CheckName, { command: string } & Bilingual> = {
  typecheck: { command: "npm run typecheck", ky: "Жаңы версиянын коду", ru: "Код новой версии" },
  check: { command: "npm run check", ky: "Сайттын мазмуну жаңы версияда", ru: "Содержимое сайта в новой версии" },
  build: { command: "npm run build", ky: "Сайтты жаңы версия менен куруу", ru: "Сборка сайта новой версией" },
};

const OUTCOME_TEXT: Record<CheckOutcome, Bilingual & { icon: string }> = {
  success: { icon: "✅", ky: "өттү", ru: "пройдена" },
  failure: { icon: "❌", ky: "өтпөдү", ru: "не пройдена" },
  cancelled: { icon: "⏹️", ky: "токтотулду", ru: "прервана" },
  skipped: { icon: "➖", ky: "иштетилген жок", ru: "не запускалась" },
};

/**
 * Outcomes from `typecheck=success,check=failure,build=skipped`; a check not named, or named
 * with anything else, counts as skipped (never as passed).
 * @example parseChecks("typecheck=success,check=failure").build // "skipped"
 */
export function parseChecks(text: string): Checks {
  const given = new Map(text.split(",").map((pair): [string, string] => {
    const [name = "", value = ""] = pair.trim().split("=");
    return [name, value];
  }));
  const outcome = (name: CheckName): CheckOutcome => {
    const value = given.get(name);
    return value === "success" || value === "failure" || value === "cancelled" ? value : "skipped";
  };
  return { typecheck: outcome("typecheck"), check: outcome("check"), build: outcome("build") };
}

/**
 * The commit status for the pull request: success only when every check passed.
 * @example checksStatus({ typecheck: "success", check: "failure", build: "success" }).state // "failure"
 */
export function checksStatus(checks: Checks): { state: "success" | "failure"; description: string } {
  const passed = CHECKS.every((c) => checks[c] === "success");
  const description = CHECKS.map((c) => `${c} ${OUTCOME_TEXT[checks[c]].icon}`).join(" · ");
  return { state: passed ? "success" : "failure", description };
}

/**
 * The web page of a repository from the address git fetched, when it is one (GitHub, GitLab…).
 * @example webUrlOf("https://github.com/achyk-kg/achyk.git") // "https://github.com/achyk-kg/achyk"
 * @example webUrlOf("/srv/achyk") // null
 */
export function webUrlOf(gitUrl: string): string | null {
  return /^https:\/\//.test(gitUrl) ? gitUrl.replace(/\/+$/, "").replace(/\.git$/, "") : null;
}

/** What the description needs from the upgrade's report (scripts/lib/publish/upgrade.ts). */
export interface PullRequestFacts {
  from: string;
  base: string;
  to: string;
  changes: { add: readonly string[]; update: readonly string[]; remove: readonly string[] };
  kept: readonly string[];
  held: readonly { path: string; change: string }[];
  lockReplaced: boolean;
  migrations: readonly { version: string; description: string; files: readonly string[] }[];
  changelog: readonly string[];
}

/** @example pullRequestTitle("v0.2.0") // "Achyk v0.2.0: жаңыртуу / обновление" */
export function pullRequestTitle(to: string): string {
  return `Achyk ${to}: жаңыртуу / обновление`;
}

/** A hidden marker naming the release in the description. @example pullRequestMarker("v0.2.0") // "<!-- achyk:upgrade v0.2.0 -->" */
function pullRequestMarker(to: string): string {
  return `<!-- achyk:upgrade ${to} -->`;
}

/**
 * The pull request's description: what it does and what to press, the checks, the files, what
 * a person must do by hand, the changelog, and how to undo. Kyrgyz first, then Russian.
 * @example pullRequestBody(facts, checks, { runUrl, withToken: false }).startsWith("<!-- achyk:upgrade v0.2.0 -->") // true
 */
export function pullRequestBody(f: PullRequestFacts, checks: Checks, run: { runUrl: string; withToken: boolean }): string {
  const passed = CHECKS.every((c) => checks[c] === "success");
  const migrated = f.migrations.filter((m) => m.files.length);
  const web = webUrlOf(f.from);
  const out: string[] = [pullRequestMarker(f.to), `## Achyk ${f.base} → ${f.to}`];

  out.push(
    para({
      ky:
        `Бул pull request сайттын кыймылдаткычын (\`content/\` папкасынан тышкаркы файлдарды) Achyk ${f.to} версиясына жаңыртат. ` +
        `Сиздин жазууларыңыз, \`site.yaml\` жана \`plan.yaml\` ${migrated.length ? "төмөндөгү миграциялардан башка " : ""}өзгөрбөйт.`,
      ru:
        `Этот pull request обновляет движок сайта (файлы вне папки \`content/\`) до Achyk ${f.to}. ` +
        `Ваши записи, \`site.yaml\` и \`plan.yaml\` не меняются${migrated.length ? ", кроме миграций ниже" : ""}.`,
    }),
  );
  out.push(
    para(
      passed
        ? {
            ky: "✅ Бардык текшерүүлөр өттү: сайтыңыз жаңы версияда курулат. Жаңыртуу үчүн **Merge pull request** баскычын басыңыз.",
            ru: "✅ Все проверки пройдены: ваш сайт собирается новой версией. Чтобы обновиться, нажмите **Merge pull request**.",
          }
        : {
            ky:
              `❌ Бир текшерүү өтпөдү: азырынча **Merge** баскан жок. Эмне туура эмес экенин [иштин журналынан](${run.runUrl}) караңыз ` +
              "(мазмундагы ката файлдын аты жана сабы менен жазылат). Катаны негизги бутакта оңдоңуз: бул pull request кийинки дүйшөмбүдө " +
              "өзү жаңыланат, же азыр *Actions → upgrade → Run workflow*.",
            ru:
              `❌ Одна из проверок не пройдена: пока не нажимайте **Merge**. Что не так, смотрите в [журнале запуска](${run.runUrl}) ` +
              "(ошибка в содержимом указана с именем файла и строкой). Исправьте её в основной ветке: этот pull request обновится сам " +
              "в следующий понедельник или сразу через *Actions → upgrade → Run workflow*.",
          },
    ),
  );

  out.push("### Текшерүүлөр / Проверки");
  out.push(
    [
      "| | Кыргызча | Русский | |",
      "|---|---|---|---|",
      ...CHECKS.map((c) => {
        const o = OUTCOME_TEXT[checks[c]];
        return `| \`${CHECK_TEXT[c].command}\` | ${CHECK_TEXT[c].ky} | ${CHECK_TEXT[c].ru} | ${o.icon} ${o.ky} / ${o.ru} |`;
      }),
    ].join("\n"),
  );
  out.push(
    para(
      run.withToken
        ? {
            ky: "`check` workflow бул pull request'те да иштейт (анын натыйжасы төмөндө).",
            ru: "Workflow `check` запускается и на этом pull request (его результат ниже).",
          }
        : {
            ky: `Бул текшерүүлөрдү upgrade workflow өзү иштетти ([журнал](${run.runUrl})); натыйжасы төмөндө «${STATUS_CONTEXT}» деп турат. GitHub'тун эрежеси боюнча workflow'дун өз токени ачкан pull request'те \`check\` workflow иштебейт.`,
            ru: `Эти проверки запустил сам workflow upgrade ([журнал](${run.runUrl})); результат внизу — «${STATUS_CONTEXT}». По правилам GitHub на pull request, открытом собственным токеном workflow, \`check\` не запускается.`,
          },
    ),
  );

  const counts = changeCounts({ update: f.changes.update.length, add: f.changes.add.length, remove: f.changes.remove.length });
  out.push("### Файлдар / Файлы");
  out.push(
    `<details><summary>${counts.ky} / ${counts.ru}</summary>\n\n` +
      [...f.changes.update.map((p) => `- ✏️ \`${p}\``), ...f.changes.add.map((p) => `- ➕ \`${p}\``), ...f.changes.remove.map((p) => `- 🗑️ \`${p}\``)].join("\n") +
      "\n\n</details>",
  );

  if (migrated.length) {
    out.push("### Мазмундагы өзгөртүүлөр / Изменения в содержимом");
    out.push(
      para({
        ky: "Жаңы версия мазмундун түзүлүшүн өзгөрткөн: бул өзгөртүүлөр автоматтык түрдө жасалды.",
        ru: "Новая версия изменила устройство содержимого: эти изменения сделаны автоматически.",
      }),
    );
    out.push(migrated.map((m) => `- ${m.version}: \`${m.description}\` (${m.files.map((p) => `\`${p}\``).join(", ")})`).join("\n"));
  }

  if (f.held.length) {
    out.push("### Колго жаңыртуу керек / Обновить вручную");
    out.push(
      para({
        ky:
          "GitHub workflow файлдарын (`.github/workflows/`) `workflows` уруксаты бар токен гана өзгөртө алат, ал эми бул workflow'дун токенинде ал уруксат жок. " +
          "Merge кылгандан кийин ар бир файлды GitHub'та ачып (✏️), релиздеги текстти толугу менен көчүрүп коюңуз. Же `ACHYK_UPGRADE_TOKEN` сырын кошуңуз (README, «Upgrading»): анда кийинки жаңыртуулар аларды өзү жаңыртат.",
        ru:
          "Файлы workflow (`.github/workflows/`) GitHub позволяет менять только токену с разрешением `workflows`, а у токена этого workflow его нет. " +
          "После слияния откройте каждый файл на GitHub (✏️) и замените его текст текстом из релиза целиком. Или добавьте секрет `ACHYK_UPGRADE_TOKEN` (README, «Upgrading»): тогда следующие обновления будут менять их сами.",
      }),
    );
    out.push(
      f.held
        .map((h) => {
          const source = web ? `[${f.to}](${web}/blob/${f.to}/${h.path})` : `\`git show ${releaseRef(f.to)}:${h.path}\``;
          return h.change === "remove" ? `- \`${h.path}\`: 🗑️ өчүрүңүз / удалите` : `- \`${h.path}\` (${h.change === "add" ? "➕" : "✏️"}): ${source}`;
        })
        .join("\n"),
    );
  }

  if (f.kept.length) {
    out.push("### Сиздин өзгөртүүлөрүңүз сакталды / Ваши изменения сохранены");
    out.push(
      para({
        ky: `Бул файлдарды сиз өзгөрткөнсүз, ал эми ${f.to} аларды өзгөртпөйт: алар ошол бойдон калды.`,
        ru: `Эти файлы вы изменили, а ${f.to} их не меняет: они оставлены как есть.`,
      }),
    );
    out.push(f.kept.map((p) => `- \`${p}\``).join("\n"));
  }
  if (f.lockReplaced) {
    out.push(
      para({
        ky: `\`package-lock.json\` ${f.to} релизиникине алмаштырылды (сиздики өзгөртүлгөн эле): \`npm ci\` ушуну талап кылат.`,
        ru: `\`package-lock.json\` заменён файлом из ${f.to} (ваш был изменён): этого требует \`npm ci\`.`,
      }),
    );
  }

  out.push("### Эмне өзгөрдү / Что изменилось");
  out.push(f.changelog.length ? f.changelog.map(demoteHeadings).join("\n\n") : "—");

  out.push("### Жокко чыгаруу / Как отменить");
  out.push(
    para({
      ky: "Merge кылганга чейин: pull request'ти жабыңыз (**Close pull request**), сайт өзгөрбөйт. Merge кылгандан кийин: ушул беттин ылдыйындагы **Revert** баскычы жаңыртууну артка кайтарган жаңы pull request ачат, аны Merge кылыңыз.",
      ru: "До слияния: закройте pull request (**Close pull request**), сайт не изменится. После слияния: кнопка **Revert** внизу этой страницы откроет pull request, который отменяет обновление, — слейте его.",
    }),
  );
  return `${out.join("\n\n")}\n`;
}

function para(text: Bilingual): string {
  return `**Кыргызча.** ${text.ky}\n\n**Русский.** ${text.ru}`;
}

// Changelog sections are `##`/`###`: inside the description they sit under its own `###`.
function demoteHeadings(section: string): string {
  return section.replace(/^(#{2,4}) /gm, "$1## ");
}

/** A commit as the push decision needs it. */
export interface BranchTip {
  commit: string;
  tree: string;
  parent: string;
  /** Its message ends with the upgrade's trailer. */
  isUpgrade: boolean;
}

/**
 * Whether to push the prepared branch: not when GitHub already has the same change on the same
 * parent; force (with a lease on what was read) when the branch there is an older upgrade
 * commit; never over commits a person added to the branch.
 * @example planPush(local, null) // "push"
 */
export function planPush(local: BranchTip, remote: BranchTip | null): "push" | "force" | "none" | "blocked" {
  if (!remote) return "push";
  if (remote.commit === local.commit || (remote.tree === local.tree && remote.parent === local.parent)) return "none";
  return remote.isUpgrade ? "force" : "blocked";
}

export interface OpenPullRequest {
  number: number;
  headRefName: string;
}

/**
 * One upgrade pull request at a time: update the one for this branch or open it, and close
 * those of older upgrades it replaces.
 * @example planPullRequests("achyk-upgrade/v0.3.0", [{ number: 7, headRefName: "achyk-upgrade/v0.2.0" }]) // { update: null, close: [7] }
 */
export function planPullRequests(branch: string, open: readonly OpenPullRequest[]): { update: number | null; close: number[] } {
  const ours = open.filter((pr) => pr.headRefName.startsWith("achyk-upgrade/"));
  const same = ours.find((pr) => pr.headRefName === branch);
  return { update: same?.number ?? null, close: ours.filter((pr) => pr !== same).map((pr) => pr.number) };
}

/** The comment on an upgrade pull request that a newer one replaces. @example supersededComment("v0.3.0") // "**Кыргызча.** Бул жаңыртуунун ордуна жаңыраак v0.3.0 келди…" */
export function supersededComment(newer: string): string {
  return para({
    ky: `Бул жаңыртуунун ордуна жаңыраак ${newer} келди, ошондуктан бул pull request жабылды.`,
    ru: `Вместо этого обновления пришло более новое, ${newer}, поэтому этот pull request закрыт.`,
  });
}
