import { report } from "@report/data";
import { describe, expect, it } from "vitest";
import { siteDocuments } from "../lib/documents.ts";
import { dataFiles, readDataFile } from "../lib/files.ts";
import { isPublicData } from "../lib/http-guard.ts";
import { pathIn, splitPath } from "../lib/paths.ts";
import { exportHeaderRules } from "../lib/static-headers.ts";

// A site of several documents: the first keeps the site's own addresses, each other one has them under /d/<id>.
const draft = { ...report, id: "fixture-draft", status: "draft" as const };
const [first, second] = siteDocuments({ file: "/data/corpus.json", documents: [report, draft] });
if (!first || !second) throw new Error("two documents expected");

describe("a document's addresses", () => {
  it("are the site's own for the first document and under /d/<id> for each other one", () => {
    expect([first.base, second.base]).toEqual(["", "/d/fixture-draft"]);
    expect([pathIn(first, "/"), pathIn(first, "/read#p3")]).toEqual(["/", "/read#p3"]);
    expect([pathIn(second, "/"), pathIn(second, "/read#p3")]).toEqual(["/d/fixture-draft", "/d/fixture-draft/read#p3"]);
    expect(splitPath("/d/fixture-draft/entities/x")).toEqual({ base: "/d/fixture-draft", path: "/entities/x" });
    expect(splitPath("/d/fixture-draft")).toEqual({ base: "/d/fixture-draft", path: "/" });
    expect(splitPath("/entities/x")).toEqual({ base: "", path: "/entities/x" });
  });

  it("make each document's API and downloads public data", () => {
    for (const path of ["/api/report.json", "/d/fixture-draft/api/report.json", "/d/fixture-draft/downloads/a.csv"])
      expect(isPublicData(path), path).toBe(true);
    for (const path of ["/d/fixture-draft/read", "/data", "/d/api"]) expect(isPublicData(path), path).toBe(false);
  });
});

describe("a document of REPORT_DATA's downloads", () => {
  it("are the document as JSON, the schema and its source text byte for byte", () => {
    expect(dataFiles(second).map((f) => [f.path, f.mediaType])).toEqual([
      ["report.json", "application/json; charset=utf-8"],
      ["schema.json", "application/json; charset=utf-8"],
      ["source.txt", "text/plain; charset=us-ascii"],
    ]);
    const source = readDataFile(second, "source.txt");
    expect(source?.body.toString("utf8")).toBe(draft.source.text);
    expect(source?.file.sha256).toBe(draft.source.sha256);
    expect(JSON.parse(readDataFile(second, "report.json")?.body.toString("utf8") ?? "{}").id).toBe("fixture-draft");
    expect(readDataFile(second, "csv/events.csv")).toBeUndefined();
  });
});

describe("the static export's _headers for a corpus", () => {
  it("gives every document's API and downloads the public data's headers, and its Open Graph image a type", () => {
    const rules = exportHeaderRules(
      [{ route: "/d/fixture-draft/read", hashes: { script: ["sha256-a"], style: [] } }],
      { script: [], style: [] },
      [first, second].map((d) => ({ base: d.base, downloads: dataFiles(d) })),
    );
    const at = (path: string) => Object.fromEntries(rules.find((r) => r.path === path)?.headers ?? []);
    for (const base of ["", "/d/fixture-draft"]) {
      expect(at(`${base}/api/*`)["Access-Control-Allow-Origin"], base).toBe("*");
      expect(at(`${base}/downloads/*`)["Cache-Control"], base).toMatch(/max-age=300/);
    }
    expect(at("/d/fixture-draft/downloads/source.txt")["Content-Type"]).toBe("text/plain; charset=us-ascii");
    expect(at("/d/fixture-draft/opengraph-image")["Content-Type"]).toBe("image/png");
    expect(at("/d/fixture-draft/read")["Content-Security-Policy"]).toContain("'sha256-a'");
  });
});
