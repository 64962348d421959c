import type { Evidence } from "@report/data";
import Link from "next/link";
import { readerHref } from "../lib/highlight.ts";
import { allMentions, piecesOf, quoteInContext } from "../lib/mentions.ts";
import { entityName, getSentence, report, textOf } from "../lib/report.ts";

/** The exact words of a span, with each entity mention linked to its entity page. */
export function MarkedText({ span }: { span: { start: number; end: number } }) {
  const pieces = piecesOf(span, allMentions());
  return (
    <>
      {pieces.map((p) => {
        if (!p.entityId || !textOf(p).trim()) return <span key={p.start}>{textOf(p)}</span>;
        // Spaces at a mention's edges stay outside the link, so underlines cover words only.
        const [, lead, words, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(textOf(p)) ?? ["", "", textOf(p), ""];
        return (
          <span key={p.start}>
            {lead}
            <Link href={`/entities/${p.entityId}`} className="mention" prefetch={false} title={entityName(p.entityId)}>
              {words}
            </Link>
            {trail}
          </span>
        );
      })}
    </>
  );
}

/** An evidence quote inside its sentence, the quote in <mark>, linking to the sentence in the reader. */
export function EvidenceQuote({ ev }: { ev: Evidence }) {
  const q = quoteInContext(ev, report.source.text, getSentence);
  const href = readerHref(ev, q.anchor);
  return (
    <blockquote className="evidence" cite={href}>
      <p>
        {q.before}
        <mark>{q.quote}</mark>
        {q.after}
      </p>
      <footer>
        {/* A full page load, so the sentence becomes the document's :target. */}
        <a href={href} className="in-context">
          Read in context ({q.anchor})
        </a>{" "}
        · <Link href={`/cite/${q.anchor}`}>Cite</Link>
      </footer>
    </blockquote>
  );
}
