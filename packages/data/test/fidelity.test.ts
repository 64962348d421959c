import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../scripts/lib/build.ts";
import { allEvidence, coverage } from "../scripts/lib/coverage.ts";
import { ID_LOCK, idList } from "../scripts/lib/id-lock.ts";
import { parseReport } from "../src/schema.ts";
import { committedReport, packageRoot, readData } from "./helpers.ts";

const EXPECTED_SHA256 = "0af885f3524ca8e175f6645df1809ea7c50e002fd0dff82804a289ecbdcbe5d6";
const doc = parseReport(committedReport());

describe("fidelity to the report", () => {
  it("ships the source byte for byte", () => {
    const shipped = readFileSync(join(packageRoot, "data/source.txt"));
    expect(createHash("sha256").update(shipped).digest("hex")).toBe(EXPECTED_SHA256);
    expect(shipped.length).toBe(6313);
    expect(doc.source.sha256).toBe(EXPECTED_SHA256);
    expect(Buffer.from(doc.source.text, "latin1").equals(shipped)).toBe(true);
  });

  it("counts offsets in UTF-16 code units, which equal code points and bytes for this ASCII text", () => {
    const text = doc.source.text;
    expect([...text].every((c) => c.charCodeAt(0) < 128)).toBe(true);
    expect(text.length).toBe([...text].length);
    expect(text.length).toBe(Buffer.byteLength(text, "utf8"));
  });

  it("proves every fact: each evidence slice equals its quote", () => {
    const evidence = allEvidence(doc);
    expect(evidence.length).toBeGreaterThan(doc.entities.length);
    for (const ev of evidence) expect(doc.source.text.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it("gives every record at least one piece of evidence; a relation without any names its external source", () => {
    for (const item of [...doc.entities, ...doc.events, ...doc.sanctions, ...doc.restrictions, ...doc.strategies])
      expect(item.evidence.length, item.id).toBeGreaterThan(0);
    for (const r of doc.relations.filter((x) => x.evidence.length === 0))
      expect(r.external?.source, r.id).toMatch(/https:\/\//);
  });

  it("cites sources a user can resolve, never a file of this repository", () => {
    const text = JSON.stringify(doc);
    expect(text).not.toMatch(/shared\/source|README\.md|\.yaml/);
    for (const value of Object.values(doc.metadata))
      if (value.basis === "external") expect(value.source, value.value).toMatch(/https:\/\//);
  });

  it("covers 100% of the sentences", () => {
    const c = coverage(doc);
    expect(c.uncovered).toEqual([]);
    expect(c.covered).toBe(c.total);
  });

  it("keeps the source defect as data, unrepaired", () => {
    expect(doc.defects).toContainEqual(
      expect.objectContaining({
        id: "missing-link-target",
        evidence: expect.objectContaining({ quote: "Reports at" }),
      }),
    );
    expect(doc.source.text.endsWith("steps taken by the government.")).toBe(true);
    expect(doc.source.text).toContain("Religious Freedom Reports at\n\nPart 1");
  });

  it("keeps status words exactly as printed: suspended is not lifted", () => {
    const words = doc.events.flatMap((x) => (x.status ? [x.status.word] : []));
    expect(words).toEqual(["increased", "imposed", "suspended", "extended"]);
    expect(doc.sanctions.map((s) => [s.status, s.statusWord])).toEqual([
      ["in-force", "increased"],
      ["suspended", "suspended"],
    ]);
  });

  it("records the grammatical slip as printed, as a defect", () => {
    expect(doc.defects.find((d) => d.kind === "grammar")?.evidence.quote).toBe("further action on sanctions depend on");
  });

  it("keeps ids stable: the id lock lists exactly the built ids", () => {
    expect(readFileSync(join(packageRoot, ID_LOCK), "utf8")).toBe(idList(doc));
  });
});

describe("generated files", () => {
  it("match a fresh build exactly (rebuild with `pnpm --filter @report/data build:data`)", () => {
    const { files } = buildReport(packageRoot);
    const committed = (readdirSync(join(packageRoot, "data"), { recursive: true }) as string[])
      .filter((f) => f !== "csv")
      .sort();
    expect(committed).toEqual([...files.keys()].sort());
    for (const [name, content] of files) expect(readData(name), name).toBe(content);
  });
});
