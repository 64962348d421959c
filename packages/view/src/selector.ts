import type { ReportDocument } from "@report/data";
import { sourcePath } from "./links.ts";

/** W3C Web Annotation selectors for a span of the source: the quote with 32 characters either side, and the offsets. */
export function textSelectors(doc: ReportDocument, span: { start: number; end: number }) {
  const text = doc.source.text;
  return [
    {
      type: "TextQuoteSelector" as const,
      exact: text.slice(span.start, span.end),
      prefix: text.slice(Math.max(0, span.start - 32), span.start),
      suffix: text.slice(span.end, span.end + 32),
    },
    { type: "TextPositionSelector" as const, start: span.start, end: span.end },
  ];
}

/** A W3C Web Annotation whose target is the span in the published source text at `baseUrl`. */
export function webAnnotation(doc: ReportDocument, span: { start: number; end: number }, baseUrl: string) {
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    target: { source: `${baseUrl.replace(/\/$/, "")}${sourcePath(doc)}`, selector: textSelectors(doc, span) },
  };
}
