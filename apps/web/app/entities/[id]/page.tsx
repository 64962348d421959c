import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DateList } from "../../../components/Dates.tsx";
import { RelationList } from "../../../components/Relations.tsx";
import { EvidenceQuote } from "../../../components/Text.tsx";
import { withOpenGraph } from "../../../lib/meta.ts";
import { getEntity, KIND_LABELS, relationsOf, report } from "../../../lib/report.ts";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => report.entities.map((e) => ({ id: e.id }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const e = getEntity((await params).id);
  if (!e) return { title: "Entity not found" };
  return withOpenGraph({
    title: e.name,
    description: `${KIND_LABELS[e.kind]} in the 2010 Belarus report: ${e.evidence[0]?.quote ?? e.name}`,
    alternates: { canonical: `/entities/${e.id}` },
  });
}

export default async function EntityPage({ params }: Props) {
  const e = getEntity((await params).id);
  if (!e) notFound();
  const { outgoing, incoming } = relationsOf(e.id);
  return (
    <article>
      <p className="breadcrumb">
        <Link href="/entities">Entities</Link> › <Link href={`/entities?kind=${e.kind}`}>{KIND_LABELS[e.kind]}</Link>
      </p>
      <h1>{e.name}</h1>
      <dl className="facts">
        <div className="fact">
          <dt>Kind</dt>
          <dd>{KIND_LABELS[e.kind]}</dd>
        </div>
        {e.aliases.length > 0 ? (
          <div className="fact">
            <dt>Also called</dt>
            <dd>{e.aliases.join("; ")}</dd>
          </div>
        ) : null}
        {e.status ? (
          <div className="fact">
            <dt>Status (as printed)</dt>
            <dd>
              <strong className="status-word">{e.status.word}</strong>
            </dd>
          </div>
        ) : null}
        {e.properties.map((p) => (
          <div className="fact" key={`${p.name}-${p.evidence.start}`}>
            <dt>{p.name}</dt>
            <dd>{p.value}</dd>
          </div>
        ))}
        {e.quantities.map((q) => (
          <div className="fact" key={`q-${q.evidence.start}`}>
            <dt>{q.counts}</dt>
            <dd>{q.type === "count" ? `${q.value} ${q.unit}` : `${q.min} to ${q.max} (${q.unit})`}</dd>
          </div>
        ))}
      </dl>
      {e.dates.length > 0 ? (
        <section aria-labelledby="dates">
          <h2 id="dates">Dates</h2>
          <DateList dates={e.dates} />
        </section>
      ) : null}
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
