import { entities, report } from "@report/data";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { entityJson } from "../lib/api.ts";
import { citationsFor } from "../lib/cite.ts";
import { dataFiles, readDataFile } from "../lib/files.ts";
import { jsonLdString, reportJsonLd } from "../lib/jsonld.ts";
import { counts, entitiesByKind } from "../lib/report.ts";
import { contentSecurityPolicy, securityHeaders } from "../lib/security.ts";
import { SITE_URL } from "../lib/site.ts";

describe("report access", () => {
  it("groups every entity under its kind", () => {
    expect(entitiesByKind().reduce((n, g) => n + g.items.length, 0)).toBe(entities.length);
    expect(counts()).toMatchObject({ entities: entities.length, events: report.events.length, sanctions: 2 });
  });
});

describe("timeline and actions", () => {
  it("lists every dated record once, in order, with its date in words", async () => {
    const Page = (await import("../app/timeline/page.tsx")).default;
    const html = renderToStaticMarkup(createElement(Page));
    const items = [...html.matchAll(/<li class="tl-item[^"]*"/g)];
    expect(items).toHaveLength(10);
    expect(html).toContain("since May 2008");
    expect(html).toContain("after the release of the last political prisoners");
    expect(html.indexOf("June 2009")).toBeLessThan(html.indexOf("August 2009"));
  });

  it("lists events, sanctions with their history and restrictions, with the printed status words", async () => {
    const Page = (await import("../app/actions/page.tsx")).default;
    const html = renderToStaticMarkup(createElement(Page));
    for (const id of [...report.events, ...report.sanctions, ...report.restrictions].map((r) => r.id))
      expect(html).toContain(`id="${id}"`);
    expect(html).toMatch(/suspended \(printed “<strong class="status-word">suspended<\/strong>”\)/);
    expect(html).toContain("extended in November 2009");
    expect(html).toContain("five diplomats");
  });
});

describe("citations", () => {
  it("gives APA with a paragraph locator, Chicago, BibTeX, RIS, CSL-JSON and a Web Annotation selector", () => {
    const c = citationsFor("p3-s2");
    expect(c?.apa).toContain("(2010)");
    expect(c?.apaInText).toContain("para. 3");
    expect(c?.chicago).toContain("2010");
    expect(c?.bibtex).toMatch(/^@techreport\{afdr_2010_belarus_p3_s2,/);
    expect(c?.ris).toMatch(/^TY {2}- RPRT/);
    expect(JSON.parse(c?.cslJson ?? "[]")[0]).toMatchObject({ type: "report", URL: `${SITE_URL}/read#p3-s2` });
    expect(citationsFor("nope")).toBeUndefined();
  });

  it("points the annotation at the exact characters", () => {
    const a = JSON.parse(citationsFor("p3")?.annotation ?? "{}") as { target: { selector: Record<string, unknown>[] } };
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
