import { timelineByYear, timelineEntries } from "@report/view";
import type { Metadata } from "next";
import Link from "next/link";
import { EvidenceLink } from "../../components/Evidence.tsx";
import { withOpenGraph } from "../../lib/meta.ts";
import { report } from "../../lib/report.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Timeline",
    description: "Every dated record in the report once, in order, at the precision the report gives.",
    alternates: { canonical: "/timeline" },
  });

const LEGEND = [
  ["year", "a year"],
  ["month", "a month"],
  ["day", "a day"],
  ["set", "a set of dates (“in 2007 and 2008”)"],
  ["interval", "an interval"],
  ["open-interval", "an open interval"],
  ["relative", "dated only after another event"],
] as const;

export default function TimelinePage() {
  const entries = timelineEntries(report);
  return (
    <>
      <h1>Timeline</h1>
      <p>
        Every dated record once, earliest first, exactly as precise as the text: a year, a month, a set of years, an
        interval (from one date to another), an open interval (with no end given), or only “after” another event. Each
        kind is drawn differently:
      </p>
      <ul className="legend" aria-label="Legend">
        {LEGEND.map(([k, words]) => (
          <li key={k}>
            <span className={`tl-marker tl-${k}`} aria-hidden="true" /> {words}
          </li>
        ))}
      </ul>
      {entries.length === 0 ? <p>No dated records yet.</p> : null}
      {timelineByYear(entries).map((g) => (
        <section key={g.year} aria-labelledby={`y${g.year}`} className="tl-year-group">
          <h2 id={`y${g.year}`}>{g.year}</h2>
          <ol className="timeline">
            {g.entries.map((it) => {
              const precision = it.precision ?? "relative";
              return (
                <li key={it.id} className={`tl-item tl-item-${precision}`}>
                  <span className={`tl-marker tl-${precision}`} aria-hidden="true" />
                  <p className="tl-when">
                    <span className={`date date-${precision}`} data-edtf={it.edtf}>
                      {it.when}
                    </span>
                  </p>
                  <p className="tl-what">
                    <Link href={it.href}>{it.label}</Link>
                  </p>
                  <p className="tl-quote">
                    “{it.evidence.quote}” (<EvidenceLink ev={it.evidence} />)
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
}
