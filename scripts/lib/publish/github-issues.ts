/**
 * Deadline reminders as GitHub issues, planned without talking to GitHub: from the deadlines
 * of today and the issues open now, which issues to open, which to update and which to close.
 * Few and useful: one issue per period due soon and per measure's latest missed period; every
 * older gap is listed in one summary issue kept current. Each is found again by a hidden marker
 * in its body (`<!-- achyk:deadline 1.5 2026-10 -->`, `<!-- achyk:deadline-summary -->`), so
 * renaming an issue by hand does not lose it. Texts are Kyrgyz first, then Russian.
 * The part that calls GitHub (`scripts/cli/deadlines.ts`) only carries the plan out.
 */
import { formatDay, formatDayShort, type DayForm } from "../shared/dates.ts";
import type { Rhythm } from "../shared/periods.ts";
import { periodLabel } from "../progress/plan-view.ts";
import { bilingual, type Lang, type Bilingual } from "../shared/lang.ts";

/** Every issue this tool opens carries this label; only issues with it are read back. */
export const DEADLINE_LABEL = "achyk-deadline";


/** A period that needs attention, as the issues need it. */
export interface IssueDeadline {
  measureId: string;
  /** `2026-10`, `2026-Q4`, `2026-H1`, `2026`. */
  period: string;
  /** The measure's rhythm: it names the period (`2026-H1` is January–February for two-windows). */
  rhythm: Rhythm;
  /** `YYYY-MM-DD` */
  due: string;
  status: "upcoming" | "missing" | "scheduled";
  /** Days from today to the due day: 0 on the due day, negative when overdue. */
  daysLeft: number;
  /** The progress page's "add it" link to GitHub's file editor; one per language, or one for both. */
  addUrl?: string | Bilingual;
  /** The issue form, pre-filled for the period (the language is chosen in the form). */
  formUrl?: string;
  /** The measure's full title in `plan.yaml`. */
  measureTitle: Bilingual;
  /**
   * What is due, as a noun ("Ежемесячный отчёт" / "Айлык отчет"); default "Мероприятие 1.5" /
   * "1.5-иш-чара". The Kyrgyz one is put mid-sentence, lower-cased unless it starts with an
   * acronym or a name ("WhatsApp", "АКӨБ").
   */
  what?: Bilingual;
  /** scheduled: the day the scheduled entry goes public. */
  publishOn?: string;
}

export interface OpenIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
}

export interface IssuePlan {
  open: { title: string; body: string; labels: string[] }[];
  update: { number: number; title: string; body: string }[];
  close: { number: number; comment: string }[];
}

const MARKER_RE = /<!--\s*achyk:deadline\s+(\S+)\s+(\S+)\s*-->/;

/** The hidden marker of the one issue that lists older missed periods. */
export const SUMMARY_MARKER = "<!-- achyk:deadline-summary -->";

/**
 * The hidden marker that ties an issue to one period of one measure.
 * @example deadlineMarker("1.5", "2026-10") // "<!-- achyk:deadline 1.5 2026-10 -->"
 */
export function deadlineMarker(measureId: string, period: string): string {
  return `<!-- achyk:deadline ${measureId} ${period} -->`;
}

/**
 * The measure and period an issue body is about, or null for an issue written by a person.
 * @example parseDeadlineMarker("text\n<!-- achyk:deadline 1.5 2026-10 -->") // { measureId: "1.5", period: "2026-10" }
 */
export function parseDeadlineMarker(body: string): { measureId: string; period: string } | null {
  const m = MARKER_RE.exec(body);
  return m ? { measureId: m[1]!, period: m[2]! } : null;
}

const both = (text: (lang: Lang) => string): Bilingual => ({ ky: text("ky"), ru: text("ru") });

/**
 * A due day in a title: the year only when it is not the period's own.
 * @example dueLabel("2026-11-25", "2026-10") // { ru: "25 ноября", ky: "25-ноябрь" }
 * @example dueLabel("2027-01-25", "2026-12") // { ru: "25 января 2027", ky: "2027-жылдын 25-январы" }
 */
export function dueLabel(due: string, period: string): Bilingual {
  const sameYear = due.slice(0, 4) === period.slice(0, 4);
  return both((lang) => (sameYear ? formatDayShort(due, lang) : formatDay(due, lang)));
}

/** A day in running text: Kyrgyz locative ("…25-ноябрында"), Russian "25 ноября 2026 г.". */
const fullDay = (day: string, form: DayForm = "locative"): Bilingual => both((lang) => formatDay(day, lang, form));

