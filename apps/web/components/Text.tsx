import type { Evidence } from "@report/data";
import Link from "next/link";
import { allMentions, piecesOf, quoteInContext } from "../lib/mentions.ts";
import { entityName, getSentence, report, textOf } from "../lib/report.ts";

/** The exact words of a span, with each entity mention linked to its entity page. */
export function MarkedText({ span }: { span: { start: number; end: number } }) {
  const pieces = piecesOf(span, allMentions());
  return (
    <>
      {pieces.map((p) =>
        p.entityId ? (
          <Link
            key={p.start}
            href={`/entities/${p.entityId}`}
            className="mention"
            prefetch={false}
            title={entityName(p.entityId)}
          >
            {textOf(p)}
          </Link>
        ) : (
          <span key={p.start}>{textOf(p)}</span>
        ),
      )}
    </>
  );
}

/** An evidence quote inside its sentence, the quote in <mark>, linking to the sentence in the reader. */
export function EvidenceQuote({ ev }: { ev: Evidence }) {
  const q = quoteInContext(ev, report.source.text, getSentence);
  return (
    <blockquote className="evidence" cite={`/read#${q.anchor}`}>
      <p>
        {q.before}
        <mark>{q.quote}</mark>
        {q.after}
      </p>
      <footer>
        <Link href={`/read#${q.anchor}`} prefetch={false}>
          Read in context ({q.anchor})
        </Link>{" "}
        · <Link href={`/cite/${q.anchor}`}>Cite</Link>
      </footer>
    </blockquote>
  );
}
