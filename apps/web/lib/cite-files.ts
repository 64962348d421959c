import { citationsFor } from "./cite.ts";
import { DOCUMENTS, type SiteDocument } from "./documents.ts";
import { pathIn } from "./paths.ts";

/** The citation files offered on each citation page, by the name they are served under. */
export const CITE_FILES = {
  "citation.bib": { label: "BibTeX (.bib)", type: "application/x-bibtex; charset=utf-8", ext: "bib" },
  "citation.ris": { label: "RIS (.ris)", type: "application/x-research-info-systems; charset=utf-8", ext: "ris" },
} as const;
export type CiteFileName = keyof typeof CITE_FILES;
export const CITE_FILE_NAMES = Object.keys(CITE_FILES) as CiteFileName[];

/** Every passage of a document with a citation page: each paragraph and each sentence. */
export const citablePassages = (d: SiteDocument) =>
  [...d.doc.structure.paragraphs, ...d.doc.structure.sentences].map((p) => p.id);

/** The file a browser saves: `afdr-2010-belarus-p3-s2.bib`. */
export const citeFilename = (d: SiteDocument, id: string, name: CiteFileName) =>
  `${d.doc.id}-${id}.${CITE_FILES[name].ext}`;

/** Every citation file the site serves, with its headers: what the static export's `_headers` must say. */
export const citeFiles = (documents: readonly SiteDocument[] = DOCUMENTS) =>
  documents.flatMap((d) =>
    citablePassages(d).flatMap((id) =>
      CITE_FILE_NAMES.map((name) => ({
        path: pathIn(d, `/cite/${id}/${name}`),
        contentType: CITE_FILES[name].type,
        disposition: citeDisposition(d, id, name),
      })),
    ),
  );

const citeDisposition = (d: SiteDocument, id: string, name: CiteFileName) =>
  `attachment; filename="${citeFilename(d, id, name)}"`;

/** The body and headers of `/cite/<id>/<name>`, or undefined for a passage that has no citation. */
export function citeFile(d: SiteDocument, id: string, name: CiteFileName): Response | undefined {
  const c = citationsFor(d, id);
  if (!c) return undefined;
  const body = `${name === "citation.bib" ? c.bibtex : c.ris}\n`;
  return new Response(body, {
    headers: {
      "Content-Type": CITE_FILES[name].type,
      "Content-Disposition": citeDisposition(d, id, name),
    },
  });
}
