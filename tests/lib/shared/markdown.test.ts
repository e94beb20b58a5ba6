import { describe, expect, it } from "vitest";
import { createMarkdown, renderMarkdown } from "../../../scripts/lib/shared/markdown.ts";

describe("renderMarkdown: raw HTML is escaped, never passed through", () => {
  const cases = [
    { name: "script block", source: "<script>alert(1)</script>" },
    { name: "script inline", source: "Текст <script>alert(1)</script> текст" },
    { name: "script in a list item", source: "- пункт <script src=//evil.example/x.js></script>" },
    { name: "uppercase SCRIPT", source: "<SCRIPT>alert(1)</SCRIPT>" },
    { name: "img onerror", source: '<img src=x onerror="alert(1)">' },
    { name: "iframe", source: '<iframe src="https://evil.example"></iframe>' },
    { name: "a style block", source: "<style>body{display:none}</style>" },
    { name: "an HTML comment", source: "<!-- <script>alert(1)</script> -->" },
  ] as const;

  it.each(cases)("$name", ({ source }) => {
    const html = renderMarkdown(source);
    expect(html.toLowerCase()).not.toContain("<script");
    expect(html).not.toMatch(/<(img|iframe|style)\b/i);
    expect(html).not.toMatch(/<!--/);
    expect(html).toContain("&lt;");
  });

  it("keeps the escaped text readable", () => {
    expect(renderMarkdown("a <b>b</b>")).toBe("<p>a &lt;b&gt;b&lt;/b&gt;</p>\n");
  });
});

describe("renderMarkdown: dangerous link targets are not rendered as links", () => {
  const cases = [
    "[жми](javascript:alert(1))",
    "[жми](JavaScript:alert(1))",
    "[жми](  javascript:alert(1))",
    "[жми](java\tscript:alert(1))",
    "[жми](vbscript:msgbox(1))",
    "[жми](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "<javascript:alert(1)>",
    "![фото](javascript:alert(1))",
  ] as const;

  it.each(cases)("%s", (source) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(/<a\b/);
    expect(html).not.toMatch(/<img\b/);
    expect(html).not.toMatch(/href=|src=/);
  });

  it("a local image is kept", () => {
    expect(renderMarkdown("![фото](/files/photos/a.jpg)")).toBe('<p><img src="/files/photos/a.jpg" alt="фото"></p>\n');
  });
});

describe("renderMarkdown: links", () => {
  const cases = [
    { source: "[сайт](https://example.kg/a)", html: '<a href="https://example.kg/a" rel="noopener">сайт</a>' },
    { source: "[сайт](http://example.kg)", html: '<a href="http://example.kg" rel="noopener">сайт</a>' },
    { source: "[сайт](HTTPS://EXAMPLE.KG)", html: 'rel="noopener"' },
    { source: "https://example.kg/b", html: '<a href="https://example.kg/b" rel="noopener">https://example.kg/b</a>' },
    { source: "[отчёт](/ru/reports/2026-10/)", html: '<a href="/ru/reports/2026-10/">отчёт</a>' },
    { source: "[протокол](/files/minutes/a.pdf)", html: '<a href="/files/minutes/a.pdf">протокол</a>' },
    { source: "[почта](mailto:info@example.kg)", html: '<a href="mailto:info@example.kg">почта</a>' },
    { source: "[телефон](tel:+996372251234)", html: '<a href="tel:+996372251234">телефон</a>' },
  ] as const;

  it.each(cases)("$source", ({ source, html }) => {
    expect(renderMarkdown(source)).toContain(html);
  });

  it.each(["[отчёт](/ru/reports/)", "[почта](mailto:a@b.kg)"])("internal or mail link %s has no rel", (source) => {
    expect(renderMarkdown(source)).not.toContain("rel=");
  });

  it("link text with quotes cannot break out of the attribute", () => {
    const html = renderMarkdown('[x](https://example.kg/"onmouseover="alert(1))');
    expect(html).not.toMatch(/"\s*onmouseover=/);
  });
});

describe("renderMarkdown: headings shift below the page's <h1>", () => {
  const cases = [
    ["# Заголовок", "<h2>Заголовок</h2>\n"],
    ["## Раздел", "<h2>Раздел</h2>\n"],
    ["### Подраздел", "<h3>Подраздел</h3>\n"],
    ["Заголовок\n=========", "<h2>Заголовок</h2>\n"],
  ] as const;

  it.each(cases)("%j → %j", (source, html) => {
    expect(renderMarkdown(source)).toBe(html);
  });

  it("no <h1> ever comes out of a body", () => {
    expect(renderMarkdown("# А\n\nтекст\n\n# Б\n")).not.toMatch(/<\/?h1/);
  });
});

describe("renderMarkdown: what staff write", () => {
  const cases = [
    ["**Суу**", "<p><strong>Суу</strong></p>\n"],
    ["- бир\n- эки", "<ul>\n<li>бир</li>\n<li>эки</li>\n</ul>\n"],
    ["1. бир\n2. эки", "<ol>\n<li>бир</li>\n<li>эки</li>\n</ol>\n"],
    ['"кавычки" -- тире', "<p>&quot;кавычки&quot; -- тире</p>\n"],
  ] as const;

  it.each(cases)("%j", (source, html) => {
    expect(renderMarkdown(source)).toBe(html);
  });

  it("tables scroll inside their own box", () => {
    const html = renderMarkdown("| Айыл | Адам |\n|---|---|\n| Ак-Терек | 8450 |\n");
    expect(html).toMatch(/^<div class="table-wrap" tabindex="0"><table>\n/);
    expect(html).toMatch(/<\/table><\/div>\n$/);
    expect(html).toContain("<td>Ак-Терек</td>");
  });

  it("createMarkdown gives independent renderers with the same rules", () => {
    const md = createMarkdown();
    expect(md.render("# А <script>")).toBe("<h2>А &lt;script&gt;</h2>\n");
    expect(md.render("[x](https://example.kg)")).toContain('rel="noopener"');
  });
});
