import { type Metadata, type ReportDocument, report } from "@report/data";
import { describe, expect, it } from "vitest";
import { documentWords, noRecordsWords, strategyWords } from "../src/index.ts";
import { draft, fresh } from "./helpers.ts";

const TO_FILL_IN = { value: "to fill in", basis: "external", source: "to fill in: the archived page URL" } as const;
/** As `ingest` leaves a text that names its country: the country and the bureau stated, the rest to fill in. */
const ingested: ReportDocument = {
  ...fresh,
  id: "fixture-armenia-draft",
  metadata: Object.fromEntries(
    Object.entries(report.metadata).map(([key, v]) => [
      key,
      key === "bureau" ? v : key === "country" ? { ...v, value: "Armenia" } : TO_FILL_IN,
    ]),
  ) as Metadata,
};

describe("what the website calls a document", () => {
  it("says exactly what the site has always said of the published report", () => {
    expect(documentWords(report)).toEqual({
      name: "Belarus 2010",
      siteName: "Belarus 2010: Advancing Freedom and Democracy, as data",
      tagline: "Advancing Freedom and Democracy, as data",
      description:
        "The U.S. State Department's 2010 “Advancing Freedom and Democracy” report on Belarus, published as data: what the U.S. did, the full text, events, sanctions, a timeline and citations.",
      eyebrow: "U.S. Department of State · Advancing Freedom and Democracy Reports, 2010",
      headline: "What the U.S. did in Belarus in 2009",
      homeDescription:
        "What the U.S. did in Belarus in 2009, from the State Department's 2010 report: sanctions, restrictions, the assistance strategy, meetings, and programs, each with its evidence.",
      reportName: "the 2010 Belarus report",
      sanctionsDescription:
        "Each U.S. sanction with its status now, its history step by step with the report's words, and its condition; and the restrictions the government of Belarus imposes.",
      image: {
        eyebrow: "U.S. Department of State · 2010",
        title: "Advancing Freedom and Democracy Reports 2010: Belarus",
        alt: "Advancing Freedom and Democracy Reports 2010: Belarus, published as data",
      },
      country: "Belarus",
    });
    expect(strategyWords(report)).toEqual({
      description:
        "The U.S. policy of promoting democracy in Belarus, its means, and the assistance strategy adopted in December 2009 with its priority areas and sub-goals.",
      lede: "What the U.S. aims for in Belarus, and the plan it adopted to get there.",
      summary: "the U.S. policy and its 2009 assistance strategy",
    });
  });

  it("names a fresh draft by what its text states, never 'to fill in'", () => {
    const w = documentWords(ingested);
    expect(w).toEqual({
      name: "Armenia",
      siteName: "Armenia: Advancing Freedom and Democracy, as data",
      tagline: "Advancing Freedom and Democracy, as data",
      description:
        "The U.S. State Department's “Advancing Freedom and Democracy” report on Armenia, as draft data: what the U.S. did, the full text, events, sanctions, a timeline and citations.",
      eyebrow: "",
      headline: "What the U.S. did in Armenia",
      homeDescription:
        "What the U.S. did in Armenia, from the State Department's report: events, each with its evidence.",
      reportName: "the Armenia report",
      sanctionsDescription:
        "Each U.S. sanction with its status now, its history step by step with the report's words, and its condition; and the restrictions the government of Armenia imposes.",
      image: {
        eyebrow: "",
        title: "fixture-armenia-draft (title to fill in)",
        alt: "fixture-armenia-draft (title to fill in), draft data",
      },
      country: "Armenia",
    });
    expect(JSON.stringify(w)).not.toMatch(/to fill in[^)]/);
    expect(strategyWords(ingested)).toEqual({
      description:
        "The U.S. policy of promoting democracy in Armenia, its means, and the assistance strategy with its priority areas and sub-goals.",
      lede: "What the U.S. aims for in Armenia, and the plan it adopted to get there.",
      summary: "the U.S. policy and its assistance strategy",
    });
  });

  it("falls back to the document's id and 'the country' when even the country is to fill in", () => {
    const w = documentWords(fresh);
    expect([w.name, w.headline, w.reportName, w.country]).toEqual([
      "fixture-draft",
      "What the U.S. did in the country in 2009",
      "the report",
      "the country",
    ]);
    expect(documentWords(draft).homeDescription).toBe(
      "What the U.S. did in Belarus in 2009, from the State Department's 2010 report: meetings and programs, each with its evidence.",
    );
  });
});

describe("a page with nothing to list", () => {
  it("says a draft has none yet, and a published report none at all", () => {
    expect(noRecordsWords(ingested, "sanctions")).toBe("No sanctions recorded in this draft yet.");
    expect(noRecordsWords(report, "dated records")).toBe("The report records no dated records.");
  });
});
