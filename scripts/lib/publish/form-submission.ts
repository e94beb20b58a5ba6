/**
 * What to do with a submitted issue form, decided without talking to GitHub: who may publish,
 * whether the entry is committed, proposed as a pull request or refused, and every comment
 * staff or residents read on the issue (Kyrgyz first, then Russian). `scripts/cli/from-issue.ts`
 * carries the decision out with git and the gh CLI.
 */
import { formatDay } from "../shared/dates.ts";
import { typeNames } from "../shared/dictionary.ts";
import { otherLang, type Bilingual, type Lang } from "../shared/lang.ts";
import { repoFileUrl } from "../shared/github.ts";
import { absoluteUrl } from "../shared/urls.ts";
import type { Site } from "../validate/site.ts";
import type { ConvertedEntry, FieldProblem } from "../authoring/issue-entry.ts";
import { both, formUrl, LANG_NAMES, type IssueForm } from "../authoring/issue-forms.ts";

/** Repository permissions that let a person commit: they are the municipality's staff. */
const STAFF_PERMISSIONS: readonly string[] = ["admin", "maintain", "write"];
/** Issue author associations GitHub gives people who are (or may be) staff. */
const STAFF_ASSOCIATIONS: readonly string[] = ["OWNER", "MEMBER", "COLLABORATOR"];

/** Hidden in every comment this tool writes, so people and scripts can tell them apart. */
export const FORM_COMMENT_MARKER = "<!-- achyk:from-issue -->";

export interface Author {
  login: string;
  /** `author_association` of the issue: OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE… */
  association: string;
  /** The collaborator-permission API's answer (admin, maintain, write, triage, read, none), or null when it could not be asked. */
  permission: string | null;
}

/**
 * Whether the author may publish. The repository permission decides when it is known (an
 * organisation member with read access only is not staff); without it, the issue's author
 * association stands in.
 * @example isStaff({ login: "aigul", association: "NONE", permission: "write" }) // true
 * @example isStaff({ login: "guest", association: "MEMBER", permission: "read" }) // false
 */
export function isStaff(author: Author): boolean {
  if (author.permission !== null) return STAFF_PERMISSIONS.includes(author.permission);
  return STAFF_ASSOCIATIONS.includes(author.association);
}

export type Decision =
  /** Not a form issue: nothing to do. */
  | { action: "ignore" }
  /** Someone without write access, and the municipality takes no submissions from residents. */
  | { action: "refuse"; comment: string }
  /** The form has problems: comment them and wait for an edit. */
  | { action: "problems"; comment: string }
  /** Commit the entry to the branch, then comment and close the issue. */
  | { action: "commit" }
  /** Open (or update) a pull request with the entry. */
  | { action: "pull-request"; staff: boolean };

/**
 * The step after reading a submission: `staff` and `residents` are `site.yaml`'s `forms`.
 * @example decide({ form, author, problems: [], settings: { staff: "commit", residents: "refuse" } }) // { action: "commit" }
 */
export function decide(input: {
  form: IssueForm | undefined;
  author: Author;
  /** Problems of the form's fields; null when the form was not read (a refused author's). */
  problems: readonly FieldProblem[] | null;
  settings: Site["forms"];
}): Decision {
  const { form, author, problems, settings } = input;
  if (!form) return { action: "ignore" };
  const staff = isStaff(author);
  if (!staff && settings.residents === "refuse") return { action: "refuse", comment: refusedComment(author.login) };
  const errors = (problems ?? []).filter((p) => p.severity === "error");
  if (errors.length > 0) return { action: "problems", comment: problemsComment(problems ?? []) };
  if (staff && settings.staff === "commit") return { action: "commit" };
  return { action: "pull-request", staff };
}

/** One problem as two lines of a list item, Kyrgyz first. */
const item = (message: Bilingual): string => `- ${message.ky}\n  ${message.ru}`;

function groupByField(problems: readonly FieldProblem[]): { label: string; messages: FieldProblem[] }[] {
  const groups = new Map<string, FieldProblem[]>();
  for (const p of problems) groups.set(p.label, [...(groups.get(p.label) ?? []), p]);
  return [...groups].map(([label, messages]) => ({ label, messages }));
}

/**
 * The comment that lists what to fix, field by field, Kyrgyz first, and how to send it again.
 * @example problemsComment([{ field: "date", label: "Күнү / Дата", message: { ky: "…", ru: "…" }, severity: "error" }])
 */
