/**
 * Content migrations: what a release changes in the content model (a renamed key, a moved
 * folder), declared as data in `migrations.json` next to this file, keyed by the version that
 * needs them, and applied to a member's `content/` during `npm run upgrade`.
 *
 * Data, not code, on purpose: the upgrade runs the member's current engine, which reads the
 * registry of the release it upgrades to (from that release's tree) and applies steps from
 * this small vocabulary. No code from the new release runs while the upgrade is made, and a
 * member can read in the pull request exactly what was changed in its content.
 */
import { isMap, isScalar, parseDocument, type Pair } from "yaml";
import { z } from "zod";
import type { Bilingual } from "../shared/lang.ts";
import { compareVersions, isVersion } from "../shared/semver.ts";

/** Where the registry lives in every release's tree. Old engines look for it here: never move it. */
export const MIGRATIONS_PATH = "scripts/lib/publish/migrations.json";

const contentPath = z
  .string()
  .regex(/^content\/[^\s]+$/, "a path under content/")
  .refine((p) => !p.split("/").includes(".."), "no .. in paths");
const keyPath = z.string().regex(/^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/, "a key, or keys joined by dots (contacts.phone)");

const renameKey = z
  .strictObject({
    op: z.literal("rename-key"),
    /** A YAML file, or entries (their front matter): a path or pattern, `*` within a folder, `**` across folders. */
    files: contentPath,
    from: keyPath,
    to: keyPath,
  })
  .refine((m) => parentOf(m.from) === parentOf(m.to) && m.from !== m.to, "from and to must differ and share their parent keys");
const move = z.strictObject({
  op: z.literal("move"),
  /** A file, or a folder (its whole tree). */
  from: contentPath,
  to: contentPath,
});

const KNOWN_STEPS = ["rename-key", "move"] as const;
const migrationSchema = z.discriminatedUnion("op", [renameKey, move]);
export type Migration = z.infer<typeof migrationSchema>;

const registrySchema = z.strictObject({
  $comment: z.string().optional(),
  migrations: z.record(z.string(), z.array(migrationSchema)),
});
export type Registry = z.infer<typeof registrySchema>;

/**
 * The registry from its JSON text; an error names what is wrong, including a step this engine
 * does not know (a registry written for a newer `npm run upgrade`).
 * @example parseRegistry('{"migrations":{}}') // { migrations: {} }
 */
