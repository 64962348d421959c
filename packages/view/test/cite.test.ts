import { report } from "@report/data";
import { describe, expect, it } from "vitest";
import { citations, cslItem, WHOLE_REPORT } from "../src/cite/index.ts";
import { textSelectors } from "../src/index.ts";

const base = { baseUrl: "https://belarus.example.net/" };
const AUTHOR = "U.S. Department of State, Bureau of Democracy, Human Rights, and Labor";
const TITLE = "Advancing Freedom and Democracy Reports 2010: Belarus";
const V = report.dataVersion;

describe("citations of a passage", () => {
  const c = citations(report, "p3-s2", base);

  it("APA and Chicago, with the paragraph as the locator", () => {
    expect(c?.apa).toBe(
      `${AUTHOR}. (2010). ${TITLE} (Advancing Freedom and Democracy Reports). U.S. Department of State. https://belarus.example.net/read#p3-s2`,
    );
    expect(c?.apaInText).toBe(`(${AUTHOR}, 2010, para. 3)`);
    expect(c?.chicago).toBe(
      `${AUTHOR}. 2010. ${TITLE}. U.S. Department of State. Paragraph 3, sentence 2. Data version ${V}. https://belarus.example.net/read#p3-s2.`,
    );
    expect(c?.chicagoInText).toBe(`(${AUTHOR} 2010, para. 3)`);
  });

  it("BibTeX with a key of its own, and RIS", () => {
    expect(c?.bibtex).toBe(`@techreport{afdr_2010_belarus_p3_s2,
\tauthor = {{${AUTHOR}}},
\tseries = {Advancing {Freedom} and {Democracy} {Reports}},
\tyear = {2010},
\tnote = {Paragraph 3, sentence 2. Data version ${V}.},
\tinstitution = {U.S. Department of State},
\ttitle = {Advancing {Freedom} and {Democracy} {Reports} 2010: Belarus},
\turl = {https://belarus.example.net/read#p3-s2},
}`);
    expect(citations(report, "p3", base)?.bibtex).toMatch(/^@techreport\{afdr_2010_belarus_p3,/);
    // Every line a tag, none blank; the id the other formats use; the original's URL a second UR; ER with its space.
    expect(c?.ris.split("\n")).toEqual([
      "TY  - RPRT",
      `AU  - ${AUTHOR}`,
      "PY  - 2010",
      "LA  - en",
      `N1  - Paragraph 3, sentence 2. Data version ${V}.`,
      "PB  - U.S. Department of State",
      "T2  - Advancing Freedom and Democracy Reports",
      `TI  - ${TITLE}`,
      "ID  - afdr-2010-belarus-p3-s2",
      "UR  - https://belarus.example.net/read#p3-s2",
      "UR  - https://2009-2017.state.gov/j/drl/rls/afdr/2010/eur/129778.htm",
      "ER  - ",
    ]);
    // p3, p3-s1 and p3-s2 each have their own ID (cut to 20 characters they were one), and a long note one line.
    const ids = ["p3", "p3-s1", "p3-s2"].map(
      (id) => /^ID {2}- (.*)$/m.exec(citations(report, id, base)?.ris ?? "")?.[1],
    );
    expect(ids).toEqual(["afdr-2010-belarus-p3", "afdr-2010-belarus-p3-s1", "afdr-2010-belarus-p3-s2"]);
    const record = citations(report, "sanctions-suspended", base)?.ris.split("\n") ?? [];
    expect(record.find((l) => l.startsWith("N1"))?.length).toBeGreaterThan(100);
    for (const line of record.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- \S/);
  });

  it("CSL-JSON and a W3C annotation on the exact characters", () => {
    expect(JSON.parse(c?.cslJson ?? "")).toEqual([cslItem(report, "p3-s2", base)]);
    const a = JSON.parse(c?.annotation ?? "") as {
      target: { source: string; selector: { start?: number; end?: number; exact?: string }[] };
    };
    expect(a.target.source).toBe("https://belarus.example.net/downloads/source.txt");
    const [quote, position] = a.target.selector;
    expect(report.source.text.slice(position?.start, position?.end)).toBe(quote?.exact);
    expect(quote?.exact).toBe("These efforts take place despite Embassy Minsk's limited staffing.");
  });

  it("names the introduction as a section", () => {
    expect(citations(report, "intro", base)?.chicagoInText).toBe(`(${AUTHOR} 2010, sec. Introduction)`);
  });
});

describe("the citation of the report as a whole", () => {
  it("has no locator and points at the reader", () => {
    const c = citations(report, WHOLE_REPORT, base);
    expect(c?.apa).toBe(
      `${AUTHOR}. (2010). ${TITLE} (Advancing Freedom and Democracy Reports). U.S. Department of State. https://belarus.example.net/read`,
    );
    expect(c?.apaInText).toBe(`(${AUTHOR}, 2010)`);
    expect(c?.bibtex).toContain("@techreport{afdr_2010_belarus_report,");
    expect(c?.bibtex).toContain(`note = {The whole report. Data version ${V}.}`);
  });
});

describe("citations of a record", () => {
  it("cite its first evidence, locate its paragraph and point at its page", () => {
    const c = citations(report, "sanctions-suspended", base);
    expect(c?.apaInText).toBe(`(${AUTHOR}, 2010, para. 7)`);
    expect(c?.bibtex).toMatch(/^@techreport\{afdr_2010_belarus_sanctions_suspended,/);
    expect(cslItem(report, "sanctions-suspended", base)).toMatchObject({
      URL: "https://belarus.example.net/events#sanctions-suspended",
      note: `Paragraph 7, sentence 2: United States suspended sanctions on two subsidiaries of state-owned petrochemical conglomerate Belneftekhim after the release of the last political prisoners in 2008. Data version ${V}.`,
    });
    expect(JSON.parse(c?.annotation ?? "").target.selector[1]).toEqual({
      type: "TextPositionSelector",
      start: 5958,
      end: 6075,
    });
  });

  it("give nothing for an unknown id", () => {
    expect(citations(report, "nope", base)).toBeUndefined();
    expect(cslItem(report, "nope", base)).toBeUndefined();
  });

  it("selectors carry 32 characters of context", () => {
    const [q] = textSelectors(report, { start: 6004, end: 6075 });
    expect(q).toEqual({
      type: "TextQuoteSelector",
      exact: "two subsidiaries of state-owned petrochemical conglomerate Belneftekhim",
      prefix: "tes suspended sanctions against ",
      suffix: ". The suspension was extended in",
    });
  });
});
