import { entities, report, textOf } from "@report/data";
import { describe, expect, it } from "vitest";
import { datePrecision, dateWords, edtfWords, sortKey } from "../lib/dates.ts";
import { allMentions, mentionsOf, piecesOf, quoteInContext } from "../lib/mentions.ts";
import { getSentence } from "../lib/report.ts";

describe("mentions", () => {
  it("narrows a mention to the entity's name when the quote contains it", () => {
    const first = entities[0];
    if (!first) throw new Error("no entities");
    const e = {
      ...first,
      name: "Belneftekhim",
      aliases: [],
      evidence: [{ quote: "conglomerate Belneftekhim", start: 10, end: 35, paragraphId: "p7", sentenceIds: ["p7-s2"] }],
    };
    expect(mentionsOf([e])).toEqual([{ start: 23, end: 35, entityId: e.id }]);
  });

  it("cuts a span into pieces that cover it exactly, the shortest mention winning overlaps", () => {
    const mentions = [
      { start: 0, end: 10, entityId: "long" },
      { start: 2, end: 4, entityId: "short" },
    ];
    expect(piecesOf({ start: 0, end: 12 }, mentions)).toEqual([
      { start: 0, end: 2, entityId: "long" },
      { start: 2, end: 4, entityId: "short" },
      { start: 4, end: 10, entityId: "long" },
      { start: 10, end: 12, entityId: undefined },
    ]);
  });

  it("reassembles every paragraph of the report word for word", () => {
    for (const p of report.structure.paragraphs) {
      const pieces = piecesOf(p, allMentions());
      expect(pieces.map((x) => textOf(x)).join("")).toBe(textOf(p));
    }
  });

  it("puts an evidence quote inside its sentence", () => {
    const ev = entities.find((e) => e.id === "belneftekhim")?.evidence[0];
    if (!ev) throw new Error("belneftekhim has no evidence");
    const q = quoteInContext(ev, report.source.text, getSentence);
    expect(q.quote).toBe(ev.quote);
    expect(`${q.before}${q.quote}${q.after}`).toContain(ev.quote);
    expect(q.anchor).toMatch(/^p\d+-s\d+$/);
  });
});

describe("dates", () => {
  it("says each EDTF value at exactly its precision", () => {
    expect(dateWords("2009")).toBe("2009");
    expect(dateWords("2008-05")).toBe("May 2008");
    expect(dateWords("2009-06-05")).toBe("5 June 2009");
    expect(edtfWords("2007/2008")).toBe("2007 to 2008");
    expect(edtfWords("2008-05/..")).toBe("from May 2008 onward (open end)");
    expect(edtfWords("../2009")).toBe("until 2009 (open start)");
    expect(dateWords("2009~")).toBe("2009 (approximate)");
    expect(datePrecision("2008-05/..")).toBe("open-interval");
  });

  it("sorts years before their months and intervals by their start", () => {
    const sorted = ["2009-06", "2008-05/..", "2009", "2007/2008"].sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
    expect(sorted).toEqual(["2007/2008", "2008-05/..", "2009", "2009-06"]);
  });
});
