/**
 * `npm run templates`: writes `content/_templates/<type>.<lang>.md` from `entryTemplate`.
 * `--check` writes nothing and exits 1 when a file differs from what would be written.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { readBuildEnv } from "../lib/shared/env.ts";
import { templateFiles } from "../lib/authoring/template-files.ts";

const check = process.argv.includes("--check");
const { contentDir, contentDirName } = readBuildEnv();
let stale = 0;
for (const file of templateFiles()) {
  const target = path.join(contentDir, file.path);
  const current = await readFile(target, "utf8").catch(() => null);
  if (current === file.text) continue;
  stale++;
  if (check) {
    console.error(`${contentDirName}/${file.path}: differs from the template generator; run npm run templates`);
  } else {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.text, "utf8");
    console.log(`${contentDirName}/${file.path}`);
  }
}
if (check && stale > 0) process.exitCode = 1;
