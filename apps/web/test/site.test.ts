import { entities, report } from "@report/data";
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { entityJson } from "../lib/api.ts";
import { citationsFor } from "../lib/cite.ts";
import { DEFAULT_DOCUMENT } from "../lib/documents.ts";
import { dataFiles, readDataFile } from "../lib/files.ts";
import { jsonLdString, reportJsonLd } from "../lib/jsonld.ts";
import { entitiesByKind } from "../lib/report.ts";
import { contentSecurityPolicy, securityHeaders } from "../lib/security.ts";
import { SITE_URL } from "../lib/site.ts";
import { searchMetadata } from "../views/search.tsx";

/** Without REPORT_DATA the site shows the published report, at its own addresses. */
const d = DEFAULT_DOCUMENT;

describe("report access", () => {
  it("groups every entity under its kind", () => {
    expect(entitiesByKind(d).reduce((n, g) => n + g.items.length, 0)).toBe(entities.length);
    expect(entitiesByKind(d).map((g) => g.kind)).toContain("country");
  });
});

const render = async (load: Promise<{ default: (props: never) => unknown }>, props: unknown = {}) => {
  const Page = (await load).default as (p: unknown) => ReactElement | Promise<ReactElement>;
  return renderToStaticMarkup((await Page(props)) as ReactElement);
};

