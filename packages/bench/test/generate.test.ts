import { type Evidence, indexReport, type ReportDocument, report } from "@report/data";
import { parseReport, RECORD_COLLECTIONS, ReportParseError } from "@report/data/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus, generateReport } from "../src/generate.ts";

/** The sentences some record cites, the way the data build counts coverage. */
function citedSentences(doc: ReportDocument): Set<string> {
  const cited = new Set<string>();
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      if (typeof (v as Evidence).quote === "string" && Array.isArray((v as Evidence).sentenceIds))
        for (const id of (v as Evidence).sentenceIds) cited.add(id);
      else Object.values(v).forEach(visit);
    }
  };
  for (const key of RECORD_COLLECTIONS) visit(doc[key]);
  return cited;
}

const counts = (d: ReportDocument) => ({
  text: d.source.text.length,
  entities: d.entities.length,
  events: d.events.length,
  sanctions: d.sanctions.length,
  restrictions: d.restrictions.length,
  strategies: d.strategies.length,
  relations: d.relations.length,
});

describe("the synthetic corpus generator", () => {
  it("is deterministic for a seed", () => {
    expect(generateReport(7)).toEqual(generateReport(7));
    expect(generateReport(7).source.text).not.toBe(generateReport(8).source.text);
  });

  it("makes 1.0 documents that pass parseReport (schema, integrity and graph rules), at the size of one report", () => {
    for (const doc of generateCorpus(40)) {
      expect(doc.schemaVersion).toBe(2);
      expect(parseReport(doc).id).toBe(doc.id);
    }
  });

  it("is checked by a validation that can fail: a quote that is not its slice is rejected", () => {
    const doc = structuredClone(generateReport(3));
    const event = doc.events[0];
    if (!event?.evidence[0]) throw new Error("a generated report has events with evidence");
    event.evidence[0].quote = `${event.evidence[0].quote}!`;
    expect(() => parseReport(doc)).toThrow(ReportParseError);
  });

  it("marks every generated document synthetic, and never the real one", () => {
    for (const doc of generateCorpus(5)) {
      expect(doc.synthetic).toBe(true);
      expect(doc.metadata.title.value).toMatch(/not a real report/);
    }
    expect(report.synthetic).toBeUndefined();
  });

  it("cites every sentence in some record, as a published document must", () => {
    for (const doc of generateCorpus(10)) {
      const cited = citedSentences(doc);
      expect(doc.structure.sentences.filter((s) => !cited.has(s.id))).toEqual([]);
    }
  });

  it("looks like the real report: length and the count of each kind of record", () => {
    const docs = generateCorpus(50);
    const real = counts(report);
    for (const key of Object.keys(real) as (keyof typeof real)[]) {
      const mean = docs.reduce((s, d) => s + counts(d)[key], 0) / docs.length;
      expect({ key, ratio: mean / real[key] > 0.6 && mean / real[key] < 1.6 }).toEqual({ key, ratio: true });
    }
  });

  it("fills what the 1.0 questions ask for: dated and relative events, sanction histories, limits, priority areas", () => {
    const doc = generateReport(11);
    expect(new Set(doc.entities.map((e) => e.kind)).size).toBeGreaterThanOrEqual(9);
    expect(new Set(doc.events.map((e) => e.type)).size).toBeGreaterThanOrEqual(14);
    expect(doc.events.every((e) => e.agents.length > 0)).toBe(true);
    expect(doc.events.filter((e) => e.targets.length > 0).length).toBeGreaterThan(doc.events.length / 2);
    expect(doc.events.filter((e) => e.date).length).toBeGreaterThanOrEqual(3);
    expect(doc.events.filter((e) => e.after).length).toBe(1);
    const index = indexReport(doc);
    const suspended = index.sanctions().find((s) => s.status === "suspended");
    expect(suspended?.history.map((h) => h.statusWord)).toEqual(expect.arrayContaining(["imposed", "suspended"]));
    expect(suspended?.history.some((h) => h.after?.type === "release-persons")).toBe(true);
    expect(index.sanctions().find((s) => s.status === "in-force")?.conditions).toHaveLength(1);
    const limit = index.restrictions().find((r) => r.limit);
    expect(limit?.limit?.unit).toBe("diplomat");
    expect(limit?.date?.edtf).toMatch(/^\d{4}-\d{2}\/\.\.$/);
    expect(index.strategy()?.priorityAreas.length).toBeGreaterThanOrEqual(2);
    expect(index.strategy()?.priorityAreas.every((a) => a.subGoals.length > 0)).toBe(true);
    expect(doc.relations.some((r) => r.external)).toBe(true);
    expect(index.timeline().length).toBeGreaterThanOrEqual(6);
  });

  describe("as large as 100 and 1,000 reports", () => {
    const big: Record<number, ReportDocument> = {};
    beforeAll(() => {
      for (const scale of [100, 1000]) big[scale] = generateReport(1, { scale });
    }, 60_000);

    it.each([100, 1000])(
      "passes parseReport at %i reports' size",
      (scale) => {
        const doc = big[scale] as ReportDocument;
        expect(parseReport(doc).structure.sentences).toHaveLength(doc.structure.sentences.length);
        const cited = citedSentences(doc);
        expect(doc.structure.sentences.every((s) => cited.has(s.id))).toBe(true);
      },
      120_000,
    );

    it("grows in proportion to its size: text and per-country records scale with the number of reports", () => {
      const one = generateCorpus(50).map(counts);
      const mean = (key: keyof ReturnType<typeof counts>) => one.reduce((s, c) => s + c[key], 0) / one.length;
      for (const scale of [100, 1000]) {
        const c = counts(big[scale] as ReportDocument);
        expect(c.sanctions).toBe(2 * scale);
        expect(c.strategies).toBe(2 * scale);
        for (const key of ["text", "events", "restrictions"] as const)
          expect({ scale, key, ratio: Math.abs(c[key] / scale / mean(key) - 1) < 0.15 }).toEqual({
            scale,
            key,
            ratio: true,
          });
      }
    });
  });
});
