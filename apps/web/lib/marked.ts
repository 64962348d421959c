import { mentionsIn, type Segment, segments } from "@report/view";
import type { SiteDocument } from "./documents.ts";

type Span = { start: number; end: number };

/** The words of a span of a document cut where a mention starts or ends: `marks.mention` is the entity named. */
export function markedSegments(d: SiteDocument, span: Span): Segment[] {
  const mentions = mentionsIn(d.doc, span).map((m) => ({ start: m.start, end: m.end, id: m.entityId }));
  return segments(d.index.textOf(span), [{ name: "mention", spans: mentions }], span.start);
}
