import type { Paragraph } from "@report/data";
import {
  defectKindLabel,
  documentSummary,
  paragraphLabel,
  paragraphNumber,
  readerContents,
  sentenceLabel,
} from "@report/view";
import Link from "next/link";
import { Fragment, Suspense } from "react";
import type { SiteDocument } from "../lib/documents.ts";
import { pathIn } from "../lib/paths.ts";
import { sentencesOf } from "../lib/report.ts";
import { QuoteHighlight } from "./QuoteHighlight.tsx";
import { markedText } from "./Text.tsx";

function Defects({ d, sentenceId }: { d: SiteDocument; sentenceId: string }) {
  const here = d.doc.defects.filter((x) => x.evidence.sentenceIds.at(-1) === sentenceId);
  return here.map((x) => (
    <span key={x.id} className="defect" id={`defect-${x.id}`}>
      {" "}
      [Source defect: {defectKindLabel(x.kind)} at “{x.evidence.quote}”,{" "}
      <Link href={pathIn(d, "/about#defects")} className="defect-link">
        why
      </Link>
      ]
    </span>
  ));
}

/**
 * One paragraph: its number in the margin (a link to it), each sentence after a small number that links to
 * it, and links to cite the paragraph or one sentence. The sentence's own element holds only the report's
 * words (the quote highlight counts its characters from `data-start`).
 */
function ParagraphView({ d, p, mentions }: { d: SiteDocument; p: Paragraph; mentions: boolean }) {
  const number = paragraphNumber(d.doc, p);
  const label = paragraphLabel(d.doc, p);
  const sentences = sentencesOf(d, p);
  return (
    <div className={`paragraph paragraph-${p.role}`} id={p.id}>
      {number ? (
        <a className="p-num" href={`#${p.id}`} aria-label={label}>
          {number}
        </a>
      ) : null}
      <p className="p-text">
        {sentences.map((s, i) => (
          <Fragment key={s.id}>
            {i > 0 ? " " : null}
            {sentences.length > 1 ? (
              <a className="s-num" href={`#${s.id}`} aria-label={sentenceLabel(d.doc, s)}>
                {i + 1}
              </a>
            ) : null}
            <span className="sentence" id={s.id} data-start={s.start}>
              {mentions ? markedText(d, s) : d.index.textOf(s)}
            </span>
            <Defects d={d} sentenceId={s.id} />
          </Fragment>
        ))}
      </p>
      <p className="p-tools">
        <Link href={pathIn(d, `/cite/${p.id}`)} prefetch={false}>
          Cite {number ? `paragraph ${number}` : label.toLowerCase()}
        </Link>
        {sentences.length > 1 ? (
          <>
            {" "}
            · or sentence{" "}
            {sentences.map((s, i) => (
              <Fragment key={s.id}>
                {i > 0 ? ", " : null}
                <Link href={pathIn(d, `/cite/${s.id}`)} prefetch={false} aria-label={`Cite ${sentenceLabel(d.doc, s)}`}>
                  {i + 1}
                </Link>
              </Fragment>
            ))}
          </>
        ) : null}
      </p>
    </div>
  );
}

/** The contents: each part and its paragraphs, with how each begins. */
function Contents({ d }: { d: SiteDocument }) {
  return (
    <nav className="reader-contents" aria-labelledby="contents">
      <h2 id="contents">Contents</h2>
      <ol>
        {readerContents(d.doc).map((part) => (
          <li key={part.id ?? "start"}>
            {part.heading && part.id ? <a href={`#${part.id}`}>{part.heading}</a> : null}
            <ol className="contents-paragraphs">
              {part.paragraphs.map((p) => (
                <li key={p.id}>
                  <a href={`#${p.id}`} className="c-link">
                    {p.number ? <span className="c-num">{p.number}</span> : null}
                    <span className={p.number ? "c-text" : undefined}>{p.number ? p.opening : p.label}</span>
                  </a>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * The whole report, word for word: clean text, or (`mentions`) with each mention of an entity linked. The
 * quote of `?hl=` is painted in the browser on the clean reader (QuoteHighlight).
 */
export function Reader({ d, mentions }: { d: SiteDocument; mentions: boolean }) {
  const { doc, index } = d;
  const bureau = index.getParagraph(doc.structure.bureauParagraphId);
  const intro = index.getParagraph(doc.structure.introParagraphId);
  return (
    <article className="reader">
      {mentions ? null : (
        <Suspense>
          <QuoteHighlight />
        </Suspense>
      )}
      <header className="reader-head">
        {bureau ? (
          <p className="eyebrow" id={bureau.id}>
            {sentencesOf(d, bureau).map((s) => (
              <span key={s.id} className="sentence" id={s.id} data-start={s.start}>
                {index.textOf(s)}
              </span>
            ))}
          </p>
        ) : null}
        <h1>{documentSummary(doc).title}</h1>
        <p className="reader-note">
          The report word for word: {doc.structure.paragraphs.filter((p) => p.role === "body").length} numbered
          paragraphs in {doc.structure.parts.length} parts. Small numbers link to each sentence.{" "}
          {mentions ? (
            <>
              Underlined words link to the body, group or place they name.{" "}
              <Link href={pathIn(d, "/read")}>Hide mentions</Link>
            </>
          ) : (
            <Link href={pathIn(d, "/read/mentions")}>Show who and what each sentence mentions</Link>
          )}
        </p>
      </header>
      <Contents d={d} />
      <div className="reader-text">
        {intro ? (
          <section aria-label="Introduction">
            <ParagraphView d={d} p={intro} mentions={mentions} />
          </section>
        ) : null}
        {doc.structure.parts.map((part) => (
          <section key={part.id} aria-labelledby={part.id}>
            <h2 id={part.id}>{part.heading}</h2>
            {part.paragraphIds.map((id) => {
              const p = index.getParagraph(id);
              return p ? <ParagraphView key={id} d={d} p={p} mentions={mentions} /> : null;
            })}
          </section>
        ))}
      </div>
    </article>
  );
}
