import type { Strategy } from "@report/data";
import { capitalize, recordKindLabel, recordPath, recordTitle, strategySentence } from "@report/view";
import type { Metadata } from "next";
import Link from "next/link";
import { EvidenceLink, EvidenceLinks } from "../../components/Evidence.tsx";
import { withOpenGraph } from "../../lib/meta.ts";
import { report, strategies } from "../../lib/report.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Policy and strategy",
    description:
      "The U.S. policy of promoting democracy in Belarus, its means, and the assistance strategy adopted in December 2009 with its priority areas and sub-goals.",
    alternates: { canonical: "/strategy" },
  });

function StrategyView({ s }: { s: Strategy }) {
  return (
    <section className="strategy" id={s.id} aria-labelledby={`${s.id}-name`}>
      <p className="card-kind">{recordKindLabel(report, s.id)}</p>
      <h2 id={`${s.id}-name`}>{capitalize(s.name)}</h2>
      <p className="lede-small">
        {strategySentence(report, s)}. In the report: <EvidenceLinks evidence={s.evidence} />
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
                <EvidenceLink ev={a.evidence} />
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
                {capitalize(g.name)} (<EvidenceLink ev={g.evidence} />)
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
                <Link href={recordPath(report, id) ?? "/events"}>{recordTitle(report, id)}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export default function StrategyPage() {
  // The adopted assistance strategy first: it is what the report's second part is about.
  const list = [...strategies()].sort(
    (a, b) => Number(b.type === "assistance-strategy") - Number(a.type === "assistance-strategy"),
  );
  return (
    <>
      <h1>Policy and strategy</h1>
      <p className="lede">What the U.S. aims for in Belarus, and the plan it adopted to get there.</p>
      {list.map((s) => (
        <StrategyView key={s.id} s={s} />
      ))}
    </>
  );
}
