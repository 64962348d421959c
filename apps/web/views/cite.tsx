import { passage } from "@report/view";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CopyButton } from "../components/CopyButton.tsx";
import { citationsFor } from "../lib/cite.ts";
import { CITE_FILE_NAMES, CITE_FILES, citablePassages, citeFilename } from "../lib/cite-files.ts";
import type { SiteDocument } from "../lib/documents.ts";
import { withOpenGraph } from "../lib/meta.ts";
import { pathIn } from "../lib/paths.ts";
import { absolute } from "../lib/site.ts";

/** Every paragraph and sentence of a document has a citation page (and its .bib and .ris files). */
export const citeParams = (d: SiteDocument) => citablePassages(d).map((id) => ({ id }));

export function citeMetadata(d: SiteDocument, id: string): Metadata {
  const at = passage(d.doc, id);
  if (!at) return { title: "Passage not found" };
  return withOpenGraph(d, {
    title: `Cite ${at.label}`,
    description: `Citations for ${at.label} of the report: APA, Chicago, BibTeX, RIS, CSL-JSON and a W3C selector.`,
    alternates: { canonical: `/cite/${id}` },
  });
}

/**
 * One format: its name, the text (selectable), and a copy button where the browser allows one. Its heading is
 * an h2 on a citation page, an h3 inside another page's section.
 */
export function Format({ id, label, text, level = 2 }: { id: string; label: string; text: string; level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`fmt-${id}`} className="cite-format">
      <div className="cite-format-head">
        <Heading id={`fmt-${id}`} className="cite-title">
          {label}
        </Heading>
        <CopyButton target={`text-${id}`} label={label} />
      </div>
      <pre>
        <code id={`text-${id}`}>{text}</code>
      </pre>
    </section>
  );
}

export function CitePage({ d, id }: { d: SiteDocument; id: string }) {
  const at = passage(d.doc, id);
  const c = citationsFor(d, id);
  if (!at || !c) notFound();
  const reader = pathIn(d, `/read#${id}`);
  const link = absolute(reader);
  return (
    <>
      <h1>Cite {at.label}</h1>
      <blockquote className="evidence" cite={reader}>
        <p>{d.index.textOf(at.item)}</p>
        <footer>
          <a href={reader}>Read it in context</a>
        </footer>
      </blockquote>
      <Format id="link" label="Link" text={link} />
      <Format id="apa" label="APA" text={c.apa} />
      <Format id="apa-in-text" label="APA, in the text" text={c.apaInText} />
      <Format id="chicago" label="Chicago (author-date)" text={c.chicago} />
      <Format id="chicago-in-text" label="Chicago, in the text" text={c.chicagoInText} />
      <section aria-labelledby="downloads" className="cite-format">
        <h2 id="downloads" className="cite-title">
          Download for a reference manager
        </h2>
        <ul className="actions">
          {CITE_FILE_NAMES.map((name) => (
            <li key={name}>
              <a
                href={pathIn(d, `/cite/${id}/${name}`)}
                download={citeFilename(d, id, name)}
                className="button button-secondary"
              >
                {CITE_FILES[name].label}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <Format id="bibtex" label="BibTeX" text={c.bibtex} />
      <Format id="ris" label="RIS" text={c.ris} />
      <Format id="csl" label="CSL-JSON" text={c.cslJson} />
      <Format id="annotation" label="W3C Web Annotation selector" text={c.annotation} />
    </>
  );
}
