import { describe, expect, it } from "vitest";
import { highlightsInHtml, MAX_HL, parseHighlight, readerHref } from "../lib/highlight.ts";

describe("reader highlight (?hl=start-end)", () => {
  it("accepts only a bounded, ordered span inside the text", () => {
    expect(parseHighlight("10-20", 100)).toEqual({ start: 10, end: 20 });
    expect(parseHighlight(["10-20", "1-2"], 100)).toEqual({ start: 10, end: 20 });
    for (const bad of [undefined, null, "", "20-10", "5-5", "a-b", "-1-3", `0-${MAX_HL + 1}`, "1-2x", "1-10001"])
      expect(parseHighlight(bad, 10_000), String(bad)).toBeUndefined();
  });

  it("links evidence to the reader with the span and the sentence anchor", () => {
    expect(readerHref({ base: "" }, { start: 3, end: 9 }, "p3-s2")).toBe("/read?hl=3-9#p3-s2");
    expect(readerHref({ base: "/d/draft" }, { start: 3, end: 9 }, "p3-s2")).toBe("/d/draft/read?hl=3-9#p3-s2");
  });

  it("finds the highlights a page links to, and nothing else", () => {
    const html = `<a href="${readerHref({ base: "" }, { start: 3, end: 9 }, "p3-s2")}">x</a> <a href="/read?hl=10-20">y</a>
      <a href="/read?hl=x">z</a> <a href="/search?hl=1-2">w</a> <p>/read?hl=5-6</p>
      <a href="/d/draft/read?hl=1-4#p1">v</a> <a href="/d/draft/search?hl=1-2">u</a>`;
    expect(highlightsInHtml(html)).toEqual(["/read?hl=3-9", "/read?hl=10-20", "/d/draft/read?hl=1-4"]);
  });
});