describe("pages answer questions", () => {
  it("home: the key facts, each with its figure and a link to its words, then read and download", async () => {
    const html = await render(import("../app/(default)/page.tsx"));
    const figures = [...html.matchAll(/<h3 class="key-fact-figure"><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(figures).toEqual([
      ["/sanctions#sanctions-against-belneftekhim-subsidiaries", "Suspended"],
      ["/sanctions#embassy-minsk-staff-limit", "Five diplomats"],
      ["/strategy#us-assistance-strategy", "Three priority areas"],
      ["/entities#network-list", "Three partners"],
      ["/events?type=meet&amp;year=2009", "Two meetings"],
      ["/events#funding-of-anti-trafficking-programs", "Four programs"],
    ]);
    expect(html.match(/href="\/read\?hl=\d+-\d+#p\d-s\d"/g)).toHaveLength(6);
    expect(html).toContain("United States works with");
    expect(html).toContain('href="/read"');
    expect(html).toContain('href="/data"');
    // No provenance table and no repository path on the home page.
    expect(html).not.toMatch(/shared\/source|README\.md|basis-external/);
  });

  it("timeline: every dated record once on the time axis, the undated one after its anchor", async () => {
    const html = await render(import("../app/(default)/timeline/page.tsx"));
    expect([...html.matchAll(/<li class="tl-row"/g)]).toHaveLength(10);
    expect(html).toContain("since May 2008");
    expect(html).toContain("after the release of the last political prisoners in 2008");
    expect(html.indexOf("June 2009")).toBeLessThan(html.indexOf("August 2009"));
    expect(html).toContain('class="tl-after"');
    expect(html).toContain('class="tl-open"');
  });

  it("events: every event once as a card, grouped by actor, with no empty cells", async () => {
    const html = await render(import("../app/(default)/events/page.tsx"));
    for (const e of report.events) expect(html.split(`id="${e.id}"`).length - 1, e.id).toBe(1);
    expect(html).not.toContain("—");
    expect(html).toMatch(/<form [^>]*action="\/events" method="get"/);
    expect(html).toMatch(/<h2 id="by-united-states">/);
  });

  it("sanctions: the chain, the condition and the status now", async () => {
    const html = await render(import("../app/(default)/sanctions/page.tsx"));
    expect(html).toContain("The suspension was extended in November 2009");
    expect(html).toContain(
      "Suspended sanctions against two subsidiaries after the release of the last political prisoners in 2008",
    );
    expect(html).toContain("further action on sanctions depend on additional positive human rights steps");
    expect(html).toMatch(/class="status status-suspended">Suspended</);
    expect(html).toContain('id="embassy-minsk-staff-limit"');
    expect(html).toContain("five diplomats");
  });

  it("reader: clean text by default, mentions on their own page, numbers and cite links for each sentence", async () => {
    const clean = await render(import("../app/(default)/read/page.tsx"));
    const marked = await render(import("../app/(default)/read/mentions/page.tsx"));
    expect(clean).not.toContain('class="mention"');
    expect(marked).toContain('class="mention"');
    expect(clean).toContain('href="/read/mentions"');
    for (const s of report.structure.sentences.filter((x) => x.paragraphId.startsWith("p")))
      expect(clean, s.id).toContain(`href="/cite/${s.id}"`);
    expect(clean).toContain('<a class="p-num" href="#p3" aria-label="Paragraph 3">3</a>');
    expect(clean).toMatch(/<nav class="reader-contents"/);
  });

  it("who's who: the network as SVG with every box a link, and the same facts as a list", async () => {
    const html = await render(import("../app/(default)/entities/page.tsx"));
    const svg = /<svg[^>]*class="network-svg"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
    expect(svg).toContain('href="/entities/united-states"');
    expect(svg).toContain('href="/entities/government-of-belarus"');
    expect(html).toMatch(/<ul class="network-list">/);
    expect(html).toContain('</a> presses <a href="/entities/belarusian-government-officials">');
    // Who works with whom, though the EU acts in no event.
    expect(html).toContain('href="/entities/european-union">EU</a>');
    expect(html).toContain('<a href="#network-list">The same facts as a list</a>');
  });

  it("an entity: Belneftekhim's page leads to the sanctions on its subsidiaries", async () => {
    const html = await render(import("../app/(default)/entities/[id]/page.tsx"), {
      params: Promise.resolve({ id: "belneftekhim" }),
    });
    expect(html).toContain("Has parts under one sanction.");
    expect(html).toContain("Sanctions on its subsidiaries or parts");
    expect(html).toContain("Sanctions against two subsidiaries of state-owned petrochemical conglomerate Belneftekhim");
  });
});

describe("citing the report as a whole", () => {
  it("the about page's How to cite gives APA, Chicago and BibTeX for the whole report, pointing at the reader", async () => {
    const html = await render(import("../app/(default)/about/page.tsx"));
    const cite = html.slice(html.indexOf('id="cite"'));
    expect(cite).toContain("The report as a whole:");
    expect(cite).toContain(`(2010). Advancing Freedom and Democracy Reports 2010: Belarus`);
    expect(cite).toContain(`${SITE_URL}/read</code>`);
    expect(cite).toContain("@techreport{afdr_2010_belarus_report,");
  });
});

describe("citations", () => {
  it("gives APA with a paragraph locator, Chicago, BibTeX, RIS, CSL-JSON and a Web Annotation selector", () => {
    const c = citationsFor(d, "p3-s2");
    expect(c?.apa).toContain("(2010)");
    expect(c?.apaInText).toContain("para. 3");
    expect(c?.chicago).toContain("2010");
    expect(c?.bibtex).toMatch(/^@techreport\{afdr_2010_belarus_p3_s2,/);
    expect(c?.ris).toMatch(/^TY {2}- RPRT/);
    expect(JSON.parse(c?.cslJson ?? "[]")[0]).toMatchObject({ type: "report", URL: `${SITE_URL}/read#p3-s2` });
    expect(citationsFor(d, "nope")).toBeUndefined();
  });

  it("points the annotation at the exact characters", () => {
    const a = JSON.parse(citationsFor(d, "p3")?.annotation ?? "{}") as {
      target: { selector: Record<string, unknown>[] };
    };
    const [quote, position] = a.target.selector;
    const { start, end } = position as { start: number; end: number };
    expect(report.source.text.slice(start, end)).toBe(quote?.exact);
  });
});

describe("data files and API", () => {
  it("lists the package's files with size and sha256 of the served bytes", () => {
    const files = dataFiles(d);
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(["report.json", "schema.json", "datapackage.json", "source.txt", "entities.ftm.json"]),
    );
    expect(files.some((f) => f.path.startsWith("csv/"))).toBe(true);
    const src = readDataFile(d, "source.txt");
    expect(src?.body.toString("ascii")).toBe(report.source.text);
    expect(src?.file.sha256).toBe(report.source.sha256);
    expect(readDataFile(d, "../package.json")).toBeUndefined();
  });

  it("offers the FollowTheMoney export as the Data Package describes it: one entity a line, the same bytes", () => {
    const ftm = readDataFile(d, "entities.ftm.json");
    expect(ftm?.file.label).toBe("FollowTheMoney entities, one JSON object per line");
    expect(ftm?.file.mediaType).toBe("application/x-ndjson; charset=utf-8");
    const pkg = JSON.parse(readDataFile(d, "datapackage.json")?.body.toString("utf8") ?? "{}") as {
      resources: { path: string; bytes: number; hash: string; mediatype: string }[];
    };
    const described = pkg.resources.find((r) => r.path === "entities.ftm.json");
    expect([ftm?.file.bytes, `sha256:${ftm?.file.sha256}`]).toEqual([described?.bytes, described?.hash]);
    expect(ftm?.file.mediaType.startsWith(`${described?.mediatype};`)).toBe(true);
    const lines = (ftm?.body.toString("utf8").trim().split("\n") ?? []).map(
      (l) => JSON.parse(l) as { id: string; schema: string },
    );
    expect(lines.find((e) => e.id === "belneftekhim")?.schema).toBe("Company");
  });

  it("serves one entity with relations, and nothing for unknown ids", () => {
    expect(entityJson(d, "belneftekhim.json")?.entity).toMatchObject({ id: "belneftekhim" });
    expect(entityJson(d, "belneftekhim")).toBeUndefined();
    expect(entityJson(d, "nope.json")).toBeUndefined();
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
    expect(reportJsonLd(d)["@type"]).toBe("Report");
  });
});

describe("search's metadata", () => {
  it("titles the page with the query, but a shared link previews as 'Search', not words its author chose", async () => {
    const meta = await searchMetadata(d, Promise.resolve({ q: "The U.S. lifted all sanctions on Belarus" }));
    expect(meta.title).toBe("“The U.S. lifted all sanctions on Belarus”: search");
    expect(meta.openGraph?.title).toBe("Search");
  });
});
