import type { Evidence } from "@report/data";
import Link from "next/link";
import type { ReactNode } from "react";
import { readerHref } from "../lib/highlight.ts";
import { allMentions, piecesOf, quoteInContext } from "../lib/mentions.ts";
import { entityName, getSentence, report, textOf } from "../lib/report.ts";

/**
 * The exact words of a span as a flat list: plain text as strings (adjacent ones joined, so no wrapper
 * elements and no text separators), each entity mention a link to its entity page. Flat and wrapper-free
 * because the reader repeats every node in its inline router payload.
 */
export function markedText(span: { start: number; end: number }): ReactNode[] {
  const out: ReactNode[] = [];
  const text = (t: string) => {
    if (!t) return;
    if (typeof out.at(-1) === "string") out[out.length - 1] += t;
    else out.push(t);
  };
  for (const p of piecesOf(span, allMentions())) {
    if (!p.entityId || !textOf(p).trim()) {
      text(textOf(p));
      continue;
    }
    // Spaces at a mention's edges stay outside the link, so underlines cover words only.
    const [, lead = "", words, trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(textOf(p)) ?? ["", "", textOf(p), ""];
    text(lead);
    out.push(
      <Link
        key={p.start}
        href={`/entities/${p.entityId}`}
        className="mention"
        prefetch={false}
        title={entityName(p.entityId)}
      >
        {words}
      </Link>,
    );
    text(trail);
  }
  return out;
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
