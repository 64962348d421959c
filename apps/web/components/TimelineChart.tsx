import type { TimelineAxis, TimelineMark } from "@report/view";
import Link from "next/link";
import type { SiteDocument } from "../lib/documents.ts";
import { pathIn } from "../lib/paths.ts";
import { EvidenceLink } from "./Evidence.tsx";

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const ROW = 28;
const MID = ROW / 2;

/** An arrowhead whose tip sits at `x` (a fraction of the width): a nested SVG positioned by percentage. */
const Arrow = ({ x, className }: { x: number; className: string }) => (
  <svg x={pct(x)} y={MID - 7} width="1" height="14" overflow="visible" className={className} aria-hidden="true">
    <polygon points="-9,0 0,7 -9,14" />
  </svg>
);

/** What one mark looks like: a bar for a span, a dot for a day, an arrow for an open end or an "after". */
function Mark({ m }: { m: TimelineMark }) {
  switch (m.shape) {
    case "point":
      return <circle cx={pct(m.from)} cy={MID} r="5" className="tl-mark" />;
    case "open-end":
    case "after":
      return (
        <g className={m.shape === "after" ? "tl-after" : "tl-open"}>
          {m.shape === "open-end" ? (
            <rect x={pct(m.from)} y={MID - 6} width="4" height="12" className="tl-mark" />
          ) : null}
          <line x1={pct(m.from)} x2={pct(m.to)} y1={MID} y2={MID} transform="translate(-2 0)" />
          <Arrow x={m.to} className="tl-head" />
        </g>
      );
    case "open-start":
      return (
        <g className="tl-open">
          <line x1={pct(m.from)} x2={pct(m.to)} y1={MID} y2={MID} />
        </g>
      );
    default:
      return (
        <rect
          x={pct(m.from)}
          y={MID - 7}
          width={pct(Math.max(m.to - m.from, 0.004))}
          height="14"
          rx="2"
          className="tl-mark"
        />
      );
  }
}

/** The years behind every row, so the rows line up with the axis. */
function Bands({ axis }: { axis: TimelineAxis }) {
  return axis.years.map((y, i) => (
    <rect
      key={y.label}
      x={pct(y.from)}
      width={pct(y.to - y.from)}
      height="100%"
      className={`tl-band tl-band-${i % 2}`}
    />
  ));
}

/**
 * The timeline on a time axis, drawn at build time: one row per entry (its date in words and what
 * happened, as text), beside a bar at the precision the text gives.
 */
export function TimelineChart({ d, axis }: { d: SiteDocument; axis: TimelineAxis }) {
  return (
    <div className="tl-chart">
      <div className="tl-axis" aria-hidden="true">
        <span />
        <svg width="100%" height="24" role="presentation">
          <Bands axis={axis} />
          {axis.years.map((y) => (
            <text key={y.label} x={pct((y.from + y.to) / 2)} y="17" textAnchor="middle" className="tl-year">
              {y.label}
            </text>
          ))}
        </svg>
      </div>
      <ol className="tl-rows">
        {axis.rows.map(({ entry, marks }) => (
          <li key={entry.id} className="tl-row" id={`tl-${entry.id}`}>
            <div className="tl-text">
              <p className="tl-when">{entry.when}</p>
              <p className="tl-what">
                <Link href={pathIn(d, entry.href)}>{entry.label}</Link>
              </p>
              <p className="tl-source">
                “{entry.evidence.quote}”, <EvidenceLink d={d} ev={entry.evidence} />
              </p>
            </div>
            <svg width="100%" height={ROW} className="tl-bar" aria-hidden="true">
              <Bands axis={axis} />
              {marks.map((m, i) => (
                <Mark key={`${m.shape}-${i}`} m={m} />
              ))}
            </svg>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** What each shape means, drawn with the same pieces. */
export function TimelineLegend() {
  const item = (label: string, mark: TimelineMark) => (
    <li>
      <svg width="56" height={ROW} aria-hidden="true" className="tl-bar">
        <Mark m={mark} />
      </svg>{" "}
      {label}
    </li>
  );
  return (
    <ul className="tl-legend" aria-label="How to read the bars">
      {item("a year, a month or an interval: a bar as long as the time", { from: 0.1, to: 0.8, shape: "span" })}
      {item("since a date, with no end given: an arrow", { from: 0.1, to: 1, shape: "open-end" })}
      {item("only “after” another event: a dashed arrow from its end", { from: 0.1, to: 1, shape: "after" })}
    </ul>
  );
}
