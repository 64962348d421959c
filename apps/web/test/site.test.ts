import { entities, report } from "@report/data";
import { describe, expect, it } from "vitest";
import { actionRelations, sanctionEntities } from "../lib/actions.ts";
import { entityJson } from "../lib/api.ts";
import { annotationFor, citationsFor } from "../lib/cite.ts";
import { dataFiles, readDataFile } from "../lib/files.ts";
import { jsonLdString, reportJsonLd } from "../lib/jsonld.ts";
import { counts, entitiesByKind, getPassage, isEntityKind } from "../lib/report.ts";
import { contentSecurityPolicy, securityHeaders } from "../lib/security.ts";
import { timeline } from "../lib/timeline.ts";

describe("report access", () => {
  it("finds paragraphs and sentences by anchor id", () => {
    expect(getPassage("p3")?.kind).toBe("paragraph");
    expect(getPassage("p3-s2")?.kind).toBe("sentence");
    expect(getPassage("nope")).toBeUndefined();
  });

  it("groups every entity under its kind", () => {
    expect(entitiesByKind().reduce((n, g) => n + g.items.length, 0)).toBe(entities.length);
    expect(isEntityKind("sanction")).toBe(true);
    expect(isEntityKind("<script>")).toBe(false);
    expect(counts().entities).toBe(entities.length);
  });
});

describe("timeline and actions", () => {
  it("lists every date of every entity and relation, in order", () => {
    const items = timeline();
    const expected = [...report.entities, ...report.relations].reduce((n, x) => n + x.dates.length, 0);
    expect(items).toHaveLength(expected);
    expect(new Set(items.map((i) => i.precision)).size).toBeGreaterThan(1);
  });

  it("includes sanctions with their printed status words", () => {
    const suspended = sanctionEntities().find((e) => e.status?.word === "suspended");
    expect(suspended).toBeDefined();
    for (const r of actionRelations()) if (r.status) expect(r.status.evidence.quote).toContain(r.status.word);
  });
});

describe("citations", () => {
  it("gives APA, Chicago, BibTeX, CSL-JSON and a Web Annotation selector", () => {
    const c = citationsFor("p3-s2");
    expect(c?.apa).toContain("(2010)");
    expect(c?.chicago).toContain("2010");
    expect(c?.bibtex).toMatch(/^@techreport\{/);
    expect(JSON.parse(c?.cslJson ?? "[]")[0].type).toBe("report");
    expect(citationsFor("nope")).toBeUndefined();
  });

  it("points the annotation at the exact characters", () => {
    const a = annotationFor("p3") as { target: { selector: Record<string, unknown>[] } };
    const [quote, position] = a.target.selector;
    const { start, end } = position as { start: number; end: number };
    expect(report.source.text.slice(start, end)).toBe(quote?.exact);
  });
});

describe("data files and API", () => {
  it("lists the package's files with size and sha256 of the served bytes", () => {
    const files = dataFiles();
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(["report.json", "schema.json", "datapackage.json", "source.txt"]),
    );
    expect(files.some((f) => f.path.startsWith("csv/"))).toBe(true);
    const src = readDataFile("source.txt");
    expect(src?.body.toString("ascii")).toBe(report.source.text);
    expect(src?.file.sha256).toBe(report.source.sha256);
    expect(readDataFile("../package.json")).toBeUndefined();
  });

  it("serves one entity with relations, and nothing for unknown ids", () => {
    expect(entityJson("belneftekhim.json")?.entity).toMatchObject({ id: "belneftekhim" });
    expect(entityJson("belneftekhim")).toBeUndefined();
    expect(entityJson("nope.json")).toBeUndefined();
  });
});

describe("headers and JSON-LD", () => {
  it("never allows inline or eval scripts in production", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", dev: false });
    expect(csp).toContain("'nonce-abc'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    const keys = securityHeaders({ nonce: undefined, dev: false }).map((h) => h.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        "Strict-Transport-Security",
        "Cross-Origin-Opener-Policy",
        "Cross-Origin-Resource-Policy",
      ]),
    );
  });

  it("escapes < in JSON-LD so data cannot close the script tag", () => {
    expect(jsonLdString({ a: "</script><script>" })).not.toContain("<");
    expect(reportJsonLd()["@type"]).toBe("Report");
  });
});
