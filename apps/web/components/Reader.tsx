import type { Paragraph } from "@report/data";
import { defectKindLabel, paragraphLabel, paragraphNumber, readerContents, sentenceLabel } from "@report/view";
import Link from "next/link";
import { Fragment, Suspense } from "react";
import { getParagraph, metadata, parts, report, sentencesOf, textOf } from "../lib/report.ts";
import { QuoteHighlight } from "./QuoteHighlight.tsx";
import { markedText } from "./Text.tsx";

function Defects({ sentenceId }: { sentenceId: string }) {
  const here = report.defects.filter((d) => d.evidence.sentenceIds.at(-1) === sentenceId);
  return here.map((d) => (
    <span key={d.id} className="defect" id={`defect-${d.id}`}>
      {" "}
      [Source defect: {defectKindLabel(d.kind)} at “{d.evidence.quote}”,{" "}
      <Link href="/about#defects" className="defect-link">
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
function ParagraphView({ p, mentions }: { p: Paragraph; mentions: boolean }) {
  const number = paragraphNumber(report, p);
  const label = paragraphLabel(report, p);
  const sentences = sentencesOf(p);
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
              <a className="s-num" href={`#${s.id}`} aria-label={sentenceLabel(report, s)}>
                {i + 1}
              </a>
            ) : null}
            <span className="sentence" id={s.id} data-start={s.start}>
              {mentions ? markedText(s) : textOf(s)}
            </span>
            <Defects sentenceId={s.id} />
          </Fragment>
        ))}
      </p>
      <p className="p-tools">
        <Link href={`/cite/${p.id}`} prefetch={false}>
          Cite {number ? `paragraph ${number}` : label.toLowerCase()}
        </Link>
        {sentences.length > 1 ? (
          <>
            {" "}
            · or sentence{" "}
            {sentences.map((s, i) => (
              <Fragment key={s.id}>
                {i > 0 ? ", " : null}
                <Link href={`/cite/${s.id}`} prefetch={false} aria-label={`Cite ${sentenceLabel(report, s)}`}>
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
function Contents() {
  return (
    <nav className="reader-contents" aria-labelledby="contents">
      <h2 id="contents">Contents</h2>
      <ol>
        {readerContents(report).map((part) => (
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
export function Reader({ mentions }: { mentions: boolean }) {
  const bureau = getParagraph(report.structure.bureauParagraphId);
  const intro = getParagraph(report.structure.introParagraphId);
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
            {sentencesOf(bureau).map((s) => (
              <span key={s.id} className="sentence" id={s.id} data-start={s.start}>
                {textOf(s)}
              </span>
            ))}
          </p>
        ) : null}
        <h1>{metadata.title.value}</h1>
        <p className="reader-note">
          The report word for word: {report.structure.paragraphs.filter((p) => p.role === "body").length} numbered
          paragraphs in {parts.length} parts. Small numbers link to each sentence.{" "}
          {mentions ? (
            <>
              Underlined words link to the body, group or place they name. <Link href="/read">Hide mentions</Link>
            </>
          ) : (
            <Link href="/read/mentions">Show who and what each sentence mentions</Link>
          )}
        </p>
      </header>
      <Contents />
      <div className="reader-text">
        {intro ? (
          <section aria-label="Introduction">
            <ParagraphView p={intro} mentions={mentions} />
          </section>
        ) : null}
        {parts.map((part) => (
          <section key={part.id} aria-labelledby={part.id}>
            <h2 id={part.id}>{part.heading}</h2>
            {part.paragraphIds.map((id) => {
              const p = getParagraph(id);
              return p ? <ParagraphView key={id} p={p} mentions={mentions} /> : null;
            })}
          </section>
        ))}
      </div>
    </article>
  );
}
