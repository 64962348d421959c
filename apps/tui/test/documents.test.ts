import { report } from "@report/data";
import { describe, expect, it } from "vitest";
import { chooseDocument } from "../src/documents.ts";
import { documentRows } from "../src/ui/documents.ts";
import { fitParts, lineText } from "../src/ui/text.ts";
import { draftDoc } from "./helpers.ts";

describe("chooseDocument (--doc)", () => {
  const docs = [report, draftDoc];
  it("takes the only document, or the one --doc names", () => {
    expect(chooseDocument([report], undefined, "the bundled report")).toEqual({ index: 0 });
    expect(chooseDocument(docs, "afdr-2010-belarus-draft", "'c.json'")).toEqual({ index: 1 });
  });
  it("asks for --doc with the ids when there are several; an unknown id gets at most twelve, the closest first", () => {
    expect(chooseDocument(docs, undefined, "'c.json'")).toEqual({
      problem: "'c.json' holds 2 documents: choose one with --doc <id> (afdr-2010-belarus, afdr-2010-belarus-draft)",
    });
    const many = Array.from({ length: 15 }, (_, i) => ({ ...report, id: `doc-${String(i + 1).padStart(2, "0")}` }));
    expect(chooseDocument(many, "doc-14x", "'c.json'")).toEqual({
      problem:
        "no document 'doc-14x' in 'c.json': its documents are doc-14, doc-04, doc-10, doc-11, doc-12, doc-13, doc-15, doc-01, doc-02, doc-03, doc-05, doc-06 and 3 more",
    });
  });
});

describe("fitParts (the draft banner)", () => {
  const parts = ["6 of 10 sentences quoted by a record (60%)", "12 records to confirm", "not yet published"];
  it("keeps whole parts while they fit, and cuts the first only when nothing else fits", () => {
    expect(fitParts(parts, 200)).toBe(parts.join(" · "));
    expect(fitParts(parts, 70)).toBe(`${parts[0]} · ${parts[1]}`);
    expect(fitParts(parts, 42)).toBe(parts[0]);
    expect(fitParts(parts, 20)).toBe("6 of 10 sentences q…");
    expect(fitParts([], 20)).toBe("");
  });
});

describe("documentRows (the list of a corpus)", () => {
  it("breaks the line under a title between its parts, never inside one that fits", () => {
    const rows = documentRows([report, draftDoc], "", 60);
    expect(rows.map((r) => r.lines.map(lineText))).toEqual([
      [
        "Advancing Freedom and Democracy Reports 2010: Belarus",
        "Belarus · 2010 edition · Published",
        "28 of 28 sentences quoted by a record (100%)",
      ],
      [""],
      [
        "Advancing Freedom and Democracy Reports 2010: Belarus",
        "Belarus · 2010 edition · Draft",
        "27 of 28 sentences quoted by a record (96.4%)",
      ],
    ]);
    expect(rows.map((r) => r.target)).toEqual([{ doc: 0 }, undefined, { doc: 1 }]);
    const wide = documentRows([report], "", 120)[0]?.lines.map(lineText);
    expect(wide).toEqual([
      "Advancing Freedom and Democracy Reports 2010: Belarus",
      "Belarus · 2010 edition · Published · 28 of 28 sentences quoted by a record (100%)",
    ]);
  });
  it("filters by status, country or id, and keeps each document's place in the corpus", () => {
    expect(documentRows([report, draftDoc], "draft", 80).map((r) => r.target)).toEqual([{ doc: 1 }]);
  });
});
