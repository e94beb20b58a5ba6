import { describe, expect, it } from "vitest";
import { memoByObject } from "../../../scripts/lib/shared/memo.ts";

describe("memoByObject: once per object and key", () => {
  it("computes once for the same object and key, again for another key or another object", () => {
    const calls: string[] = [];
    const of = memoByObject((o: { name: string }, key: string) => {
      calls.push(`${o.name}/${key}`);
      return { o, key };
    });
    const a = { name: "a" };
    const first = of(a, "content");
    expect(of(a, "content")).toBe(first);
    expect(of(a, "other")).not.toBe(first);
    expect(of({ name: "b" }, "content")).not.toBe(first);
    expect(calls).toEqual(["a/content", "a/other", "b/content"]);
  });

  it("keeps a result that is falsy, instead of computing it again", () => {
    let calls = 0;
    const of = memoByObject((_o: object, _k: number) => (calls++, 0));
    const o = {};
    expect([of(o, 1), of(o, 1)]).toEqual([0, 0]);
    expect(calls).toBe(1);
  });
});
