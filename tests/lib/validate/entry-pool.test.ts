import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../../scripts/cli/bench-corpus.ts";
import { startWorker, threadsFor, workEntryFiles, type EntryFile } from "../../../scripts/lib/validate/entry-pool.ts";
import { workEntryFile } from "../../../scripts/lib/validate/entry-work.ts";

const encoder = new TextEncoder();
const corpus: EntryFile[] = generateCorpus({ size: 700, today: "2026-11-25", seed: 3 }).map((f) => ({ rel: f.path, bytes: encoder.encode(f.text) }));
// A few files that are no valid entry, so problems travel between threads too.
corpus.push(
  { rel: "ky/posts/broken.md", bytes: encoder.encode("---\ntitle: [unclosed\ndate: 2026-11-25\n---\n") },
  { rel: "ky/posts/pin.md", bytes: encoder.encode("---\ntitle: ПИН\ndate: 2026-11-25\n---\n\nПИН 21505199000123\n") },
  { rel: "ky/posts/binary.md", bytes: new Uint8Array([0, 159, 146, 150, 0, 1, 2]) },
);
const options = { office: ["+996 3722 5 12 34"], html: true };
const alone = corpus.map((f) => workEntryFile(f.rel, f.bytes, options));

describe("threadsFor", () => {
  const cases = [
    { files: 10_000, env: {}, cores: 2, out: 1 },
    { files: 10_000, env: {}, cores: 4, out: 3 },
    { files: 10_000, env: {}, cores: 64, out: 7 },
    { files: 10_000, env: {}, cores: 1, out: 0 },
    { files: 200, env: {}, cores: 8, out: 0 },
    { files: 4999, env: {}, cores: 8, out: 0 },
    { files: 5000, env: {}, cores: 2, out: 1 },
    { files: 200, env: { ACHYK_THREADS: "2" }, cores: 8, out: 2 },
    { files: 10_000, env: { ACHYK_THREADS: "0" }, cores: 8, out: 0 },
    { files: 10_000, env: { ACHYK_THREADS: "many" }, cores: 8, out: 0 },
  ] as const;
  it.each(cases)("$files files, $cores cores, $env → $out", ({ files, env, cores, out }) => {
    expect(threadsFor(files, env, cores)).toBe(out);
  });
});

describe("workEntryFiles", () => {
  it("gives, with worker threads, exactly the work of the main thread alone, in the order of the files", async () => {
    // Started beforehand, so that they surely get chunks (the main thread does not wait for them).
    const ready = await Promise.all([startWorker(), startWorker()]);
    let answered = 0;
    for (const worker of ready) worker.on("message", () => (answered += 1));
    const threaded = await workEntryFiles(corpus, options, 2, async () => ready.pop()!);
    expect(threaded).toEqual(alone);
    expect(answered).toBeGreaterThanOrEqual(2);
  });

  it("works on the main thread alone when no worker can start", async () => {
    const failing = () => Promise.reject(new Error("no worker"));
    expect(await workEntryFiles(corpus, options, 2, failing)).toEqual(alone);
  });

  it("hands the chunks of a worker that dies to the others", async () => {
    // A real worker that answers nothing and exits on its first chunk.
    const dying = async () => new Worker("require('node:worker_threads').parentPort.once('message', () => process.exit(3));", { eval: true });
    expect(await workEntryFiles(corpus, options, 1, dying)).toEqual(alone);
  });

  it("hands the chunks of a worker that throws to the others", async () => {
    const throwing = async () => new Worker("require('node:worker_threads').parentPort.once('message', () => { throw new Error('broken'); });", { eval: true });
    expect(await workEntryFiles(corpus, options, 1, throwing)).toEqual(alone);
  });
});