export function problemsComment(problems: readonly FieldProblem[]): string {
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  const lines = [
    FORM_COMMENT_MARKER,
    "### ✋ Жазуу азырынча кошулган жок / Запись пока не добавлена",
    "",
    "Төмөнкү талааларды оңдоңуз. / Исправьте поля ниже.",
    "",
  ];
  for (const { label, messages } of groupByField(errors)) lines.push(`**${label}**`, "", ...messages.map((m) => item(m.message)), "");
  if (warnings.length > 0) {
    lines.push("Эскертүүлөр (жазууну токтотпойт) / Предупреждения (не мешают публикации):", "");
    for (const { label, messages } of groupByField(warnings)) lines.push(`**${label}**`, "", ...messages.map((m) => item(m.message)), "");
  }
  lines.push(
    "**Кантип оңдойм?** Бул маселенин башындагы **⋯** → **Edit** басып, талааларды оңдоп, **Update comment** (же **Save**) басыңыз: текшерүү өзү кайра өтөт.",
    "**Как исправить?** Нажмите **⋯** → **Edit** вверху этой задачи, исправьте поля и нажмите **Update comment** (или **Save**): проверка пройдёт снова сама.",
    "",
  );
  return lines.join("\n");
}

/**
 * The polite answer to someone without write access, when the municipality takes no submissions from residents.
 * @example refusedComment("guest").includes("@guest") // true
 */
export function refusedComment(login: string): string {
  return [
    FORM_COMMENT_MARKER,
    `Рахмат, @${login}! / Спасибо, @${login}!`,
    "",
    "Бул формалар аркылуу сайтка айыл өкмөтүнүн кызматкерлери гана жарыялай алат (репозиторийге жазуу укугу барлар), ошондуктан бул билдирүү сайтка автоматтык түрдө чыкпайт. Кызматкерлер аны окушат. Сунушуңуз же суроонуз болсо, ушул жерге жазыңыз же айыл өкмөтүнө кайрылыңыз.",
    "",
    "Через эти формы на сайт публикуют только сотрудники айыл окмоту (с правом записи в репозиторий), поэтому это сообщение не попадёт на сайт автоматически. Сотрудники его прочитают. Если у вас предложение или вопрос, напишите здесь или обратитесь в айыл окмоту.",
    "",
  ].join("\n");
}

/** When the entry will be public, in words. */
function liveLine(entry: ConvertedEntry, today: string): Bilingual {
  if (entry.publish <= today) {
    return {
      ky: "Сайт бир нече мүнөттөн кийин жаңыланат (Actions өтмөгүндөгү **publish** иши).",
      ru: "Сайт обновится через несколько минут (задача **publish** на вкладке Actions).",
    };
  }
  return {
    ky: `Жазуу сайтта **${formatDay(entry.publish, "ky")}** түнкү 00:07дө (Бишкек убактысы) өзү чыгат; ага чейин сайтта көрүнбөйт.`,
    ru: `Запись сама появится на сайте **${formatDay(entry.publish, "ru")}** в 00:07 по Бишкеку; до этого её на сайте не видно.`,
  };
}

/**
 * The form for the same entry in the other language, with everything that does not need
 * translating filled in: the file name (so the two pair as translations), days, month, numbers.
 * @example translationUrl(site.repository, form, entry) // "https://github.com/o/r/issues/new?template=meetings.yml&date=2026-11-14&attendance=85&slug=2026-11-14-jyiyn"
 */
export function translationUrl(repository: Site["repository"], form: IssueForm, entry: ConvertedEntry): string {
  const prefill: Record<string, string> = {};
  for (const field of form.fields) {
    if (field.input !== "input" || !("key" in field.target)) continue;
    const value = entry.data[field.target.key];
    const sameInBoth = ["day", "month", "time", "count", "url"].includes(field.target.format) || field.target.key === "number";
    if (sameInBoth && value !== undefined) prefill[field.id] = String(value);
  }
  if (entry.type !== "reports") prefill.slug = entry.slug;
  return formUrl(repository, entry.type, prefill);
}

export interface PublishedContext {
  site: Site;
  form: IssueForm;
  entry: ConvertedEntry;
  today: string;
  /** The content folder's name in the repository (`content`). */
  contentDirName: string;
  /** Other language version already on the branch. */
  hasTranslation: boolean;
  warnings: readonly FieldProblem[];
}

