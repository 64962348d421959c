import { report } from "@report/data";
import { describe, expect, it } from "vitest";
import {
  entitiesNamedIn,
  mentionSpans,
  mentionsIn,
  mentionsOf,
  pairSpans,
  quoteInContext,
  segments,
} from "../src/index.ts";
import { must } from "./helpers.ts";

const text = report.source.text;

describe("mentions", () => {
  it("narrows evidence to the entity's name, and adds its context wordings", () => {
    const [first] = report.entities;
    if (!first) throw new Error("no entities");
    const e = {
      ...first,
      name: "Belneftekhim",
      aliases: [],
      evidence: [{ quote: "conglomerate Belneftekhim", start: 10, end: 35, paragraphId: "p7", sentenceIds: ["p7-s2"] }],
      mentions: [{ quote: "the company", start: 40, end: 51, paragraphId: "p7", sentenceIds: ["p7-s2"] }],
    };
    expect(mentionsOf([e])).toEqual([
      { start: 23, end: 35, entityId: e.id },
      { start: 40, end: 51, entityId: e.id },
    ]);
  });

  it("finds the report's mentions: names, aliases and the mentions list", () => {
    const all = mentionSpans(report);
    const words = (id: string) => all.filter((m) => m.entityId === id).map((m) => text.slice(m.start, m.end));
    expect(words("belneftekhim")).toEqual(["Belneftekhim"]);
    expect(words("united-states")).toContain("our");
    expect(words("government-of-belarus")).toContain("the regime");
    expect(words("belarus")).toContain("the country");
    expect(all.map((m) => m.start)).toEqual([...all.map((m) => m.start)].sort((a, b) => a - b));
  });

  it("lists the entities a paragraph names, in the order it names them", () => {
    const p7 = must(report.structure.paragraphs.find((p) => p.id === "p7"));
    const ids = entitiesNamedIn(report, p7).map((e) => e.id);
    expect(ids.slice(0, 3)).toEqual([
      "government-of-belarus",
      "government-entities",
      "officials-responsible-for-human-rights-abuses-and-repression",
    ]);
    expect(ids).toContain("belneftekhim");
    expect(mentionsIn(report, p7).every((m) => m.end > p7.start && m.start < p7.end)).toBe(true);
  });

  it("puts an evidence quote inside its sentence", () => {
    const ev = must(report.entities.find((e) => e.id === "belneftekhim")?.evidence[0]);
    expect(quoteInContext(report, ev)).toEqual({
      before:
        "Following the release of the last political prisoners in 2008, the United States suspended sanctions against ",
      quote: "two subsidiaries of state-owned petrochemical conglomerate Belneftekhim",
      after: ".",
      anchor: "p7-s2",
    });
  });
});

describe("segments: the one highlight function", () => {
  it("cuts a text at every span edge; the shortest span of a layer wins; marks of all layers combine", () => {
    const out = segments(
      "abcdefghijkl",
      [
        {
          name: "mention",
          spans: [
            { start: 100, end: 110, id: "long" },
            { start: 102, end: 104, id: "short" },
          ],
        },
        { name: "hl", spans: [{ start: 103, end: 106 }] },
      ],
      100,
    );
    expect(out).toEqual([
      { start: 100, end: 102, text: "ab", marks: { mention: "long" } },
      { start: 102, end: 103, text: "c", marks: { mention: "short" } },
      { start: 103, end: 104, text: "d", marks: { mention: "short", hl: "hl" } },
      { start: 104, end: 106, text: "ef", marks: { mention: "long", hl: "hl" } },
      { start: 106, end: 110, text: "ghij", marks: { mention: "long" } },
      { start: 110, end: 112, text: "kl", marks: {} },
    ]);
  });

  it("merges neighbours with the same marks, ignores spans outside, and covers the text exactly", () => {
    expect(
      segments("abc def", [
        {
          name: "match",
          spans: pairSpans([
            [0, 3],
            [3, 4],
            [40, 50],
            [5, 5],
          ]),
        },
      ]),
    ).toEqual([
      { start: 0, end: 4, text: "abc ", marks: { match: "match" } },
      { start: 4, end: 7, text: "def", marks: {} },
    ]);
    for (const p of report.structure.paragraphs) {
      const t = text.slice(p.start, p.end);
      const segs = segments(
        t,
        [{ name: "mention", spans: mentionsIn(report, p).map((m) => ({ ...m, id: m.entityId })) }],
        p.start,
      );
      expect(segs.map((s) => s.text).join("")).toBe(t);
    }
  });
});
