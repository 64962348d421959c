import { noRecordsWords, timelineAxis, timelineEntries } from "@report/view";
import type { Metadata } from "next";
import { TimelineChart, TimelineLegend } from "../components/TimelineChart.tsx";
import type { SiteDocument } from "../lib/documents.ts";
import { withOpenGraph } from "../lib/meta.ts";

export const timelineMetadata = (d: SiteDocument): Metadata =>
  withOpenGraph(d, {
    title: "Timeline",
    description: "Every dated record in the report once, on a time axis, at the precision the report gives.",
    alternates: { canonical: "/timeline" },
  });

export function TimelinePage({ d }: { d: SiteDocument }) {
  const entries = timelineEntries(d.doc);
  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">
        Every dated event once, earliest first, exactly as precise as the report: “in 2007 and 2008” is two years, “in
        June 2009” a month, “since May 2008” has no end, and an event the report dates only by another starts after it.
      </p>
      {entries.length === 0 ? (
        <p className="notice">{noRecordsWords(d.doc, "dated records")}</p>
      ) : (
        <>
          <TimelineLegend />
          <TimelineChart d={d} axis={timelineAxis(entries)} />
        </>
      )}
    </>
  );
}