/** The lines that say where the entry is and will be, in one language (`addUrl`: the prefilled translation form). */
function whereLines(ctx: PublishedContext, lang: Lang, addUrl: string): string[] {
  const { entry, site } = ctx;
  const page = absoluteUrl(entry.url, site.base_url);
  const file = `${ctx.contentDirName}/${entry.relativePath}`;
  const fileUrl = repoFileUrl(site.repository, file);
  const live = liveLine(entry, ctx.today)[lang];
  const other = otherLang(entry.lang);
  const typeName = typeNames[entry.type].one[lang];
  const addOther =
    lang === "ky"
      ? `👉 [${LANG_NAMES[other]} котормосун кошуу](${addUrl}): форма даяр ачылат; «Жазуунун тили» талаасында **${LANG_NAMES[other]}** тандап, тексттерин которуп жазыңыз.`
      : `👉 [Добавить перевод (${LANG_NAMES[other]})](${addUrl}): форма откроется заполненной; в поле «Язык записи» выберите **${LANG_NAMES[other]}** и впишите переведённые тексты.`;
  return [
    `**${typeName}** «${entry.title}»`,
    "",
    lang === "ky" ? `- Сайттагы барагы: ${page}` : `- Страница на сайте: ${page}`,
    lang === "ky"
      ? `- Файл: [${file}](${fileUrl}) — кийин ушул жерден оңдосо болот (✎).`
      : `- Файл: [${file}](${fileUrl}) — потом его можно исправить там (✎).`,
    `- ${live}`,
    ...(ctx.hasTranslation ? [] : ["", addOther]),
  ];
}

/**
 * The comment that closes a staff member's issue once the entry is committed.
 * @example publishedComment(ctx).startsWith("<!-- achyk:from-issue -->") // true
 */
export function publishedComment(ctx: PublishedContext): string {
  const addUrl = translationUrl(ctx.site.repository, ctx.form, ctx.entry);
  const lines = [FORM_COMMENT_MARKER, "### ✅ Жазуу кошулду / Запись добавлена", "", ...whereLines(ctx, "ky", addUrl), "", "---", "", ...whereLines(ctx, "ru", addUrl), ""];
  if (ctx.warnings.length > 0) {
    lines.push("Эскертүүлөр / Предупреждения:", "");
    for (const w of ctx.warnings) lines.push(`**${w.label}**`, "", item(w.message), "");
  }
  return lines.join("\n");
}

/**
 * The comment that points to the pull request holding the entry: for staff to merge, or for
 * staff to review a resident's submission.
 * @example pullRequestComment({ url: "https://github.com/o/r/pull/7", staff: false })
 */
export function pullRequestComment(input: { url: string; staff: boolean }): string {
  const { url, staff } = input;
  const text: Bilingual = staff
    ? {
        ky: `Жазуу текшерүүдөн өттү жана сунуш (pull request) катары даярдалды: ${url}. Аны ачып **Merge** баскычын басканда жазуу сайтка кошулат, ушул маселе өзү жабылат.`,
        ru: `Запись прошла проверку и подготовлена как предложение (pull request): ${url}. Откройте его и нажмите **Merge** — запись попадёт на сайт, а эта задача закроется сама.`,
      }
    : {
        ky: `Рахмат! Сиздин жазууңуз текшерүүдөн өттү жана айыл өкмөтүнүн кызматкерлери карап чыгышы үчүн сунуш (pull request) катары даярдалды: ${url}. Алар кабыл алса, жазуу сайтта жарыяланат.`,
        ru: `Спасибо! Ваша запись прошла проверку и передана сотрудникам айыл окмоту на рассмотрение как предложение (pull request): ${url}. Если они её примут, запись появится на сайте.`,
      };
  return [FORM_COMMENT_MARKER, text.ky, "", text.ru, ""].join("\n");
}

/**
 * The pull request's title and description.
 * @example pullRequestText({ entry, issue: 12, author: "aigul" }).body.includes("Closes #12") // true
 */
export function pullRequestText(input: { entry: ConvertedEntry; issue: number; author: string; contentDirName: string }): { title: string; body: string } {
  const { entry, issue, author, contentDirName } = input;
  const name = both(typeNames[entry.type].one);
  return {
    title: `${name}: ${entry.title}`,
    body: [
      `${contentDirName}/${entry.relativePath} — #${issue}, @${author}.`,
      "",
      ...entry.downloads.map((d) => `- ${contentDirName}/files/${d.path}`),
      "",
      `Closes #${issue}`,
      "",
    ].join("\n"),
  };
}

/**
 * The commit message: what was added, and from which issue (English, like every commit message).
 * @example commitMessage({ entry, issue: 12, author: "aigul", contentDirName: "content" }) // "Add content/ky/reports/2026-10.md from issue #12\n\n…"
 */
export function commitMessage(input: { entry: ConvertedEntry; issue: number; author: string; contentDirName: string }): string {
  const { entry, issue, author, contentDirName } = input;
  const files = entry.downloads.map((d) => `${contentDirName}/files/${d.path}`);
  return [
    `Add ${contentDirName}/${entry.relativePath} from issue #${issue}`,
    "",
    `Submitted by @${author} through the ${entry.type} issue form.${files.length > 0 ? ` Files: ${files.join(", ")}.` : ""}`,
    "",
  ].join("\n");
}
