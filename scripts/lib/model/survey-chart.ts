/**
 * Survey results as accessible HTML bar charts, built at build time: a table per question,
 * each answer's count and percentage as text, and a CSS bar beside the percentage. No
 * JavaScript and no inline styles (the site's Content-Security-Policy allows none): each bar is
 * a tiny SVG in the text colour, sized by its attributes, so it prints, survives forced-colour
 * modes, and nothing depends on colour. The stylesheet sizes `.survey-chart__bar` (8em × 0.8em).
 */
import type { Lang } from "../shared/lang.ts";
import { phrase, t } from "../shared/dictionary.ts";
import { formatNumber, formatPercent } from "../shared/format.ts";
import { escapeHtml } from "../shared/html.ts";


/** One question of a survey's `results`. */
export interface SurveyQuestionResult {
  question: string;
  answers: readonly { label: string; count: number }[];
}

/**
 * Percentage of `count` in `total`, rounded to one decimal (0 when `total` is 0).
 *
 * @example
 * percentOf(1, 3) // 33.3
 */
export function percentOf(count: number, total: number): number {
  return total > 0 ? Math.round((count * 1000) / total) / 10 : 0;
}

/**
 * One `<figure>` per question: `<figcaption>` with the question, and a `<table>` (caption,
 * `th scope="col"` headings, one row per answer with `th scope="row"`) showing the answer,
 * its count, its percentage of the question's total (up to one decimal: "33,3 %", "75 %")
 * and a bar whose width is that percentage; a footer row gives the total. All text escaped.
 * Throws on a count that is not a non-negative integer.
 *
 * @example
 * surveyChartHtml([{ question: "Довольны ли вы?", answers: [{ label: "Да", count: 3 }, { label: "Нет", count: 1 }] }], "ru")
 * // '<figure class="survey-chart"><figcaption class="survey-chart__question">Довольны ли вы?</figcaption>'
 * // + '<table class="survey-chart__table"><caption …>Распределение ответов, всего: 4</caption>…'
 * // + '<tr><th scope="row">Да</th><td …>3</td><td …><svg class="survey-chart__bar" …><rect …/><rect width="75" …/></svg> 75 %</td></tr>…'
 */
export function surveyChartHtml(results: readonly SurveyQuestionResult[], lang: Lang): string {
  const w = { answer: t("chartAnswer", lang), count: t("chartCount", lang), share: t("chartShare", lang), total: t("chartTotal", lang) };

  return results
    .map(({ question, answers }) => {
      for (const a of answers) {
        if (!Number.isInteger(a.count) || a.count < 0) {
          throw new Error(`Survey "${question}", answer "${a.label}": count must be a whole number ≥ 0, found ${a.count}`);
        }
      }
      const total = answers.reduce((sum, a) => sum + a.count, 0);
      const rows = answers
        .map((a) => {
          const pct = percentOf(a.count, total);
          return (
            `<tr><th scope="row">${escapeHtml(a.label)}</th>` +
            `<td class="survey-chart__count">${formatNumber(a.count)}</td>` +
            `<td class="survey-chart__share">${bar(pct)} ${formatPercent(pct, 1, { trim: true })}</td></tr>`
          );
        })
        .join("");
      return (
        `<figure class="survey-chart">` +
        `<figcaption class="survey-chart__question">${escapeHtml(question)}</figcaption>` +
        `<table class="survey-chart__table">` +
        `<caption class="survey-chart__caption">${phrase("chartCaption", lang, { total: formatNumber(total) })}</caption>` +
        `<thead><tr><th scope="col">${w.answer}</th><th scope="col">${w.count}</th><th scope="col">${w.share}</th></tr></thead>` +
        `<tbody>${rows}</tbody>` +
        `<tfoot><tr><th scope="row">${w.total}</th>` +
        `<td class="survey-chart__count">${formatNumber(total)}</td>` +
        `<td class="survey-chart__share">${formatPercent(total > 0 ? 100 : 0, 1, { trim: true })}</td></tr></tfoot>` +
        `</table></figure>`
      );
    })
    .join("\n");
}

/**
 * A bar of `pct` percent of a fixed-width track: an SVG whose outline is the track and whose
 * filled rectangle is the share, both in `currentColor`, sized by attributes only (no `style`).
 * Hidden from assistive technology, which reads the number beside it.
 */
function bar(pct: number): string {
  return (
    `<svg class="survey-chart__bar" aria-hidden="true" focusable="false" width="96" height="10" viewBox="0 0 100 10" preserveAspectRatio="none">` +
    `<rect width="100" height="10" fill="none" stroke="currentColor" stroke-width="1" vector-effect="non-scaling-stroke"/>` +
    `<rect width="${pct}" height="10" fill="currentColor"/></svg>`
  );
}
