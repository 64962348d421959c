import {
  capitalize,
  documentWords,
  entityRoles,
  entitySummary,
  kindLabel,
  propertyLabel,
  quantityWords,
} from "@report/view";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DateList } from "../components/Dates.tsx";
import { Names } from "../components/Names.tsx";
import { ProfileParts } from "../components/Profile.tsx";
import { EvidenceQuote } from "../components/Text.tsx";
import type { SiteDocument } from "../lib/documents.ts";
import { withOpenGraph } from "../lib/meta.ts";
import { pathIn } from "../lib/paths.ts";

/** Every entity of a document has a page. */
export const entityParams = (d: SiteDocument) => d.doc.entities.map((e) => ({ id: e.id }));

export function entityMetadata(d: SiteDocument, id: string): Metadata {
  const e = d.index.getEntity(id);
  if (!e) return { title: "Entity not found" };
  const summary = entitySummary(entityRoles(d.doc, e.id));
  const where = documentWords(d.doc).reportName;
  return withOpenGraph(d, {
    title: capitalize(e.name),
    description: `${kindLabel(e.kind)} in ${where}. ${summary || (e.evidence[0]?.quote ?? "")}`.trim(),
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

/** An entity as a profile: who or what it is, its part in the report, and the report's words about it. */
export function EntityPage({ d, id }: { d: SiteDocument; id: string }) {
  const e = d.index.getEntity(id);
  if (!e) notFound();
  const roles = entityRoles(d.doc, e.id);
  const summary = entitySummary(roles);
  const facts = [
    ...(e.aliases.length > 0 ? [{ key: "aliases", label: "Also called", value: <>{e.aliases.join("; ")}</> }] : []),
    ...e.properties.map((p) => ({
      key: `${p.name}-${p.evidence.start}`,
      label: capitalize(propertyLabel(p.name)),
      value: <>{p.value}</>,
    })),
    ...e.quantities.map((q) => ({
      key: `q-${q.evidence.start}`,
      label: capitalize(q.counts),
      value: <>{quantityWords(q)}</>,
    })),
    ...(e.kind === "program" && e.agents.length > 0
      ? [{ key: "agents", label: "Run by", value: <Names d={d} ids={e.agents} /> }]
      : []),
    ...(e.kind === "program" && e.targets.length > 0
      ? [{ key: "targets", label: "For", value: <Names d={d} ids={e.targets} /> }]
      : []),
    ...(e.kind === "program" && e.purpose
      ? [{ key: "purpose", label: "Purpose", value: <>“{e.purpose.quote}”</> }]
      : []),
    ...(e.kind === "program" && e.means.length > 0
      ? [{ key: "means", label: "Means", value: <>{e.means.map((m) => `“${m.quote}”`).join("; ")}</> }]
      : []),
  ];
  return (
    <article className="profile">
      <p className="breadcrumb">
        <Link href={pathIn(d, "/entities")}>Who’s who</Link> ›{" "}
        <a href={pathIn(d, `/entities?kind=${e.kind}`)}>{kindLabel(e.kind)}</a>
      </p>
      <h1>{capitalize(e.name)}</h1>
      <p className="profile-kind">
        {kindLabel(e.kind)} · named {roles.mentions === 1 ? "once" : `${roles.mentions} times`} in the report
      </p>
      {summary ? <p className="lede">{summary}</p> : null}
      {facts.length > 0 ? (
        <dl className="facts">
          {facts.map((f) => (
            <Fact key={f.key} label={f.label}>
              {f.value}
            </Fact>
          ))}
        </dl>
      ) : null}
      {e.dates.length > 0 ? (
        <section aria-labelledby="dates">
          <h2 id="dates">Dates</h2>
          <DateList d={d} dates={e.dates} />
        </section>
      ) : null}
      <ProfileParts d={d} roles={roles} self={e.id} />
      <section aria-labelledby="evidence">
        <h2 id="evidence">In the report’s words</h2>
        {e.evidence.map((ev) => (
          <EvidenceQuote key={`${ev.start}-${ev.end}`} d={d} ev={ev} />
        ))}
        {e.mentions.map((ev) => (
          <EvidenceQuote key={`m-${ev.start}-${ev.end}`} d={d} ev={ev} />
        ))}
      </section>
    </article>
  );
}
