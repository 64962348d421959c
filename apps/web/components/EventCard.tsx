import type { Event } from "@report/data";
import { eventFacts, eventSentence, recordPath } from "@report/view";
import Link from "next/link";
import type { SiteDocument } from "../lib/documents.ts";
import { pathIn } from "../lib/paths.ts";
import { EvidenceLink } from "./Evidence.tsx";
import { Names } from "./Names.tsx";

/** An event as a card: what happened in one line, its details (only those the text gives), and its words. */
export function EventCard({ d, event: e, headingLevel = 3 }: { d: SiteDocument; event: Event; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const facts = eventFacts(d.doc, e).filter((f) => f.label !== "Who");
  const quote = e.evidence[0];
  return (
    <article className="card event-card" id={e.id}>
      <Heading className="card-title">{eventSentence(d.doc, e, { when: false })}</Heading>
      <dl className="card-facts">
        {facts.map((f, i) => (
          <div key={`${f.label}-${i}`}>
            <dt>{f.label}</dt>
            <dd>
              {f.ids.length > 0 && f.label !== "When" && f.label !== "Concerns" ? (
                <Names d={d} ids={f.ids} />
              ) : f.label === "Concerns" && f.ids[0] ? (
                <Link href={pathIn(d, recordPath(d.doc, f.ids[0]) ?? "/events")}>{f.text}</Link>
              ) : (
                f.text
              )}
            </dd>
          </div>
        ))}
      </dl>
      {quote ? (
        <blockquote className="card-quote">
          <p>“{quote.quote}”</p>
          <footer>
            <EvidenceLink d={d} ev={quote} />
          </footer>
        </blockquote>
      ) : null}
    </article>
  );
}