/** Lower-cases the first letter unless the first word is an acronym or a name with capitals inside. */
function midSentence(text: string): string {
  const first = text.split(/\s/)[0] ?? "";
  if (/\p{Lu}/u.test(first.slice(1))) return text;
  return text.charAt(0).toLocaleLowerCase("ky") + text.slice(1);
}

const periodOf = (d: IssueDeadline): Bilingual => both((lang) => periodLabel(d.period, d.rhythm, lang));

function whatOf(d: IssueDeadline): Bilingual {
  return d.what ?? { ky: `${d.measureId}-иш-чара`, ru: `Мероприятие ${d.measureId}` };
}

/**
 * The issue title, Kyrgyz then Russian.
 * @example
 * issueTitle({ measureId: "1.5", period: "2026-10", rhythm: "monthly-25", due: "2026-11-25", status: "upcoming", daysLeft: 7,
 *   measureTitle: { ru: "…", ky: "…" }, what: { ru: "Отчёт", ky: "Отчет" } })
 * // "2026-жылдын октябры үчүн отчет — мөөнөтү 25-ноябрь / Отчёт за октябрь 2026 — срок 25 ноября"
 */
export function issueTitle(d: IssueDeadline): string {
  const what = whatOf(d);
  const period = periodOf(d);
  const due = dueLabel(d.due, d.period);
  return bilingual({ ky: `${period.ky} үчүн ${midSentence(what.ky)} — мөөнөтү ${due.ky}`, ru: `${what.ru} за ${period.ru} — срок ${due.ru}` });
}

function addUrlFor(d: IssueDeadline, lang: Lang): string | undefined {
  if (d.addUrl === undefined) return undefined;
  return typeof d.addUrl === "string" ? d.addUrl : d.addUrl[lang];
}

function statusLine(d: IssueDeadline): Bilingual {
  const day = fullDay(d.due, "label");
  if (d.status === "missing") {
    const when = fullDay(d.due);
    return {
      ky: `⚠️ Мөөнөтү ${when.ky} бүттү, бирок материал дагы эле жарыялана элек.`,
      ru: `⚠️ Срок истёк ${when.ru}, а материал так и не опубликован.`,
    };
  }
  if (d.daysLeft === 0) {
    return {
      ky: `Мөөнөтү — бүгүн, ${day.ky}. Материал азырынча жарыялана элек.`,
      ru: `Срок — сегодня, ${day.ru}. Материал ещё не опубликован.`,
    };
  }
  return {
    ky: `Мөөнөтү — ${day.ky}. Материал азырынча жарыялана элек.`,
    ru: `Срок — ${day.ru}. Материал ещё не опубликован.`,
  };
}

/** The "add it" lines of one language: the form first (it works from a phone), the file editor second. */
function addLines(d: IssueDeadline, lang: Lang): string {
  const editor = addUrlFor(d, lang);
  if (lang === "ky") {
    if (d.formUrl) {
      return `👉 [Форма менен кошуу](${d.formUrl}): талааларды толтуруп, **Create** басыңыз, телефондон да болот.${editor ? ` Же [GitHub редакторунда файл катары](${editor}).` : ""}`;
    }
    return editor
      ? `👉 [Материал кошуу](${editor}): GitHub редактору файлдын даяр үлгүсү менен ачылат; аны толтуруп, сактаңыз (Commit changes).`
      : "Материалды content папкасына кошуңуз (кызматкерлер үчүн нускаманы караңыз).";
  }
  if (d.formUrl) {
    return `👉 [Добавить через форму](${d.formUrl}): заполните поля и нажмите **Create**, можно с телефона.${editor ? ` Или [файлом в редакторе GitHub](${editor}).` : ""}`;
  }
  return editor
    ? `👉 [Добавить материал](${editor}): откроется редактор GitHub с заготовкой файла; заполните её и сохраните (Commit changes).`
    : "Добавьте материал в папку content (см. инструкцию для сотрудников).";
}

/**
 * The issue body: a hidden marker, then the same text in Kyrgyz and Russian with the "add it"
 * links. It holds nothing that changes from one day to the next (no "N days left"), so an open
 * issue is edited only when something real changes (the period became overdue, the link moved).
 * @example issueBody(deadline).startsWith("<!-- achyk:deadline 1.5 2026-10 -->") // true
 */
