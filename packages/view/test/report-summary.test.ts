import { report } from "@report/data";
import { describe, expect, it } from "vitest";
// The data build's own coverage check: the view's figure must be the one the build prints.
import { coverage as buildCoverage } from "../../data/scripts/lib/coverage.ts";
import {
  coverageWords,
  documentCoverage,
  documentLine,
  documentSummary,
  documentsWords,
  draftBanner,
  draftBannerText,
  percentWords,
  toConfirmWords,
} from "../src/index.ts";
import { draft, fresh } from "./helpers.ts";

describe("coverage: the sentences some record quotes", () => {
  it("is all of them in the published report, and what the data build counts in a draft", () => {
    expect(documentCoverage(report)).toEqual({ covered: 28, total: 28 });
    expect(documentCoverage(draft)).toEqual({ covered: 26, total: 28 });
    expect(documentCoverage(fresh)).toEqual({ covered: 4, total: 28 });
    for (const doc of [report, draft, fresh]) {
      const { covered, total } = buildCoverage(doc);
      expect(documentCoverage(doc)).toEqual({ covered, total });
    }
  });

  it("says a share to one decimal as the build's warning does, never 0% for some nor 100% for less than all", () => {
    expect([
      percentWords(28, 28),
      percentWords(6, 10),
      percentWords(5, 9),
      percentWords(2, 3),
      percentWords(27, 28),
      percentWords(9999, 10000),
      percentWords(1, 3000),
      percentWords(0, 7),
      percentWords(0, 0),
    ]).toEqual(["100%", "60%", "55.6%", "66.7%", "96.4%", "99.9%", "0.1%", "0%", "0%"]);
    // The build prints ((covered / total) * 100).toFixed(1): the same figure.
    for (const [part, whole] of [
      [5, 9],
      [2, 3],
      [27, 28],
      [26, 28],
      [4, 28],
    ] as const)
      expect(percentWords(part, whole)).toBe(`${((part / whole) * 100).toFixed(1)}%`);
    expect(coverageWords({ covered: 6, total: 10 })).toBe("6 of 10 sentences quoted by a record (60%)");
    expect(coverageWords({ covered: 1, total: 1 })).toBe("1 of 1 sentence quoted by a record (100%)");
    expect([toConfirmWords(1), toConfirmWords(12)]).toEqual(["1 record to confirm", "12 records to confirm"]);
  });
});

describe("a document in a list of documents", () => {
  it("shows the published report's title, country, edition, status and coverage", () => {
    const s = documentSummary(report);
    expect(s).toEqual({
      id: "afdr-2010-belarus",
      title: "Advancing Freedom and Democracy Reports 2010: Belarus",
      country: "Belarus",
      edition: "2010 edition",
      status: "published",
      statusLabel: "Published",
      coverage: { covered: 28, total: 28 },
      coverageText: "28 of 28 sentences quoted by a record (100%)",
      toConfirm: 0,
    });
    expect(documentLine(s)).toBe("Belarus · 2010 edition · Published · 28 of 28 sentences quoted by a record (100%)");
  });

  it("says what a fresh draft has yet to be given instead of 'to fill in'", () => {
    const s = documentSummary(fresh);
    expect([s.title, s.country, s.edition]).toEqual([
      "fixture-draft (title to fill in)",
      "country to fill in",
      "edition to fill in",
    ]);
    expect(documentLine(s)).toBe(
      "country to fill in · edition to fill in · Draft · 4 of 28 sentences quoted by a record (14.3%)",
    );
  });
});

describe("a list of documents", () => {
  it("says how many there are, published and draft", () => {
    expect(documentsWords([report, draft, fresh])).toBe("3 documents: 1 published, 2 drafts");
    expect(documentsWords([report])).toBe("1 document: 1 published");
  });
});

describe("the draft banner", () => {
  it("is there for a draft only, coverage first, then the records to confirm", () => {
    expect(draftBanner(report)).toBeUndefined();
    expect(draftBannerText(report)).toBeUndefined();
    expect(draftBanner(draft)).toEqual({
      label: "Draft",
      parts: ["26 of 28 sentences quoted by a record (92.9%)", "3 records to confirm", "not yet published"],
    });
    expect(draftBannerText(draft)).toBe(
      "Draft: 26 of 28 sentences quoted by a record (92.9%) · 3 records to confirm · not yet published",
    );
  });

  it("leaves out the records to confirm when a curator has confirmed them all", () => {
    expect(draftBannerText(fresh)).toBe("Draft: 4 of 28 sentences quoted by a record (14.3%) · not yet published");
  });
});
