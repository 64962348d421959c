import type { Evidence } from "@report/data";
import { evidenceLabel, quoteInContext } from "@report/view";
import Link from "next/link";
import type { ReactNode } from "react";
import type { SiteDocument } from "../lib/documents.ts";
import { readerHref } from "../lib/highlight.ts";
import { markedSegments } from "../lib/marked.ts";
import { pathIn } from "../lib/paths.ts";
import { entityName } from "../lib/report.ts";

type Span = { start: number; end: number };

/**
 * The exact words of a span as a flat list: plain text as strings (adjacent ones joined, so no wrapper
 * elements and no text separators), each entity mention a link to its entity page. Flat and wrapper-free
 * because the reader repeats every node in its inline router payload.
 */
export function markedText(d: SiteDocument, span: Span): ReactNode[] {
  const out: ReactNode[] = [];
  const text = (t: string) => {
    if (!t) return;
    if (typeof out.at(-1) === "string") out[out.length - 1] += t;
    else out.push(t);
  };
  for (const seg of markedSegments(d, span)) {
    const entityId = seg.marks.mention;
    if (!entityId || !seg.text.trim()) {
      text(seg.text);
      continue;
    }
    // Spaces at a mention's edges stay outside the link, so underlines cover words only.
    const [, lead = "", words, trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(seg.text) ?? ["", "", seg.text, ""];
    text(lead);
    out.push(
      <Link
        key={seg.start}
        href={pathIn(d, `/entities/${entityId}`)}
        className="mention"
        prefetch={false}
        title={entityName(d, entityId)}
      >
        {words}
      </Link>,
    );
    text(trail);
  }
  return out;
}

/** An evidence quote inside its sentence, the quote in <mark>, linking to the sentence in the reader. */
export function EvidenceQuote({ d, ev }: { d: SiteDocument; ev: Evidence }) {
  const q = quoteInContext(d.doc, ev);
  const href = readerHref(d, ev, q.anchor);
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
          Read in context ({evidenceLabel(d.doc, ev)})
        </a>{" "}
        · <Link href={pathIn(d, `/cite/${q.anchor}`)}>Cite</Link>
      </footer>
    </blockquote>
  );
}
