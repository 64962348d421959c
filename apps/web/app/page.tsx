import { keyFacts } from "@report/view";
import type { Metadata } from "next";
import Link from "next/link";
import { KeyFacts } from "../components/KeyFacts.tsx";
import { jsonLdString, reportJsonLd } from "../lib/jsonld.ts";
import { withOpenGraph } from "../lib/meta.ts";
import { metadata, report } from "../lib/report.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: { absolute: metadata.title.value },
    description: `What the U.S. did in ${metadata.country.value} in ${metadata.periodCovered.value}, from the State Department's ${metadata.editionYear.value} report: sanctions, the embassy limit, the assistance strategy, meetings and programs, each with its evidence.`,
    alternates: { canonical: "/" },
  });

export default function Home() {
  const facts = keyFacts(report);
  return (
    <>
      <script type="application/ld+json">{jsonLdString(reportJsonLd())}</script>
      <div className="hero">
        <p className="eyebrow">
          {metadata.publisher.value} · {metadata.series.value}, {metadata.editionYear.value}
        </p>
        <h1>
          What the U.S. did in {metadata.country.value} in {metadata.periodCovered.value}
        </h1>
        <p className="lede">
          Answers from the State Department’s report, each drawn from its records and linked to the words that state it.
        </p>
      </div>
      <section aria-labelledby="answers">
        <h2 id="answers" className="visually-hidden">
          Key facts
        </h2>
        <KeyFacts facts={facts} />
      </section>
      <ul className="actions" aria-label="Next steps">
        <li>
          <Link href="/read" className="button">
            Read the report
          </Link>
        </li>
        <li>
          <Link href="/data" className="button button-secondary">
            Download the data
          </Link>
        </li>
      </ul>
      <nav aria-labelledby="explore" className="explore">
        <h2 id="explore">Explore</h2>
        <ul className="explore-list">
          <li>
            <Link href="/events">Events</Link>: who did what to whom, by actor, type and year
          </li>
          <li>
            <Link href="/sanctions">Sanctions</Link>: each sanction’s history, condition and status, and the
            restrictions
          </li>
          <li>
            <Link href="/strategy">Strategy</Link>: the U.S. policy and its 2009 assistance strategy
          </li>
          <li>
            <Link href="/timeline">Timeline</Link>: every dated event on a time axis
          </li>
          <li>
            <Link href="/entities">Who’s who</Link>: the actors and how they connect
          </li>
        </ul>
      </nav>
    </>
  );
}
