import { documentSummary, documentWords, keyFacts, strategyWords } from "@report/view";
import type { Metadata } from "next";
import Link from "next/link";
import { KeyFacts } from "../components/KeyFacts.tsx";
import type { SiteDocument } from "../lib/documents.ts";
import { jsonLdString, reportJsonLd } from "../lib/jsonld.ts";
import { withOpenGraph } from "../lib/meta.ts";
import { pathIn } from "../lib/paths.ts";

export const homeMetadata = (d: SiteDocument): Metadata =>
  withOpenGraph(d, {
    title: { absolute: documentSummary(d.doc).title },
    description: documentWords(d.doc).homeDescription,
    alternates: { canonical: "/" },
  });

export function HomePage({ d }: { d: SiteDocument }) {
  const facts = keyFacts(d.doc);
  const words = documentWords(d.doc);
  const at = (path: string) => pathIn(d, path);
  return (
    <>
      {/* A draft's metadata is still to fill in: nothing to tell search engines yet. */}
      {d.doc.status === "published" ? (
        <script type="application/ld+json">{jsonLdString(reportJsonLd(d))}</script>
      ) : null}
      <div className="hero">
        {words.eyebrow ? <p className="eyebrow">{words.eyebrow}</p> : null}
        <h1>{words.headline}</h1>
        <p className="lede">
          Answers from the State Department’s report, each drawn from its records and linked to the words that state it.
        </p>
      </div>
      {facts.length > 0 ? (
        <section aria-labelledby="answers">
          <h2 id="answers" className="visually-hidden">
            Key facts
          </h2>
          <KeyFacts d={d} facts={facts} />
        </section>
      ) : null}
      <ul className="actions" aria-label="Next steps">
        <li>
          <Link href={at("/read")} className="button">
            Read the report
          </Link>
        </li>
        <li>
          <Link href={at("/data")} className="button button-secondary">
            Download the data
          </Link>
        </li>
      </ul>
      <nav aria-labelledby="explore" className="explore">
        <h2 id="explore">Explore</h2>
        <ul className="explore-list">
          <li>
            <Link href={at("/events")}>Events</Link>: who did what to whom, by actor, type and year
          </li>
          <li>
            <Link href={at("/sanctions")}>Sanctions</Link>: each sanction’s history, condition and status, and the
            restrictions
          </li>
          <li>
            <Link href={at("/strategy")}>Strategy</Link>: {strategyWords(d.doc).summary}
          </li>
          <li>
            <Link href={at("/timeline")}>Timeline</Link>: every dated event on a time axis
          </li>
          <li>
            <Link href={at("/entities")}>Who’s who</Link>: the actors and how they connect
          </li>
        </ul>
      </nav>
    </>
  );
}