export function issueBody(d: IssueDeadline): string {
  const what = whatOf(d);
  const period = periodOf(d);
  const status = statusLine(d);
  const lines = [
    deadlineMarker(d.measureId, d.period),
    "",
    `**${period.ky} үчүн ${midSentence(what.ky)}**: пландын ${d.measureId}-иш-чарасы — «${d.measureTitle.ky}».`,
    "",
    status.ky,
    "",
    addLines(d, "ky"),
    "",
    "---",
    "",
    `**${what.ru} за ${period.ru}**: мероприятие ${d.measureId} плана — «${d.measureTitle.ru}».`,
    "",
    status.ru,
    "",
    addLines(d, "ru"),
    "",
    "---",
    "",
    `_${bilingual({
      ky: "Бул тапшырма автоматтык түрдө ачылды жана материал жарыялангандан кийин өзү жабылат.",
      ru: "Эта задача открыта автоматически и закроется сама, когда материал будет опубликован.",
    })}_`,
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * The summary issue's title: how many older periods are still missing.
 * @example summaryTitle(4) // "Мурунку аткарылбаган мезгилдер: 4 / Прошлые невыполненные периоды: 4"
 */
export function summaryTitle(count: number): string {
  return bilingual({ ky: `Мурунку аткарылбаган мезгилдер: ${count}`, ru: `Прошлые невыполненные периоды: ${count}` });
}

/**
 * The summary issue's body: every older missed period, by measure, each with its form link.
 * @example summaryBody([deadline]).startsWith("<!-- achyk:deadline-summary -->") // true
 */
export function summaryBody(gaps: readonly IssueDeadline[]): string {
  const byMeasure = new Map<string, IssueDeadline[]>();
  for (const d of [...gaps].sort((a, b) => a.due.localeCompare(b.due))) byMeasure.set(d.measureId, [...(byMeasure.get(d.measureId) ?? []), d]);
  const measures = [...byMeasure].sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }));
  const list = (lang: Lang): string[] =>
    measures.map(([id, list]) => {
      const what = whatOf(list[0]!)[lang];
      const periods = list.map((d) => {
        const label = periodLabel(d.period, d.rhythm, lang);
        const link = d.formUrl ?? addUrlFor(d, lang);
        return link ? `[${label}](${link})` : label;
      });
      return `- **${id}. ${what}**: ${periods.join(", ")}`;
    });
  const lines = [
    SUMMARY_MARKER,
    "",
    "Бул мезгилдердин мөөнөтү өтүп кеткен, бирок материал дагы эле жарыялана элек. Ар бир иш-чаранын эң акыркы аткарылбаган мезгили өзүнчө тапшырмада; мурункулары ушул жерде чогулду. Кечигип болсо да, мезгилдин шилтемеси аркылуу кошуңуз: план барагында «кечигип аткарылды» деп белгиленет.",
    "",
    ...list("ky"),
    "",
    "---",
    "",
    "Срок этих периодов прошёл, а материал так и не опубликован. Последний невыполненный период каждого мероприятия — отдельной задачей; более ранние собраны здесь. Добавьте хотя бы с опозданием по ссылке периода: на странице плана он будет отмечен «выполнено с опозданием».",
    "",
    ...list("ru"),
    "",
    "---",
    "",
    `_${bilingual({
      ky: "Бул тизме күн сайын жаңыланат жана баары жарыялангандан кийин өзү жабылат.",
      ru: "Этот список обновляется каждый день и закроется сам, когда всё будет опубликовано.",
    })}_`,
  ];
  return `${lines.join("\n")}\n`;
}

function closeComment(d: IssueDeadline | undefined): string {
  if (d?.status === "scheduled") {
    const when = d.publishOn ? fullDay(d.publishOn) : null;
    return bilingual(
      when
        ? {
            ky: `Тапшырма автоматтык түрдө жабылды: материал пландалды жана ${when.ky} жарыяланат.`,
            // The date ends the sentence: its "г." is the full stop.
            ru: `Задача закрыта автоматически: материал запланирован и станет публичным ${when.ru}`,
          }
        : {
            ky: "Материал жарыялоого пландалды. Тапшырма автоматтык түрдө жабылды.",
            ru: "Материал запланирован к публикации. Задача закрыта автоматически.",
          },
    );
  }
  return bilingual({
    ky: "Бул мезгил үчүн материал жарыяланды (же мезгил пландан алынды): тапшырма автоматтык түрдө жабылды.",
    ru: "Материал за этот период опубликован (или период убран из плана): задача закрыта автоматически.",
  });
}

const MOVED_TO_SUMMARY = bilingual({
  ky: "Бул иш-чаранын кийинки мезгилинин да мөөнөтү өттү: бул мезгил «Мурунку аткарылбаган мезгилдер» тапшырмасына кошулду.",
  ru: "У этого мероприятия прошёл срок и следующего периода: этот период перенесён в задачу «Прошлые невыполненные периоды».",
});

/**
 * A text as compared with what it should be: line endings and trailing space aside, and the
 * query of each link aside too. The "add it" link pre-fills a date that moves with today
 * (like the progress page's); an issue is not edited every morning just for that.
 */
