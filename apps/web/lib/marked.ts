import { mentionsIn, type Segment, segments } from "@report/view";
import { report, textOf } from "./report.ts";

type Span = { start: number; end: number };

/** The words of a span of the report cut where a mention starts or ends: `marks.mention` is the entity named. */
export function markedSegments(span: Span): Segment[] {
  const mentions = mentionsIn(report, span).map((m) => ({ start: m.start, end: m.end, id: m.entityId }));
  return segments(textOf(span), [{ name: "mention", spans: mentions }], span.start);
}
