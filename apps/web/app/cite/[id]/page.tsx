import { passage } from "@report/view";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { citationsFor } from "../../../lib/cite.ts";
import { withOpenGraph } from "../../../lib/meta.ts";
import { paragraphs, report, sentences, textOf } from "../../../lib/report.ts";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => [...paragraphs, ...sentences].map((p) => ({ id: p.id }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const at = passage(report, id);
  if (!at) return { title: "Passage not found" };
  return withOpenGraph({
    title: `Cite ${at.label}`,
    description: `Citations for ${at.label} of the report.`,
    alternates: { canonical: `/cite/${id}` },
  });
}

export default async function CitePage({ params }: Props) {
  const { id } = await params;
  const at = passage(report, id);
  const c = citationsFor(id);
  if (!at || !c) notFound();
  const formats = [
    { key: "apa", label: "APA", text: `${c.apa}\n\nIn the text: ${c.apaInText}` },
    { key: "chicago", label: "Chicago (author-date)", text: `${c.chicago}\n\nIn the text: ${c.chicagoInText}` },
    { key: "bibtex", label: "BibTeX", text: c.bibtex },
    { key: "ris", label: "RIS", text: c.ris },
    { key: "csl", label: "CSL-JSON", text: c.cslJson },
    { key: "annotation", label: "W3C Web Annotation selector", text: c.annotation },
  ];
  return (
    <>
      <h1>Cite {at.label}</h1>
      <blockquote className="evidence" cite={`/read#${id}`}>
        <p>{textOf(at.item)}</p>
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
