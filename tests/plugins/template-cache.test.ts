import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { shareCompiledTemplates } from "../../scripts/plugins/template-cache.ts";

/** The part of Nunjucks (untyped) these tests use. */
interface Nunjucks {
  Environment: new (loader: unknown) => object;
  FileSystemLoader: new (paths: string[]) => unknown;
  Template: new (source: string, env: object, path: string, eager: boolean) => { render(data: object): string };
  compiler: { compile: (...args: unknown[]) => string };
}
const nunjucks = createRequire(import.meta.url)("nunjucks") as Nunjucks;
shareCompiledTemplates(nunjucks as never);

/** How many times Nunjucks' compiler ran during `fn`. */
function countCompiles(fn: () => void): number {
  const { compiler } = nunjucks;
  const original = compiler.compile;
  let count = 0;
  compiler.compile = (...args: unknown[]) => {
    count += 1;
    return original(...args);
  };
  try {
    fn();
  } finally {
    compiler.compile = original;
  }
  return count;
}

describe("shareCompiledTemplates", () => {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([]));
  const render = (source: string, path: string, data: object, environment = env) =>
    new nunjucks.Template(source, environment, path, false).render(data);

  const cases = [
    { name: "an expression", source: "{{ e.title }}!", data: [{ e: { title: "Суу" } }, { e: { title: "Жол" } }], expected: ["Суу!", "Жол!"] },
    {
      name: "a loop and a condition",
      source: "{% for x in xs %}{% if x > 1 %}{{ x }}{% endif %}{% endfor %}",
      data: [{ xs: [1, 2, 3] }, { xs: [5] }],
      expected: ["23", "5"],
    },
    {
      name: "blocks",
      source: "{% block a %}A{{ n }}{% endblock %}-{% block b %}B{% endblock %}",
      data: [{ n: 1 }, { n: 2 }],
      expected: ["A1-B", "A2-B"],
    },
  ] as const;

  it.each(cases)("$name: one compile for many pages, each page its own data", ({ source, data, expected }) => {
    const path = `/layouts/${Math.random()}.njk`;
    let outputs: string[] = [];
    const compiles = countCompiles(() => {
      outputs = data.map((d) => render(source, path, d));
    });
    expect(outputs).toEqual(expected);
    expect(compiles).toBe(1);
  });

  it("compiles again for another source, another path or another environment", () => {
    const path = "/layouts/entry.njk";
    const other = new nunjucks.Environment(new nunjucks.FileSystemLoader([]));
    const compiles = countCompiles(() => {
      expect(render("{{ a }}", path, { a: 1 })).toBe("1");
      expect(render("{{ a }}.", path, { a: 1 })).toBe("1.");
      expect(render("{{ a }}", "/layouts/list.njk", { a: 2 })).toBe("2");
      expect(render("{{ a }}", path, { a: 3 }, other)).toBe("3");
      expect(render("{{ a }}", path, { a: 4 })).toBe("4");
    });
    expect(compiles).toBe(4);
  });
});
