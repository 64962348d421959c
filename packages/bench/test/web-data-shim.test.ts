import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { indexReport, report } from "@report/data";
import { afterAll, describe, expect, it } from "vitest";
import { writeDataShim } from "../src/bench-web-build.ts";
import { generateReport } from "../src/generate.ts";
import { dataDir } from "../src/paths.ts";

// The website benchmark builds the site over a generated document by aliasing @report/data to this
// module: it must offer every export of the package, and answer from the generated document.
describe("the @report/data stand-in for the website build benchmark", () => {
  const dir = mkdtempSync(join(tmpdir(), "report-bench-shim-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const doc = generateReport(5);
  const load = async () => {
    const file = writeDataShim(dir, doc);
    const shim = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const dist = (await import(pathToFileURL(join(dataDir, "dist/index.js")).href)) as Record<string, unknown>;
    return { shim, dist };
  };

  it("exports exactly what the built package exports", async () => {
    const { shim, dist } = await load();
    expect(Object.keys(shim).sort()).toEqual(Object.keys(dist).sort());
  });

  it("answers every document-bound export from the generated document, not the report", async () => {
    const { shim, dist } = await load();
    const data = shim as unknown as typeof import("@report/data");
    expect(data.report.id).toBe(doc.id);
    expect(data.report.synthetic).toBe(true);
    expect(data.entities).toHaveLength(doc.entities.length);
    expect(data.events()).toHaveLength(doc.events.length);
    expect(data.sanctions().map((s) => s.id)).toEqual(doc.sanctions.map((s) => s.id));
    expect(data.timeline().length).toBeGreaterThan(0);
    expect(data.getEntity(doc.entities[0]?.id ?? "")?.name).toBe(doc.entities[0]?.name);
    expect(data.getEntity("belneftekhim")).toBeUndefined();
    for (const key of Object.keys(indexReport(report)))
      expect({ key, same: shim[key] === dist[key] }).toEqual({ key, same: false });
  });
});
