import { kindLabel, propertyLabel, quantityWords } from "@report/view";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DateList } from "../../../components/Dates.tsx";
import { InvolvementList } from "../../../components/Involvement.tsx";
import { Names } from "../../../components/Names.tsx";
import { RelationList } from "../../../components/Relations.tsx";
import { EvidenceQuote } from "../../../components/Text.tsx";
import { withOpenGraph } from "../../../lib/meta.ts";
import { getEntity, involving, report } from "../../../lib/report.ts";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => report.entities.map((e) => ({ id: e.id }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const e = getEntity((await params).id);
  if (!e) return { title: "Entity not found" };
  return withOpenGraph({
    title: e.name,
    description: `${kindLabel(e.kind)} in the 2010 Belarus report: ${e.evidence[0]?.quote ?? e.name}`,
    alternates: { canonical: `/entities/${e.id}` },
  });
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export default async function EntityPage({ params }: Props) {
  const e = getEntity((await params).id);
  if (!e) notFound();
  const involvement = involving(e.id);
  const { outgoing, incoming } = involvement.relations;
  return (
    <article>
      <p className="breadcrumb">
        <Link href="/entities">Entities</Link> › <Link href={`/entities?kind=${e.kind}`}>{kindLabel(e.kind)}</Link>
      </p>
      <h1>{e.name}</h1>
      <dl className="facts">
        <Fact label="Kind">{kindLabel(e.kind)}</Fact>
        {e.aliases.length > 0 ? <Fact label="Also called">{e.aliases.join("; ")}</Fact> : null}
        {e.properties.map((p) => (
          <Fact key={`${p.name}-${p.evidence.start}`} label={propertyLabel(p.name)}>
            {p.value}
          </Fact>
        ))}
        {e.quantities.map((q) => (
          <Fact key={`q-${q.evidence.start}`} label={q.counts}>
            {quantityWords(q)}
          </Fact>
        ))}
        {e.kind === "program" && e.agents.length > 0 ? (
          <Fact label="Run by">
            <Names ids={e.agents} />
          </Fact>
        ) : null}
        {e.kind === "program" && e.targets.length > 0 ? (
          <Fact label="For">
            <Names ids={e.targets} />
          </Fact>
        ) : null}
        {e.kind === "program" && e.purpose ? <Fact label="Purpose (as printed)">{e.purpose.quote}</Fact> : null}
        {e.kind === "program" && e.means.length > 0 ? (
          <Fact label="Means (as printed)">{e.means.map((m) => m.quote).join("; ")}</Fact>
        ) : null}
      </dl>
      {e.dates.length > 0 ? (
        <section aria-labelledby="dates">
          <h2 id="dates">Dates</h2>
          <DateList dates={e.dates} />
        </section>
      ) : null}
      <section aria-labelledby="involved">
        <h2 id="involved">Takes part in</h2>
        <InvolvementList involvement={involvement} />
      </section>
      <section aria-labelledby="relations">
        <h2 id="relations">Relations</h2>
        <RelationList title="From this entity" relations={outgoing} self={e.id} />
        <RelationList title="To this entity" relations={incoming} self={e.id} />
      </section>
      <section aria-labelledby="evidence">
        <h2 id="evidence">Evidence</h2>
        {e.evidence.map((ev) => (
          <EvidenceQuote key={`${ev.start}-${ev.end}`} ev={ev} />
        ))}
      </section>
    </article>
  );
}
