import { mentionsIn, type Segment, segments } from "@report/view";
import { report, textOf } from "./report.ts";

type Span = { start: number; end: number };

/**
 * The words of a span of the report cut where a mention starts or ends and where the quote the reader
 * was sent to (`hl`) starts or ends: `marks.mention` is the entity named, `marks.hl` is set inside the quote.
 */
export function markedSegments(span: Span, hl?: Span): Segment[] {
  const mentions = mentionsIn(report, span).map((m) => ({ start: m.start, end: m.end, id: m.entityId }));
  return segments(
    textOf(span),
    [
      { name: "mention", spans: mentions },
      { name: "hl", spans: hl ? [hl] : [] },
    ],
    span.start,
  );
}
