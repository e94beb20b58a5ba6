/**
 * `npm run new -- <type> [slug] [--lang ky|ru]`: creates a new entry from its type's template in
 * `content/<lang>/<type>/`, dated today (SITE_TODAY, Asia/Bishkek), never over an existing file.
 * Prints the new file's path.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { readBuildEnv } from "../lib/shared/env.ts";
import { messagesNew, parseNewArgs, planNewEntry } from "../lib/authoring/new-entry.ts";
import { bilingual } from "../lib/shared/lang.ts";

const env = readBuildEnv();
const parsed = parseNewArgs(process.argv.slice(2));
if (!parsed.request) {
  const error = parsed.error ?? messagesNew.usage();
  console.error(bilingual(error, "\n"));
  process.exit(1);
}

const plan = planNewEntry(parsed.request, env.today);
const shown = `${env.contentDirName.replace(/\/+$/, "")}/${plan.relativePath}`;
const target = path.join(env.contentDir, plan.relativePath);
await mkdir(path.dirname(target), { recursive: true });
try {
  // "wx": fail when the file exists, in one step (no check-then-write race).
  await writeFile(target, plan.text, { encoding: "utf8", flag: "wx" });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  const message = messagesNew.exists(shown);
  console.error(bilingual(message, "\n"));
  process.exit(1);
}
const done = messagesNew.created(shown);
console.error(bilingual(done, "\n"));
console.log(shown);
