import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { citationsFor } from "../../../lib/cite.ts";
import { withOpenGraph } from "../../../lib/meta.ts";
import { getPassage, paragraphs, sentences, textOf } from "../../../lib/report.ts";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => [...paragraphs, ...sentences].map((p) => ({ id: p.id }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  if (!getPassage(id)) return { title: "Passage not found" };
  return withOpenGraph({
    title: `Cite ${id}`,
    description: `Citations for passage ${id} of the report.`,
    alternates: { canonical: `/cite/${id}` },
  });
}

export default async function CitePage({ params }: Props) {
  const { id } = await params;
  const passage = getPassage(id);
  const c = citationsFor(id);
  if (!passage || !c) notFound();
  const formats = [
    { key: "apa", label: "APA", text: c.apa },
    { key: "chicago", label: "Chicago (author-date)", text: c.chicago },
    { key: "bibtex", label: "BibTeX", text: c.bibtex },
    { key: "csl", label: "CSL-JSON", text: c.cslJson },
    { key: "annotation", label: "W3C Web Annotation selector", text: c.annotation },
  ];
  return (
    <>
      <h1>
        Cite {passage.kind} {id}
      </h1>
      <blockquote className="evidence" cite={`/read#${id}`}>
        <p>{textOf(passage.item)}</p>
        <footer>
          <a href={`/read#${id}`}>Read in context</a>
        </footer>
      </blockquote>
      {formats.map((f) => (
        <section key={f.key} aria-labelledby={`fmt-${f.key}`}>
          <h2 id={`fmt-${f.key}`}>{f.label}</h2>
          <pre>
            <code>{f.text}</code>
          </pre>
        </section>
      ))}
    </>
  );
}
