import { describe, expect, it } from "vitest";
import { childrenCpuMs, formatTimeline, sampleCpu, Timeline, type CpuSample, type Span } from "../../../scripts/lib/shared/timeline.ts";

describe("Timeline", () => {
  it("records a stage's start, end and the CPU time spent during it", async () => {
    let now = 100;
    let cpu = 50;
    const timeline = new Timeline(() => now, () => cpu);
    await timeline.span("validate", () => {
      now = 1100;
      cpu = 1850;
    });
    expect(timeline.spans).toEqual([{ name: "validate", start: 100, end: 1100, cpu: 1800 }]);
  });

  it("records a stage that throws, and ends a stage only once", async () => {
    let now = 0;
    const timeline = new Timeline(() => now, () => 0);
    await expect(
      timeline.span("broken", () => {
        now = 5;
        throw new Error("no");
      }),
    ).rejects.toThrow("no");
    const end = timeline.begin("twice");
    now = 9;
    end();
    now = 20;
    end();
    expect(timeline.spans.map((x) => [x.name, x.end])).toEqual([["broken", 5], ["twice", 9]]);
  });
});

describe("formatTimeline", () => {
  const spans: Span[] = [
    { name: "render", start: 2000, end: 4000, cpu: 2000 },
    { name: "validate", start: 0, end: 2000, cpu: 3600 },
  ];
  // Two cores busy for the first two seconds, one for the last two.
  const samples: CpuSample[] = [
    { at: 0, self: 0, children: 0 },
    { at: 2000, self: 4000, children: 0 },
    { at: 4000, self: 4000, children: 2000 },
  ];
  const text = formatTimeline(spans, samples, 2, 8);
  const lines = text.split("\n");

  it("says the wall time, the CPU time and how many cores were busy on average", () => {
    expect(lines[0]).toBe("Timeline: 4.0 s wall, 6.0 s CPU from 0.0 s (this process and its children), 1.50 of 2 cores busy on average");
  });

  it("lists stages by start with start, end, wall, CPU seconds (the process's, its children's) and a bar over the run", () => {
    expect(lines[1]).toBe("stage     start    end   wall    CPU  child  |        |");
    expect(lines[1]!.length).toBe(lines[2]!.length);
    expect(lines.slice(2, 4)).toEqual([
      "validate    0.0    2.0    2.0    3.6    0.0  |████    |",
      "render      2.0    4.0    2.0    2.0    2.0  |    ████|",
    ]);
  });

  it("reads the CPU of a stage measured in another thread off the samples", () => {
    const other = formatTimeline([{ name: "index", start: 1000, end: 3000, cpu: Number.NaN }], samples, 2, 8).split("\n");
    // Self: 2000 ms in the first second (half of 0→2 s), none after; children: 1000 ms in 2→3 s.
    expect(other[2]).toBe("index    1.0    3.0    2.0    2.0    1.0  |  ████  |");
  });

  it("draws how busy the cores were in each slice of time: full, then half", () => {
    expect(lines.at(-1)).toMatch(/\|████▄▄▄▄\|$/);
    expect(lines.at(-1)?.startsWith("cores busy (of 2)")).toBe(true);
  });

  it("draws the memory of each slice of time against the peak, when samples carry it", () => {
    const withMemory = samples.map((x, i) => ({ ...x, rss: [100, 400, 200][i]! * 2 ** 20 }));
    const memory = formatTimeline(spans, withMemory, 2, 8).split("\n").at(-1)!;
    expect(memory.startsWith("memory (peak 400 MiB)")).toBe(true);
    // Samples at 0 s (100 MiB), 2 s (400) and 4 s (200, the run's end, outside the last slice).
    expect(memory).toMatch(/\|▂   █   \|$/);
  });

  it("prints only the stages when there are no CPU samples", () => {
    const plain = formatTimeline(spans, [], 2, 8).split("\n");
    expect(plain[0]).toBe("Timeline: 4.0 s wall");
    expect(plain).toHaveLength(4);
  });
});

describe("CPU of child processes", () => {
  it("is read from /proc for a child that burns CPU, and sampled over time", async () => {
    const { spawn } = await import("node:child_process");
    const stop = sampleCpu(20);
    const child = spawn(process.execPath, ["-e", "const end = Date.now() + 400; while (Date.now() < end);"]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen = childrenCpuMs();
    await new Promise((resolve) => child.on("exit", resolve));
    const samples = stop();
    expect(seen).toBeGreaterThan(50);
    expect(samples.at(-1)!.children).toBeGreaterThan(50);
    expect(samples.at(-1)!.at).toBeGreaterThan(samples[0]!.at);
  });
});
