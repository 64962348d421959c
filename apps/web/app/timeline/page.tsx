import { timelineAxis, timelineEntries } from "@report/view";
import type { Metadata } from "next";
import { TimelineChart, TimelineLegend } from "../../components/TimelineChart.tsx";
import { withOpenGraph } from "../../lib/meta.ts";
import { report } from "../../lib/report.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Timeline",
    description: "Every dated record in the report once, on a time axis, at the precision the report gives.",
    alternates: { canonical: "/timeline" },
  });

export default function TimelinePage() {
  const axis = timelineAxis(timelineEntries(report));
  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">
        Every dated event once, earliest first, exactly as precise as the report: “in 2007 and 2008” is two years, “in
        June 2009” a month, “since May 2008” has no end, and an event the report dates only by another starts after it.
      </p>
      <TimelineLegend />
      <TimelineChart axis={axis} />
    </>
  );
}
