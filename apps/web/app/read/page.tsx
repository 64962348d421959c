import type { Paragraph } from "@report/data";
import type { Metadata } from "next";
import Link from "next/link";
import { MarkedText } from "../../components/Text.tsx";
import { parseHighlight, splitByHighlight } from "../../lib/highlight.ts";
import { withOpenGraph } from "../../lib/meta.ts";
import { getParagraph, metadata, paragraphLabel, parts, report, sentencesOf } from "../../lib/report.ts";
import { STATIC_EXPORT } from "../../lib/site.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Read the report",
    description: `The full text of ${metadata.title.value}, in its exact wording, with entity mentions linked.`,
    alternates: { canonical: "/read" },
  });

function Defects({ sentenceId }: { sentenceId: string }) {
  const here = report.defects.filter((d) => d.evidence.sentenceIds.at(-1) === sentenceId);
  return here.map((d) => (
    <span key={d.id} className="defect" id={`defect-${d.id}`}>
      {" "}
      <span className="defect-label">[Source defect: the link target after “{d.evidence.quote}” is missing</span>{" "}
      <Link href="/about#defects">(why)</Link>
      <span className="defect-label">]</span>
    </span>
  ));
}

type Span = { start: number; end: number };

/** A sentence's words; the part inside `hl` (an evidence quote the reader was sent to) is in <mark>. */
function SentenceText({ span, hl }: { span: Span; hl: Span | undefined }) {
  return splitByHighlight(span, hl).map((part) =>
    part.hl ? (
      <mark key={part.start} className="hl">
        <MarkedText span={part} />
      </mark>
    ) : (
      <MarkedText key={part.start} span={part} />
    ),
  );
}

function ParagraphView({ p, hl }: { p: Paragraph; hl?: Span | undefined }) {
  return (
    <div className="paragraph" id={p.id}>
      <p>
        {sentencesOf(p).map((s, i) => (
          <span key={s.id}>
            {i > 0 ? " " : ""}
            <span className="sentence" id={s.id}>
              <SentenceText span={s} hl={hl} />
            </span>
            <Defects sentenceId={s.id} />
          </span>
        ))}
      </p>
      <p className="paragraph-tools">
        <a href={`#${p.id}`} className="anchor-link">
          {paragraphLabel(p)} ({p.id})
        </a>{" "}
        · <Link href={`/cite/${p.id}`}>Cite this paragraph</Link>
      </p>
    </div>
  );
}

export default async function ReadPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // ?hl=start-end (from an entity's evidence link) marks the quoted words; the static export has only :target.
  const hl = STATIC_EXPORT ? undefined : parseHighlight((await searchParams).hl, report.source.text.length);
  const bureau = getParagraph(report.structure.bureauParagraphId);
  const intro = getParagraph(report.structure.introParagraphId);
  return (
    <article className="reader">
      <h1>{metadata.title.value}</h1>
      <p className="note">
        The text below is the report word for word. Links mark where the report mentions an{" "}
        <Link href="/entities">entity</Link>; every paragraph and sentence has its own anchor (for example{" "}
        <code>#p3</code> or <code>#p3-s2</code>).
      </p>
      {bureau ? (
        <section aria-label="Issuing bureau" className="bureau">
          <ParagraphView p={bureau} hl={hl} />
        </section>
      ) : null}
      {intro ? (
        <section aria-label="Introduction">
          <ParagraphView p={intro} hl={hl} />
        </section>
      ) : null}
      {parts.map((part) => (
        <section key={part.id} aria-labelledby={part.id}>
          <h2 id={part.id}>{part.heading}</h2>
          {part.paragraphIds.map((id) => {
            const p = getParagraph(id);
            return p ? <ParagraphView key={id} p={p} hl={hl} /> : null;
          })}
        </section>
      ))}
    </article>
  );
}