export function parseRegistry(text: string): Registry {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${MIGRATIONS_PATH}: not JSON (${(error as Error).message})`);
  }
  const unknown = unknownSteps(data);
  if (unknown.length) {
    throw new Error(`${MIGRATIONS_PATH}: steps this version of npm run upgrade does not know: ${unknown.join(", ")} (known: ${KNOWN_STEPS.join(", ")})`);
  }
  const byVersion = (data as { migrations?: unknown } | null)?.migrations;
  const badVersions = byVersion && typeof byVersion === "object" ? Object.keys(byVersion).filter((v) => !isVersion(v)) : [];
  if (badVersions.length) throw new Error(`${MIGRATIONS_PATH}: ${badVersions.join(", ")}: not a version; keys are versions MAJOR.MINOR.PATCH (0.3.0)`);
  const result = registrySchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`${MIGRATIONS_PATH}: ${issues.join("; ")}`);
  }
  return result.data;
}

function unknownSteps(data: unknown): string[] {
  const byVersion = (data as { migrations?: unknown } | null)?.migrations;
  if (!byVersion || typeof byVersion !== "object") return [];
  return Object.entries(byVersion).flatMap(([version, steps]) =>
    Array.isArray(steps)
      ? steps.flatMap((s) => {
          const op = (s as { op?: unknown } | null)?.op;
          return typeof op === "string" && !(KNOWN_STEPS as readonly string[]).includes(op) ? [`${version}: ${op}`] : [];
        })
      : [],
  );
}

export interface VersionedMigration {
  version: string;
  migration: Migration;
}

/**
 * The steps of every release after `from` up to and including `to`, oldest release first.
 * @example migrationsBetween({ migrations: { "0.3.0": [step] } }, "0.2.0", "0.3.0") // [{ version: "0.3.0", migration: step }]
 */
export function migrationsBetween(registry: Registry, from: string, to: string): VersionedMigration[] {
  return Object.entries(registry.migrations)
    .filter(([version]) => compareVersions(version, from) > 0 && compareVersions(version, to) <= 0)
    .sort(([a], [b]) => compareVersions(a, b))
    .flatMap(([version, steps]) => steps.map((migration) => ({ version, migration })));
}

/**
 * One line per step, the same in every language (paths and keys).
 * @example describeMigration({ op: "move", from: "content/ky/news", to: "content/ky/posts" }) // "content/ky/news → content/ky/posts"
 */
export function describeMigration(m: Migration): string {
  return m.op === "move" ? `${m.from} → ${m.to}` : `${m.files}: ${m.from} → ${m.to}`;
}

/** A file of the tree being migrated: a git object, or a text the migration wrote. */
export type MigrationFile = { mode: string; oid: string } | { mode: string; text: string };

export interface MigrationRun {
  /** The tree after every step. */
  tree: Map<string, MigrationFile>;
  /** Each step with the files it changed (none: already done, or nothing to change). */
  applied: { version: string; description: string; files: string[] }[];
  /** Steps that cannot be applied without a person deciding. */
  problems: { version: string; description: string; file: string; message: Bilingual }[];
}

/**
 * Applies the steps to a tree (path → file) in order; `read` gives a git object's text.
 * Steps are idempotent: a key already renamed or a folder already moved is left alone.
 * @example runMigrations(tree, [{ version: "0.3.0", migration: { op: "rename-key", files: "content/_data/site.yaml", from: "region", to: "area" } }], read)
 */
export function runMigrations(start: ReadonlyMap<string, MigrationFile>, steps: VersionedMigration[], read: (oid: string) => string): MigrationRun {
  const tree = new Map(start);
  const applied: MigrationRun["applied"] = [];
  const problems: MigrationRun["problems"] = [];
  const textOf = (file: MigrationFile) => ("text" in file ? file.text : read(file.oid));
  for (const { version, migration } of steps) {
    const description = describeMigration(migration);
    const files: string[] = [];
    if (migration.op === "rename-key") {
      const pattern = globToRegExp(migration.files);
      for (const [path, file] of [...tree].filter(([p]) => pattern.test(p))) {
        const kind = /\.ya?ml$/.test(path) ? "yaml" : path.endsWith(".md") ? "front-matter" : null;
        if (!kind) continue;
        const result = renameKeyIn(textOf(file), kind, migration.from.split("."), migration.to.split(".").at(-1)!);
        if (result.conflict) problems.push({ version, description, file: path, message: bothKeysMessage(migration.from, migration.to) });
        else if (result.text !== undefined) {
          tree.set(path, { mode: file.mode, text: result.text });
          files.push(path);
        }
      }
    } else {
      const moves = [...tree.keys()].filter((p) => p === migration.from || p.startsWith(`${migration.from}/`));
      const targets = moves.map((p) => migration.to + p.slice(migration.from.length));
      const taken = targets.filter((t) => tree.has(t));
      if (taken.length) {
        for (const file of taken) problems.push({ version, description, file, message: destinationTakenMessage(migration.from, file) });
      } else {
        moves.forEach((p, i) => {
          tree.set(targets[i]!, tree.get(p)!);
          tree.delete(p);
          files.push(p, targets[i]!);
        });
      }
    }
    applied.push({ version, description, files });
  }
  return { tree, applied, problems };
}

function bothKeysMessage(from: string, to: string): Bilingual {
  return {
    ky: `Файлда «${from}» да, «${to}» да бар. Жаңы версия «${to}» гана окуйт: «${from}» ачкычынын маанисин «${to}» ачкычына көчүрүп, «${from}» ачкычын өчүрүңүз, андан кийин жаңыртууну кайра иштетиңиз.`,
    ru: `В файле есть и «${from}», и «${to}». Новая версия читает только «${to}»: перенесите значение «${from}» в «${to}», удалите «${from}» и запустите обновление снова.`,
  };
}

function destinationTakenMessage(from: string, file: string): Bilingual {
  return {
    ky: `«${from}» жаңы жерине көчүрүлүшү керек, бирок «${file}» мурунтан эле бар. Эки файлды салыштырып, бирөөнү калтырыңыз, андан кийин жаңыртууну кайра иштетиңиз.`,
    ru: `«${from}» нужно перенести на новое место, но «${file}» уже существует. Сравните два файла, оставьте один и запустите обновление снова.`,
  };
}

/**
 * Renames the last key of `path` in a YAML text, or in the front matter of a Markdown entry,
 * changing only the key's own characters (comments, quoting and order stay as they were).
 * `text` is undefined when there is nothing to rename; `conflict` when both keys are present.
 * @example renameKeyIn("a: 1\nb: 2\n", "yaml", ["a"], "c").text // "c: 1\nb: 2\n"
 */
export function renameKeyIn(text: string, kind: "yaml" | "front-matter", path: string[], newName: string): { text?: string; conflict?: true } {
  let offset = 0;
  let yamlText = text;
  if (kind === "front-matter") {
    const block = frontMatterRange(text);
    if (!block) return {};
    [offset, yamlText] = [block.start, text.slice(block.start, block.end)];
  }
  const doc = parseDocument(yamlText);
  if (doc.errors.length) return {};
  let map: unknown = doc.contents;
  for (const key of path.slice(0, -1)) {
    if (!isMap(map)) return {};
    map = map.get(key, true);
  }
  if (!isMap(map)) return {};
  const pairs = map.items as Pair[];
  const keyNamed = (name: string) => pairs.find((p) => isScalar(p.key) && String(p.key.value) === name);
  const pair = keyNamed(path.at(-1)!);
  if (!pair || !isScalar(pair.key) || !pair.key.range) return {};
  if (keyNamed(newName)) return { conflict: true };
  const [start, end] = pair.key.range;
  const quote = pair.key.type === "QUOTE_DOUBLE" ? '"' : pair.key.type === "QUOTE_SINGLE" ? "'" : "";
  return { text: text.slice(0, offset + start) + quote + newName + quote + text.slice(offset + end) };
}

/** Offsets of the YAML between an entry's opening `---` line and its closing one. */
function frontMatterRange(text: string): { start: number; end: number } | null {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return null;
  const close = /^---[ \t]*$/m.exec(text.slice(open[0].length));
  if (!close) return null;
  return { start: open[0].length, end: open[0].length + close.index };
}

/**
 * A path pattern: `*` is any name within one folder, `**` any number of folders.
 * @example globToRegExp("content/*\/reports/*.md").test("content/ky/reports/2026-10.md") // true
 */
export function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .split("/")
    .map((part) => (part === "**" ? "(?:[^/]+/)*" : `${part.replace(/[.+^${}()|[\]\\?]/g, "\\$&").replace(/\*/g, "[^/]*")}/`))
    .join("");
  return new RegExp(`^${source.replace(/\/$/, "").replace(/\(\?:\[\^\/\]\+\/\)\*$/, ".*")}$`);
}

function parentOf(key: string): string {
  return key.split(".").slice(0, -1).join(".");
}
