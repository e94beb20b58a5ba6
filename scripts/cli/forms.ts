/**
 * `npm run forms`: writes the GitHub issue forms, `.github/ISSUE_TEMPLATE/<type>.yml`, from the
 * schemas (`scripts/lib/authoring/issue-forms.ts`). `--check` writes nothing and exits 1 when a
 * form differs from what would be written, or when a form of another name is in the folder.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { FORMS_DIR, issueForms, renderIssueForm } from "../lib/authoring/issue-forms.ts";

const check = process.argv.includes("--check");
const dir = path.resolve(process.cwd(), FORMS_DIR);
const forms = issueForms();
let stale = 0;
for (const form of forms) {
  const target = path.join(dir, form.fileName);
  const text = renderIssueForm(form);
  const current = await readFile(target, "utf8").catch(() => null);
  if (current === text) continue;
  stale++;
  if (check) {
    console.error(`${FORMS_DIR}/${form.fileName}: differs from the form generator; run npm run forms`);
  } else {
    await mkdir(dir, { recursive: true });
    await writeFile(target, text, "utf8");
    console.log(`${FORMS_DIR}/${form.fileName}`);
  }
}
// A form left behind after a type was renamed would still be offered to staff.
const known = new Set([...forms.map((f) => f.fileName), "config.yml"]);
for (const name of await readdir(dir).catch(() => [])) {
  if (/\.ya?ml$/.test(name) && !known.has(name)) {
    stale++;
    console.error(`${FORMS_DIR}/${name}: no content type has this form; delete it`);
  }
}
if (check && stale > 0) process.exitCode = 1;
