import { describe, expect, it } from "vitest";
import { MAX_HL, parseHighlight, readerHref, splitByHighlight } from "../lib/highlight.ts";

describe("reader highlight (?hl=start-end)", () => {
  it("accepts only a bounded, ordered span inside the text", () => {
    expect(parseHighlight("10-20", 100)).toEqual({ start: 10, end: 20 });
    expect(parseHighlight(["10-20", "1-2"], 100)).toEqual({ start: 10, end: 20 });
    for (const bad of [undefined, "", "20-10", "5-5", "a-b", "-1-3", `0-${MAX_HL + 1}`, "1-2x", "1-10001"])
      expect(parseHighlight(bad, 10_000), String(bad)).toBeUndefined();
  });

  it("cuts a sentence around the highlight", () => {
    expect(splitByHighlight({ start: 0, end: 10 }, undefined)).toEqual([{ start: 0, end: 10, hl: false }]);
    expect(splitByHighlight({ start: 0, end: 10 }, { start: 20, end: 30 })).toEqual([{ start: 0, end: 10, hl: false }]);
    expect(splitByHighlight({ start: 0, end: 10 }, { start: 3, end: 30 })).toEqual([
      { start: 0, end: 3, hl: false },
      { start: 3, end: 10, hl: true },
    ]);
    expect(splitByHighlight({ start: 5, end: 10 }, { start: 0, end: 7 }).map((p) => p.hl)).toEqual([true, false]);
  });

  it("links evidence to the reader with the span and the sentence anchor", () => {
    expect(readerHref({ start: 3, end: 9 }, "p3-s2")).toBe("/read?hl=3-9#p3-s2");
  });
});
