import { sanctionChain } from "@report/view";
import type { Metadata } from "next";
import { RestrictionCard } from "../../components/RestrictionCard.tsx";
import { SanctionChainView, Status } from "../../components/SanctionChain.tsx";
import { withOpenGraph } from "../../lib/meta.ts";
import { report, restrictions } from "../../lib/report.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Sanctions and restrictions",
    description:
      "Each U.S. sanction with its status now, its history step by step with the report's words, and its condition; and the restrictions the government of Belarus imposes.",
    alternates: { canonical: "/sanctions" },
  });

export default function SanctionsPage() {
  // The sanctions that are part of another first: they carry the whole chain, and the changes the report is about.
  const sanctions = [...report.sanctions].sort((a, b) => Number(Boolean(b.partOf)) - Number(Boolean(a.partOf)));
  return (
    <>
      <h1>Sanctions and restrictions</h1>
      <p className="lede">What the U.S. sanctions, in what state, since when and on what condition.</p>
      <ul className="at-a-glance" aria-label="Sanctions at a glance">
        {sanctions.map((s) => {
          const chain = sanctionChain(report, s);
          const last = chain.steps.at(-1);
          return (
            <li key={s.id}>
              <Status status={s.status} label={chain.state} /> <a href={`#${s.id}`}>{chain.name}</a>
              {last ? <span className="muted"> — {last.text}</span> : null}
            </li>
          );
        })}
      </ul>
      {sanctions.map((s) => (
        <SanctionChainView key={s.id} sanction={s} />
      ))}
      <section aria-labelledby="restrictions">
        <h2 id="restrictions">Restrictions</h2>
        <p>Limits the report says one side puts on another, with the limit and the date where it gives them.</p>
        <div className="cards">
          {restrictions().map((r) => (
            <RestrictionCard key={r.id} restriction={r} />
          ))}
        </div>
      </section>
    </>
  );
}