const normalise = (text: string): string =>
  text
    .replace(/\r\n/g, "\n")
    .replace(/\]\(([^)\s?]*)\?[^)\s]*\)/g, "]($1)")
    .trimEnd();

/**
 * What to do on GitHub so that few issues say what needs doing:
 * - one issue per period due soon (upcoming) and per measure's latest missing period;
 * - one summary issue listing every other missing period, opened when there is one, kept
 *   current, closed when there is none;
 * - `open` what is missing, `update` what is no longer as it should be (an issue already right
 *   is left alone, even if its link pre-fills an older date), `close` with a comment an issue whose
 *   period is scheduled, done, no longer listed, or now in the summary, and any second issue
 *   for the same period.
 * `olderGaps` are missing periods too old for the progress page's list (`RECENT_GAP_DAYS`):
 * they are missing all the same, and go to the summary like any gap but a measure's latest.
 * Issues without a marker (written by people) are never touched.
 * @example
 * planIssueSync([{ measureId: "1.5", period: "2026-10", rhythm: "monthly-25", due: "2026-11-25", status: "upcoming",
 *   daysLeft: 7, measureTitle: { ru: "…", ky: "…" } }], []).open.length // 1
 */
export function planIssueSync(
  deadlines: readonly IssueDeadline[],
  openIssues: readonly OpenIssue[],
  olderGaps: readonly IssueDeadline[] = [],
): IssuePlan {
  const plan: IssuePlan = { open: [], update: [], close: [] };
  const keyOf = (measureId: string, period: string) => `${measureId}\u0000${period}`;

  const scheduled = new Map<string, IssueDeadline>();
  const upcoming = new Map<string, IssueDeadline>();
  const missing = new Map<string, IssueDeadline>();
  for (const d of [...deadlines, ...olderGaps]) {
    const key = keyOf(d.measureId, d.period);
    if (d.status === "scheduled") scheduled.set(key, d);
    else if (d.status === "upcoming") upcoming.set(key, d);
    else if (!missing.has(key)) missing.set(key, d);
  }
  // Each measure's latest missing period stands alone; the older ones go to the summary.
  const latest = new Map<string, IssueDeadline>();
  for (const d of missing.values()) {
    const seen = latest.get(d.measureId);
    if (!seen || d.due > seen.due) latest.set(d.measureId, d);
  }
  const wanted = new Map<string, IssueDeadline>(upcoming);
  for (const d of latest.values()) wanted.set(keyOf(d.measureId, d.period), d);
  const gathered = [...missing].filter(([key]) => !wanted.has(key)).map(([, d]) => d);

  const issuesByKey = new Map<string, OpenIssue[]>();
  const summaries: OpenIssue[] = [];
  for (const issue of [...openIssues].sort((a, b) => a.number - b.number)) {
    if (issue.body.includes(SUMMARY_MARKER)) {
      summaries.push(issue);
      continue;
    }
    const marker = parseDeadlineMarker(issue.body);
    if (!marker) continue;
    const key = keyOf(marker.measureId, marker.period);
    issuesByKey.set(key, [...(issuesByKey.get(key) ?? []), issue]);
  }

  const sync = (issues: readonly OpenIssue[], title: string, body: string): void => {
    const [kept, ...duplicates] = issues;
    if (!kept) plan.open.push({ title, body, labels: [DEADLINE_LABEL] });
    else if (normalise(kept.title) !== normalise(title) || normalise(kept.body) !== normalise(body)) {
      plan.update.push({ number: kept.number, title, body });
    }
    for (const dup of duplicates) {
      plan.close.push({
        number: dup.number,
        comment: bilingual({
          ky: `#${kept?.number} тапшырмасынын кайталанышы: автоматтык түрдө жабылды.`,
          ru: `Дубликат #${kept?.number}: закрыто автоматически.`,
        }),
      });
    }
  };

  for (const [key, d] of wanted) sync(issuesByKey.get(key) ?? [], issueTitle(d), issueBody(d));

  for (const [key, issues] of issuesByKey) {
    if (wanted.has(key)) continue;
    // A missing period not wanted on its own is one of the gathered.
    const comment = missing.has(key) ? MOVED_TO_SUMMARY : closeComment(scheduled.get(key));
    for (const issue of issues) plan.close.push({ number: issue.number, comment });
  }

  if (gathered.length > 0) sync(summaries, summaryTitle(gathered.length), summaryBody(gathered));
  else for (const issue of summaries) plan.close.push({ number: issue.number, comment: closeComment(undefined) });

  plan.update.sort((a, b) => a.number - b.number);
  plan.close.sort((a, b) => a.number - b.number);
  return plan;
}
