import { METADATA_FIELDS } from "@report/view";
import type { Metadata } from "next";
import Link from "next/link";
import { MetadataValueView } from "../components/MetadataValue.tsx";
import { jsonLdString, reportJsonLd } from "../lib/jsonld.ts";
import { withOpenGraph } from "../lib/meta.ts";
import { counts, metadata, paragraphsOfPart, parts } from "../lib/report.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: { absolute: metadata.title.value },
    description: `${metadata.series.value}, ${metadata.editionYear.value} edition: ${metadata.country.value}. Full text, entities, timeline and data.`,
    alternates: { canonical: "/" },
  });

const SECTIONS = [
  {
    href: "/read",
    label: "Read the report",
    text: "The full text by part and paragraph, with every entity mention linked.",
  },
  {
    href: "/entities",
    label: "Entities",
    text: "Countries, public bodies, organizations, groups, programs and more, each with what it takes part in.",
  },
  {
    href: "/timeline",
    label: "Timeline",
    text: "Every dated record once, in order, at the precision the report gives.",
  },
  {
    href: "/actions",
    label: "Actions & sanctions",
    text: "Who did what to whom, sanctions with their history, restrictions, and the U.S. strategy.",
  },
  { href: "/search", label: "Search", text: "Full-text search over paragraphs and records." },
  { href: "/data", label: "Data", text: "JSON, CSV, JSON Schema, Data Package and the source text, with checksums." },
  { href: "/about", label: "About", text: "How the data is made, source defects, and how to cite." },
];

export default function Home() {
  const c = counts();
  return (
    <>
      <script type="application/ld+json">{jsonLdString(reportJsonLd())}</script>
      <h1>{metadata.title.value}</h1>
      <p className="lede">
        A U.S. State Department report on what the U.S. Government did in {metadata.country.value} to promote democracy
        and human rights, published here as data: every fact is tied to the exact words of the report.
      </p>
      <section aria-labelledby="facts">
        <h2 id="facts">About the report</h2>
        <p>
          Values marked <span className="basis basis-stated">stated</span> are printed in the report itself (with the
          words that state them); values marked <span className="basis basis-external">external</span> come from outside
          the text, with their source.
        </p>
        <dl className="facts">
          {METADATA_FIELDS.map((f) => (
            <MetadataValueView key={f.key} label={f.label} value={metadata[f.key]} />
          ))}
        </dl>
      </section>
      <section aria-labelledby="parts">
        <h2 id="parts">The two parts</h2>
        <ol className="parts">
          {parts.map((p) => (
            <li key={p.id}>
              <a href={`/read#${p.id}`}>{p.heading}</a> ({paragraphsOfPart(p.id).length} paragraphs)
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="counts">
        <h2 id="counts">In numbers</h2>
        <ul className="counts">
          <li>
            <strong>{c.paragraphs}</strong> paragraphs
          </li>
          <li>
            <strong>{c.sentences}</strong> sentences
          </li>
          <li>
            <strong>{c.entities}</strong> entities of {c.kinds} kinds
          </li>
          <li>
            <strong>{c.events}</strong> events, <strong>{c.sanctions}</strong> sanctions and{" "}
            <strong>{c.restrictions}</strong> restrictions
          </li>
          <li>
            <strong>{c.strategies}</strong> policies and strategies
          </li>
          <li>
            <strong>{c.relations}</strong> lasting ties between entities
          </li>
          <li>
            <strong>{c.defects}</strong> recorded source defect{c.defects === 1 ? "" : "s"}
          </li>
        </ul>
      </section>
      <nav aria-labelledby="explore">
        <h2 id="explore">Explore</h2>
        <ul className="cards">
          {SECTIONS.map((s) => (
            <li key={s.href}>
              <Link href={s.href}>{s.label}</Link>
              <p>{s.text}</p>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
