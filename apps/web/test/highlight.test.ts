import { describe, expect, it } from "vitest";
import { MAX_HL, parseHighlight, readerHref } from "../lib/highlight.ts";
import { markedSegments } from "../lib/marked.ts";

describe("reader highlight (?hl=start-end)", () => {
  it("accepts only a bounded, ordered span inside the text", () => {
    expect(parseHighlight("10-20", 100)).toEqual({ start: 10, end: 20 });
    expect(parseHighlight(["10-20", "1-2"], 100)).toEqual({ start: 10, end: 20 });
    for (const bad of [undefined, "", "20-10", "5-5", "a-b", "-1-3", `0-${MAX_HL + 1}`, "1-2x", "1-10001"])
      expect(parseHighlight(bad, 10_000), String(bad)).toBeUndefined();
  });

  it("cuts a sentence around the highlight and at every mention", () => {
    // p7-s2: "Following the release … against two subsidiaries of state-owned … Belneftekhim."
    const s = { start: 5896, end: 6076 };
    const plain = markedSegments(s);
    expect(plain.every((p) => p.marks.hl === undefined)).toBe(true);
    const hl = markedSegments(s, { start: 6004, end: 6075 });
    expect(hl.map((p) => p.text).join("")).toBe(plain.map((p) => p.text).join(""));
    const marked = hl.filter((p) => p.marks.hl !== undefined);
    expect(marked.map((p) => p.text).join("")).toBe(
      "two subsidiaries of state-owned petrochemical conglomerate Belneftekhim",
    );
    expect(marked.map((p) => p.marks.mention)).toContain("belneftekhim");
    expect(markedSegments(s, { start: 0, end: 10 })).toEqual(plain);
  });

  it("links evidence to the reader with the span and the sentence anchor", () => {
    expect(readerHref({ start: 3, end: 9 }, "p3-s2")).toBe("/read?hl=3-9#p3-s2");
  });
});
