import { readFileSync } from "node:fs";
import { join } from "node:path";
import { report } from "@report/data";
import { describe, expect, it } from "vitest";
import { analyse } from "../src/analyse.ts";
import { recallAgainst } from "../src/recall.ts";
import { repoRoot } from "./helpers.ts";

// The seed round trip: ingest on the published report's own source text.
const text = readFileSync(join(repoRoot, "packages/data/source/belarus-2010.txt"), "utf8");
const a = analyse(text);

describe("ingest on packages/data/source/belarus-2010.txt", () => {
  it("reads the same text the published data holds", () => {
    expect(text).toBe(report.source.text);
  });

  it("finds the same structure: every part, paragraph and sentence id with the same offsets", () => {
    expect(a.structure).toEqual(report.structure);
  });

  it("finds every date and every quantity the published data has, with the same value on the same words", () => {
    const r = recallAgainst(a, report);
    expect(r.dates.missing).toEqual([]);
    expect(r.quantities.missing).toEqual([]);
    // The published data holds 9 dated values (two events share "In 2007 and 2008") and 4 quantities.
    expect([r.dates.found, r.quantities.found]).toEqual([9, 4]);
  });

  it("states the bureau and the country as the published metadata does", () => {
    expect(a.metadata.bureau?.value).toBe(report.metadata.bureau.value);
    expect(a.metadata.country?.value).toBe(report.metadata.country.value);
    expect(a.defects.map((d) => [d.kind, text.slice(d.start, d.end)])).toEqual([["missing-link-target", "Reports at"]]);
  });

  it("finds the two 2009 meetings, the sanctions and their suspension among its event candidates", () => {
    const events = a.events.map((e) => [e.type, e.agents[0], e.date?.edtf ?? ""].join(" "));
    expect(events).toEqual(
      expect.arrayContaining([
        "meet helsinki-commission 2009-06",
        "meet assistant-secretary-of-state-for-european-and-eurasian-affairs 2009-08",
        "impose-sanctions united-states {2007,2008}",
        "ease-sanctions united-states 2008",
        "ease-sanctions united-states 2009-11",
      ]),
    );
  });
});
