import { describe, expect, it } from "vitest";
import { DEFAULT_DOCUMENT as d } from "../lib/documents.ts";
import { MAX_SEARCH_STRING } from "../lib/query.ts";
import { hitHref, MAX_Q, normalizeQuery, runSearch, snippetPieces } from "../lib/search.ts";

describe("search", () => {
  it("finds Belneftekhim and links paragraph hits to a sentence anchor", () => {
    const hits = runSearch(d, "Belneftekhim");
    expect(hits.length).toBeGreaterThan(0);
    const para = hits.find((h) => h.kind === "paragraph");
    expect(para && hitHref(d, para)).toMatch(/^\/read#p\d+(-s\d+)?$/);
    const entity = hits.find((h) => h.kind === "entity");
    expect(entity && hitHref(d, entity)).toMatch(/^\/entities\/[a-z0-9-]+$/);
  });

  it("normalizes hostile queries to bounded plain text", () => {
    expect(normalizeQuery(undefined)).toBe("");
    expect(normalizeQuery(["a", "b"])).toBe("a");
    expect(normalizeQuery("x".repeat(10_000)).length).toBe(MAX_Q);
    expect(normalizeQuery("a\u0000b\ud800")).toBe("a b");
    expect(normalizeQuery("😀")).toBe("😀");
  });

  it("trims any query to a query string short enough never to be redirected again", () => {
    for (const q of ["💥".repeat(5000), "\uffff".repeat(5000), "<".repeat(5000)])
      expect(`?q=${encodeURIComponent(normalizeQuery(q))}`.length).toBeLessThanOrEqual(MAX_SEARCH_STRING);
  });

  it("lets a failing index fail, instead of answering 'no results'", () => {
    const broken = {
      search: () => {
        throw new Error("index unreadable");
      },
    };
    expect(() => runSearch(d, "sanctions", 30, broken)).toThrow("index unreadable");
  });

  it("never throws on odd input", () => {
    for (const q of ["<script>alert(1)</script>", ".*+?^$()|[]{}\\", "\u202e\u200b", "%00", "💥".repeat(5000)]) {
      expect(() => runSearch(d, normalizeQuery(q))).not.toThrow();
    }
  });

  it("cuts a snippet into text and marks that cover it exactly", () => {
    const pieces = snippetPieces({
      text: "abc def ghi",
      highlights: [
        [4, 7],
        [0, 3],
        [5, 6],
        [40, 50],
      ],
    });
    expect(pieces).toEqual([
      { text: "abc", mark: true },
      { text: " ", mark: false },
      { text: "def", mark: true },
      { text: " ghi", mark: false },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe("abc def ghi");
  });
});
