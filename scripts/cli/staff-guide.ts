/**
 * `npm run guide`: regenerates the field tables of the staff guide (`content/README.md`,
 * between `<!-- fields:start -->` and `<!-- fields:end -->`) from the schemas and field-docs.
 * `--check` writes nothing and exits 1 when the guide is out of date.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { readBuildEnv } from "../lib/shared/env.ts";
import { renderFieldTables, replaceBetweenMarkers } from "../lib/authoring/field-tables.ts";

const check = process.argv.includes("--check");
const { contentDir, contentDirName } = readBuildEnv();
const file = path.join(contentDir, "README.md");
const current = await readFile(file, "utf8");
const next = replaceBetweenMarkers(current, renderFieldTables());
if (next === current) {
  console.log(`${contentDirName}/README.md is up to date`);
} else if (check) {
  console.error(`${contentDirName}/README.md: the field tables differ from the schemas; run npm run guide`);
  process.exitCode = 1;
} else {
  await writeFile(file, next, "utf8");
  console.log(`${contentDirName}/README.md: field tables updated`);
}
