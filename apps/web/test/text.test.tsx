import { report, textOf } from "@report/data";
import { isValidElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EvidenceQuote, markedText } from "../components/Text.tsx";
import { DEFAULT_DOCUMENT as d } from "../lib/documents.ts";
import { markedSegments } from "../lib/marked.ts";

const html = (nodes: ReactNode) => renderToStaticMarkup(<p>{nodes}</p>);

describe("the reader's words", () => {
  it("reassembles every paragraph of the report word for word", () => {
    for (const p of report.structure.paragraphs) {
      expect(
        markedSegments(d, p)
          .map((x) => x.text)
          .join(""),
      ).toBe(textOf(p));
    }
  });

  it("links each mention to its entity, and keeps text flat (strings between links, never two in a row)", () => {
    const p7 = report.structure.paragraphs.find((p) => p.id === "p7");
    if (!p7) throw new Error("no p7");
    const nodes = markedText(d, p7);
    expect(html(nodes)).toContain('href="/entities/belneftekhim"');
    nodes.forEach((n, i) => {
      if (typeof n === "string") expect(typeof nodes[i + 1]).not.toBe("string");
      else expect(isValidElement(n)).toBe(true);
    });
  });

  it("shows an evidence quote in its sentence, named by paragraph and sentence, never by id", () => {
    const ev = report.entities.find((e) => e.id === "belneftekhim")?.evidence[0];
    if (!ev) throw new Error("belneftekhim has no evidence");
    const out = renderToStaticMarkup(<EvidenceQuote d={d} ev={ev} />);
    expect(out).toContain(`<mark>${ev.quote}</mark>`);
    expect(out).toContain("Read in context (Paragraph 7, sentence 2)");
    expect(out).toContain('href="/read?hl=6004-6075#p7-s2"');
  });
});
