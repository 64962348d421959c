import type { Metadata } from "next";
import Link from "next/link";
import { EdtfDate } from "../../components/Dates.tsx";
import { PRECISION_WORDS } from "../../lib/dates.ts";
import { withOpenGraph } from "../../lib/meta.ts";
import { byYear, timeline } from "../../lib/timeline.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Timeline",
    description: "Every dated entity and relation in the report, in order, at the precision the report gives.",
    alternates: { canonical: "/timeline" },
  });

export default function TimelinePage() {
  const items = timeline();
  return (
    <>
      <h1>Timeline</h1>
      <p>
        Every date the report gives, earliest first, exactly as precise as the text: a year, a month, an interval (from
        one date to another) or an open interval (with no end given). Each kind is drawn differently:
      </p>
      <ul className="legend" aria-label="Legend">
        <li>
          <span className="tl-marker tl-year" aria-hidden="true" /> a year
        </li>
        <li>
          <span className="tl-marker tl-month" aria-hidden="true" /> a month
        </li>
        <li>
          <span className="tl-marker tl-day" aria-hidden="true" /> a day
        </li>
        <li>
          <span className="tl-marker tl-interval" aria-hidden="true" /> an interval
        </li>
        <li>
          <span className="tl-marker tl-open-interval" aria-hidden="true" /> an open interval
        </li>
      </ul>
      {items.length === 0 ? <p>No dated facts yet.</p> : null}
      {byYear(items).map((g) => (
        <section key={g.year} aria-labelledby={`y${g.year}`} className="tl-year-group">
          <h2 id={`y${g.year}`}>{g.year}</h2>
          <ol className="timeline">
            {g.items.map((it) => (
              <li key={it.key} className={`tl-item tl-item-${it.precision}`}>
                <span className={`tl-marker tl-${it.precision}`} aria-hidden="true" />
                <p className="tl-when">
                  <EdtfDate edtf={it.edtf} /> <span className="precision">({PRECISION_WORDS[it.precision]})</span>
                </p>
                <p className="tl-what">
                  <Link href={it.href}>{it.label}</Link> — {it.role}
                </p>
                <p className="tl-quote">
                  “<a href={it.readerHref}>{it.quote}</a>”
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
