import { report } from "@report/data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSearch, type HitKind, makeSnippet } from "../src/index.ts";

const search = createSearch([report]);
const marked = (hit: { snippet: { text: string; highlights: [number, number][] } }) =>
  hit.snippet.highlights.map(([s, e]) => hit.snippet.text.slice(s, e));

describe("createSearch", () => {
  it("finds Belneftekhim as an entity first, with the word highlighted", () => {
    const hits = search.search("Belneftekhim");
    expect(hits[0]).toMatchObject({ kind: "entity", id: "belneftekhim", title: "Belneftekhim" });
    expect(marked(hits[0] as never)).toContain("Belneftekhim");
    expect(hits.some((h) => h.kind === "paragraph" && h.paragraphId === "p7")).toBe(true);
  });

  it("points paragraph hits at the sentence that matched", () => {
    const hit = search.search("suspension extended", { kind: "paragraph" })[0];
    expect(hit).toMatchObject({ paragraphId: "p7", sentenceId: "p7-s3" });
    expect(hit?.snippet.text).toBe("The suspension was extended in November 2009.");
  });

  it("shows the sentence with the word as typed before one with longer words it begins ('EU', not 'Europe')", () => {
    const hit = search.search("EU", { kind: "paragraph" }).find((h) => h.paragraphId === "p1");
    expect(hit?.snippet.text).toContain("policy coordination with the EU has been close and effective throughout");
  });

  it("finds an event by its type: 'meeting' finds every meeting, those the text says someone 'met' at too", () => {
    const typed = report.events.filter((e) => e.type === "meet").map((e) => e.id);
    expect(typed.length).toBeGreaterThanOrEqual(3);
    const found = search.search("meeting", { kind: "event", limit: 50 }).map((h) => h.id);
    expect(found).toEqual(expect.arrayContaining(typed));
    expect(found).toContain("helsinki-commission-delegation-meeting");
  });

  it("finds records of every kind, each labelled in words", () => {
    const first = (q: string, kind: HitKind) => search.search(q, { kind })[0];
    expect(first("five diplomats", "restriction")).toMatchObject({
      id: "embassy-minsk-staff-limit",
      context: "Diplomatic limit",
    });
    expect(first("Belneftekhim", "sanction")).toMatchObject({
      id: "sanctions-against-belneftekhim-subsidiaries",
      context: "Sanction",
    });
    expect(first("Helsinki delegation", "event")).toMatchObject({
      id: "helsinki-commission-delegation-meeting",
      title: "Helsinki Commission delegation met opposition and civil society leaders in Minsk",
      context: "Meeting",
    });
    expect(first("health programs", "strategy")).toMatchObject({
      id: "us-assistance-strategy",
      context: "Assistance strategy",
    });
    expect(first("Belneftekhim", "entity")).toMatchObject({ id: "belneftekhim", context: "Company" });
    expect(first("trafficking", "paragraph")?.title).toMatch(/^Paragraph \d$/);
  });

  it("ranks the passage about the query first, then the records taken from it", () => {
    const hits = search.search("trafficking");
    expect(hits[0]).toMatchObject({ kind: "paragraph", id: "p5", sentenceId: "p5-s1" });
    expect(search.search("sanctions")[0]).toMatchObject({ kind: "paragraph", id: "p7" });
    // A record named exactly by the query comes first.
    expect(search.search("embassy minsk")[0]).toMatchObject({ kind: "entity", id: "embassy-minsk" });
  });

  it("never shows the same words twice: each snippet adds words no earlier hit showed", () => {
    for (const q of ["trafficking", "sanctions", "Belneftekhim", "embassy", "opposition leaders"]) {
      const seen: string[] = [];
      for (const hit of search.search(q)) {
        const pieces = hit.snippet.text.split(" · ").filter((p) => p.length > 0);
        expect(new Set(pieces).size, `${q}: ${hit.id}`).toBe(pieces.length);
        for (const piece of pieces) expect(seen, `${q}: ${hit.id}`).not.toContain(piece);
        seen.push(...pieces);
      }
    }
    const ids = search.search("trafficking").map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("matches prefixes, so results appear while typing", () => {
    expect(search.search("Helsi")[0]?.snippet.text).toMatch(/Helsinki Commission/);
    expect(search.search("Helsi", { kind: "entity" })[0]?.title).toMatch(/Helsinki Commission/);
  });

  it("returns nothing for an empty or punctuation-only query", () => {
    expect(search.search("")).toEqual([]);
    expect(search.search("   ")).toEqual([]);
    expect(search.search("(*+?")).toEqual([]);
  });

  it("never throws on arbitrary unicode, and returns only known ids", () => {
    const records = [report.entities, report.events, report.sanctions, report.restrictions, report.strategies].flat();
    const keys = new Set([...records.map((r) => r.id), ...report.structure.paragraphs.map((p) => p.id)]);
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (q) => {
        for (const hit of search.search(q)) expect(keys.has(hit.id)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("treats a 10 KB query as an ordinary one", () => {
    expect(() => search.search("sanctions ".repeat(1000))).not.toThrow();
  });
});

describe("makeSnippet", () => {
  it("marks whole words and prefixes without HTML", () => {
    const s = makeSnippet("The United States suspended sanctions.", ["suspend", "sanction"]);
    expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(["suspended", "sanctions"]);
  });

  it("trims long text around the first match and keeps highlights aligned", () => {
    const text = `${"word ".repeat(100)}Belneftekhim ${"tail ".repeat(100)}`;
    const s = makeSnippet(text, ["belneftekhim"], 80);
    expect(s.text.startsWith("…")).toBe(true);
    expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(["Belneftekhim"]);
  });
});
