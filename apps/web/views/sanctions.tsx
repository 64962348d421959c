import { documentWords, noRecordsWords, sanctionChain } from "@report/view";
import type { Metadata } from "next";
import { RestrictionCard } from "../components/RestrictionCard.tsx";
import { SanctionChainView, Status } from "../components/SanctionChain.tsx";
import type { SiteDocument } from "../lib/documents.ts";
import { withOpenGraph } from "../lib/meta.ts";

export const sanctionsMetadata = (d: SiteDocument): Metadata =>
  withOpenGraph(d, {
    title: "Sanctions and restrictions",
    description: documentWords(d.doc).sanctionsDescription,
    alternates: { canonical: "/sanctions" },
  });

export function SanctionsPage({ d }: { d: SiteDocument }) {
  // The sanctions that are part of another first: they carry the whole chain, and the changes the report is about.
  const sanctions = [...d.doc.sanctions].sort((a, b) => Number(Boolean(b.partOf)) - Number(Boolean(a.partOf)));
  const restrictions = d.index.restrictions();
  return (
    <>
      <h1>Sanctions and restrictions</h1>
      <p className="lede">What the U.S. sanctions, in what state, since when and on what condition.</p>
      {sanctions.length === 0 ? <p className="notice">{noRecordsWords(d.doc, "sanctions")}</p> : null}
      {sanctions.length > 0 ? (
        <ul className="at-a-glance" aria-label="Sanctions at a glance">
          {sanctions.map((s) => {
            const chain = sanctionChain(d.doc, s);
            const last = chain.steps.at(-1);
            return (
              <li key={s.id}>
                <Status status={s.status} label={chain.state} /> <a href={`#${s.id}`}>{chain.name}</a>
                {last ? <span className="muted"> — {last.text}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {sanctions.map((s) => (
        <SanctionChainView key={s.id} d={d} sanction={s} />
      ))}
      <section aria-labelledby="restrictions">
        <h2 id="restrictions">Restrictions</h2>
        <p>Limits the report says one side puts on another, with the limit and the date where it gives them.</p>
        {restrictions.length === 0 ? <p className="notice">{noRecordsWords(d.doc, "restrictions")}</p> : null}
        <div className="cards">
          {restrictions.map((r) => (
            <RestrictionCard key={r.id} d={d} restriction={r} />
          ))}
        </div>
      </section>
    </>
  );
}
