import { report } from "@report/data";
import { parseReport } from "@report/data/schema";
import { describe, expect, it } from "vitest";
import { generateCorpus, generateReport } from "../src/generate.ts";

describe("the synthetic corpus generator", () => {
  it("is deterministic for a seed", () => {
    expect(generateReport(7)).toEqual(generateReport(7));
    expect(generateReport(7).source.text).not.toBe(generateReport(8).source.text);
  });

  it("makes documents that pass the same validation as the real report", () => {
    for (const doc of generateCorpus(20)) expect(parseReport(doc).id).toBe(doc.id);
  });

  it("marks every generated document synthetic, and never the real one", () => {
    for (const doc of generateCorpus(5)) {
      expect(doc.synthetic).toBe(true);
      expect(doc.metadata.title.value).toMatch(/not a real report/);
    }
    expect(report.synthetic).toBeUndefined();
  });

  it("looks like the real report: similar length, entity and relation counts, dates", () => {
    const docs = generateCorpus(50);
    const mean = (f: (d: (typeof docs)[number]) => number) => docs.reduce((s, d) => s + f(d), 0) / docs.length;
    const ratio = (a: number, b: number) => a / b;
    expect(
      ratio(
        mean((d) => d.source.text.length),
        report.source.text.length,
      ),
    ).toBeGreaterThan(0.6);
    expect(
      ratio(
        mean((d) => d.source.text.length),
        report.source.text.length,
      ),
    ).toBeLessThan(1.6);
    expect(
      ratio(
        mean((d) => d.entities.length),
        report.entities.length,
      ),
    ).toBeGreaterThan(0.6);
    expect(
      ratio(
        mean((d) => d.entities.length),
        report.entities.length,
      ),
    ).toBeLessThan(1.6);
    expect(
      ratio(
        mean((d) => d.relations.length),
        report.relations.length,
      ),
    ).toBeGreaterThan(0.6);
    expect(
      ratio(
        mean((d) => d.relations.length),
        report.relations.length,
      ),
    ).toBeLessThan(1.6);
    expect(mean((d) => d.entities.filter((e) => e.dates.length > 0).length)).toBeGreaterThan(3);
  });
});
