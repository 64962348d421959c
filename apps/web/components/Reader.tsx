import type { Paragraph } from "@report/data";
import { defectKindLabel, paragraphLabel } from "@report/view";
import Link from "next/link";
import { Fragment, Suspense } from "react";
import { getParagraph, metadata, parts, report, sentencesOf } from "../lib/report.ts";
import { QuoteHighlight } from "./QuoteHighlight.tsx";
import { markedText } from "./Text.tsx";

function Defects({ sentenceId }: { sentenceId: string }) {
  const here = report.defects.filter((d) => d.evidence.sentenceIds.at(-1) === sentenceId);
  return here.map((d) => (
    <span key={d.id} className="defect" id={`defect-${d.id}`}>
      {" "}
      <span className="defect-label">
        [Source defect: {defectKindLabel(d.kind)} at “{d.evidence.quote}”
      </span>{" "}
      <Link href="/about#defects">(why)</Link>
      <span className="defect-label">]</span>
    </span>
  ));
}

function ParagraphView({ p }: { p: Paragraph }) {
  return (
    <div className="paragraph" id={p.id}>
      <p>
        {sentencesOf(p).map((s, i) => (
          <Fragment key={s.id}>
            {i > 0 ? " " : null}
            {/* data-start: where the sentence sits in the report's text, for the ?hl= highlight. */}
            <span className="sentence" id={s.id} data-start={s.start}>
              {markedText(s)}
            </span>
            <Defects sentenceId={s.id} />
          </Fragment>
        ))}
      </p>
      <p className="paragraph-tools">
        <a href={`#${p.id}`} className="anchor-link">
          {paragraphLabel(report, p)}
        </a>{" "}
        · <Link href={`/cite/${p.id}`}>Cite this paragraph</Link>
      </p>
    </div>
  );
}

/** The whole report, word for word; the quote of `?hl=` is painted in the browser (QuoteHighlight). */
export function Reader() {
  const bureau = getParagraph(report.structure.bureauParagraphId);
  const intro = getParagraph(report.structure.introParagraphId);
  return (
    <article className="reader">
      <Suspense>
        <QuoteHighlight />
      </Suspense>
      <h1>{metadata.title.value}</h1>
      <p className="note">
        The text below is the report word for word. Links mark where the report mentions an{" "}
        <Link href="/entities">entity</Link>; every paragraph and sentence has its own anchor (for example{" "}
        <code>#p3</code> or <code>#p3-s2</code>).
      </p>
      {bureau ? (
        <section aria-label="Issuing bureau" className="bureau">
          <ParagraphView p={bureau} />
        </section>
      ) : null}
      {intro ? (
        <section aria-label="Introduction">
          <ParagraphView p={intro} />
        </section>
      ) : null}
      {parts.map((part) => (
        <section key={part.id} aria-labelledby={part.id}>
          <h2 id={part.id}>{part.heading}</h2>
          {part.paragraphIds.map((id) => {
            const p = getParagraph(id);
            return p ? <ParagraphView key={id} p={p} /> : null;
          })}
        </section>
      ))}
    </article>
  );
}
