import { describe, expect, it } from "vitest";
import { percentOf, surveyChartHtml } from "../../../scripts/lib/model/survey-chart.ts";

/** Rows of the first table body as [label, count, percent text, bar width]. */
function rows(html: string): [string, string, string, string][] {
  const body = /<tbody>(.*?)<\/tbody>/s.exec(html)?.[1] ?? "";
  return [...body.matchAll(/<tr><th scope="row">(.*?)<\/th><td[^>]*>(.*?)<\/td><td[^>]*>.*?<rect width="([\d.]+)" height="10" fill="currentColor"\/><\/svg> (.*?)<\/td><\/tr>/g)].map(
    (m) => [m[1] ?? "", m[2] ?? "", m[4] ?? "", m[3] ?? ""],
  );
}

const NBSP = "\u00A0";

describe("percentOf", () => {
  const cases = [
    { count: 1, total: 3, out: 33.3 },
    { count: 2, total: 3, out: 66.7 },
    { count: 1, total: 8, out: 12.5 },
    { count: 1, total: 200, out: 0.5 },
    { count: 1, total: 2001, out: 0 },
    { count: 5, total: 5, out: 100 },
    { count: 0, total: 0, out: 0 },
  ] as const;
  it.each(cases)("$count of $total = $out %", ({ count, total, out }) => {
    expect(percentOf(count, total)).toBe(out);
  });
});

describe("surveyChartHtml: rows", () => {
  const cases = [
    {
      name: "ru: comma decimal, total in caption and footer",
      lang: "ru",
      answers: [{ label: "Да", count: 3 }, { label: "Нет", count: 1 }],
      rows: [["Да", "3", `75${NBSP}%`, "75"], ["Нет", "1", `25${NBSP}%`, "25"]],
      caption: "Распределение ответов, всего: 4",
      footer: ["Всего", "4", `100${NBSP}%`],
    },
    {
      name: "ky: one decimal, comma and a no-break space before % as in Russian",
      lang: "ky",
      answers: [{ label: "Ооба", count: 1 }, { label: "Жок", count: 2 }],
      rows: [["Ооба", "1", `33,3${NBSP}%`, "33.3"], ["Жок", "2", `66,7${NBSP}%`, "66.7"]],
      caption: "Жооптордун бөлүштүрүлүшү, бардыгы: 3",
      footer: ["Бардыгы", "3", `100${NBSP}%`],
    },
    {
      name: "no answers yet: zeros, no NaN",
      lang: "ru",
      answers: [{ label: "Да", count: 0 }, { label: "Нет", count: 0 }],
      rows: [["Да", "0", `0${NBSP}%`, "0"], ["Нет", "0", `0${NBSP}%`, "0"]],
      caption: "Распределение ответов, всего: 0",
      footer: ["Всего", "0", `0${NBSP}%`],
    },
    {
      name: "thousands grouped",
      lang: "ru",
      answers: [{ label: "A", count: 1234 }, { label: "B", count: 766 }],
      rows: [["A", `1${NBSP}234`, `61,7${NBSP}%`, "61.7"], ["B", "766", `38,3${NBSP}%`, "38.3"]],
      caption: `Распределение ответов, всего: 2${NBSP}000`,
      footer: ["Всего", `2${NBSP}000`, `100${NBSP}%`],
    },
  ] as const;
  it.each(cases)("$name", ({ lang, answers, rows: expected, caption, footer }) => {
    const html = surveyChartHtml([{ question: "Q", answers }], lang);
    expect(rows(html)).toEqual(expected);
    expect(html).toContain(`<caption class="survey-chart__caption">${caption}</caption>`);
    const foot = /<tfoot><tr><th scope="row">(.*?)<\/th><td[^>]*>(.*?)<\/td><td[^>]*>(.*?)<\/td><\/tr><\/tfoot>/.exec(html);
    expect(foot?.slice(1)).toEqual(footer);
    expect(html).not.toContain("NaN");
  });
});

describe("surveyChartHtml: structure and escaping", () => {
  const results = [
    { question: `Что важнее: <дороги> & "вода"?`, answers: [{ label: `<script>alert('x')</script>`, count: 2 }, { label: "Вода & свет", count: 1 }] },
    { question: "Второй вопрос", answers: [{ label: "Да", count: 1 }] },
    { question: "Без ответов", answers: [] },
  ];
  const cases = [{ lang: "ru" }, { lang: "ky" }] as const;

  it.each(cases)("$lang: one figure per question with figcaption, caption and scoped headers", ({ lang }) => {
    const html = surveyChartHtml(results, lang);
    const figures = html.match(/<figure class="survey-chart">.*?<\/figure>/gs) ?? [];
    expect(figures).toHaveLength(3);
    for (const [i, fig] of figures.entries()) {
      expect(fig.match(/<figcaption[^>]*>/g)).toHaveLength(1);
      expect(fig.match(/<table[^>]*>/g)).toHaveLength(1);
      expect(fig.match(/<caption[^>]*>/g)).toHaveLength(1);
      expect(fig.match(/<th scope="col">/g)).toHaveLength(3);
      const answers = results[i]?.answers.length ?? 0;
      expect(fig.match(/<th scope="row">/g)).toHaveLength(answers + 1); // + total
      expect(fig.match(/<svg class="survey-chart__bar"/g) ?? []).toHaveLength(answers);
      expect(fig.match(/aria-hidden="true"/g) ?? []).toHaveLength(answers);
    }
    // Tags are balanced.
    for (const tag of ["figure", "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "svg"]) {
      const open = html.match(new RegExp(`<${tag}[\\s>]`, "g"))?.length ?? 0;
      expect(html.match(new RegExp(`</${tag}>`, "g"))?.length ?? 0, tag).toBe(open);
    }
  });

  it("escapes every text", () => {
    const html = surveyChartHtml(results, "ru");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<дороги>");
    expect(html).toContain("Что важнее: &lt;дороги&gt; &amp; &quot;вода&quot;?");
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(html).toContain("Вода &amp; свет");
  });

  it("needs no JavaScript, no inline style (CSP style-src 'self') and no colour: bars are SVG in the text colour", () => {
    const html = surveyChartHtml(results, "ru");
    expect(html).not.toMatch(/<script|on[a-z]+=/i);
    expect(html).not.toMatch(/style=|<style/i);
    expect(html).not.toMatch(/background|#[0-9a-f]{3,6}\b|rgb\(/i);
    expect(html).toMatch(/<svg class="survey-chart__bar" aria-hidden="true" focusable="false"[^>]*><rect [^>]*stroke="currentColor"[^>]*\/><rect width="66\.7" height="10" fill="currentColor"\/><\/svg>/);
  });

  it("no questions, no HTML", () => {
    expect(surveyChartHtml([], "ky")).toBe("");
  });

  const bad = [{ count: -1 }, { count: 1.5 }, { count: Number.NaN }] as const;
  it.each(bad)("rejects count $count", ({ count }) => {
    expect(() => surveyChartHtml([{ question: "Q", answers: [{ label: "A", count }] }], "ru")).toThrow(/whole number/);
  });
});
