import type { DateValue } from "@report/data";
import { report } from "@report/data";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DateList } from "../components/Dates.tsx";
import { MetadataValueView } from "../components/MetadataValue.tsx";
import { DEFAULT_DOCUMENT as d } from "../lib/documents.ts";
import { jsonLdString } from "../lib/jsonld.ts";

// Data is rendered as text, never as markup: hostile strings come out escaped and inert.
const HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(1)> \u202Eevil\u202C zero\u200Bwidth';
const ev = report.entities[0]?.evidence[0];
if (!ev) throw new Error("the report has no evidence");

describe("hostile text in the data renders as inert text", () => {
  it("in a metadata value and its source", () => {
    const html = renderToStaticMarkup(
      createElement(MetadataValueView, {
        d,
        label: "Title",
        value: { value: HOSTILE, basis: "external", source: HOSTILE },
      }),
    );
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toMatch(/<script|<img/);
  });

  it("in a date's quote", () => {
    const dates: DateValue[] = [{ edtf: "2009-12", role: "occurred", evidence: { ...ev, quote: HOSTILE } }];
    const html = renderToStaticMarkup(createElement(DateList, { d, dates }));
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toMatch(/<script|<img/);
  });

  it("in JSON-LD, which cannot close its script element", () => {
    const out = jsonLdString({ name: `</script>${HOSTILE}` });
    expect(out).not.toContain("</script>");
    expect(out).not.toContain("<");
    expect(JSON.parse(out)).toEqual({ name: `</script>${HOSTILE}` });
  });
});
