import type { Strategy } from "@report/data";
import {
  capitalize,
  noRecordsWords,
  recordKindLabel,
  recordPath,
  recordTitle,
  strategySentence,
  strategyWords,
} from "@report/view";
import type { Metadata } from "next";
import Link from "next/link";
import { EvidenceLink, EvidenceLinks } from "../components/Evidence.tsx";
import type { SiteDocument } from "../lib/documents.ts";
import { withOpenGraph } from "../lib/meta.ts";
import { pathIn } from "../lib/paths.ts";

export const strategyMetadata = (d: SiteDocument): Metadata =>
  withOpenGraph(d, {
    title: "Policy and strategy",
    description: strategyWords(d.doc).description,
    alternates: { canonical: "/strategy" },
  });

function StrategyView({ d, s }: { d: SiteDocument; s: Strategy }) {
  return (
    <section className="strategy" id={s.id} aria-labelledby={`${s.id}-name`}>
      <p className="card-kind">{recordKindLabel(d.doc, s.id)}</p>
      <h2 id={`${s.id}-name`}>{capitalize(s.name)}</h2>
      <p className="lede-small">
        {strategySentence(d.doc, s)}. In the report: <EvidenceLinks d={d} evidence={s.evidence} />
      </p>
      {s.priorityAreas.length > 0 ? (
        <ol className="priority-areas">
          {s.priorityAreas.map((a) => (
            <li key={a.id} id={a.id} className="card">
              <h3 className="card-title">{capitalize(a.name)}</h3>
              {a.subGoals.length > 0 ? (
                <ul>
                  {a.subGoals.map((g) => (
                    <li key={g.id} id={g.id}>
                      {capitalize(g.name)}
                    </li>
                  ))}
                </ul>
              ) : null}
              <p className="card-source">
                <EvidenceLink d={d} ev={a.evidence} />
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      {s.goals.length > 0 ? (
        <>
          <h3>Goals</h3>
          <ul className="plain-list">
            {s.goals.map((g) => (
              <li key={g.id} id={g.id}>
                {capitalize(g.name)} (<EvidenceLink d={d} ev={g.evidence} />)
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {s.means.length > 0 ? (
        <>
          <h3>Carried out by</h3>
          <ul className="plain-list">
            {s.means.map((id) => (
              <li key={id}>
                <Link href={pathIn(d, recordPath(d.doc, id) ?? "/events")}>{recordTitle(d.doc, id)}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function StrategyPage({ d }: { d: SiteDocument }) {
  // The adopted assistance strategy first: it is what the report's second part is about.
  const list = [...d.index.strategies()].sort(
    (a, b) => Number(b.type === "assistance-strategy") - Number(a.type === "assistance-strategy"),
  );
  return (
    <>
      <h1>Policy and strategy</h1>
      <p className="lede">{strategyWords(d.doc).lede}</p>
      {list.length === 0 ? <p className="notice">{noRecordsWords(d.doc, "policy or strategy")}</p> : null}
      {list.map((s) => (
        <StrategyView key={s.id} d={d} s={s} />
      ))}
    </>
  );
}
