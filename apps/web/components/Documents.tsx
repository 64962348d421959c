import { documentSummary, documentsWords, documentWords, toConfirmWords } from "@report/view";
import Link from "next/link";
import type { ReactNode } from "react";
import { DEFAULT_DOCUMENT, DOCUMENTS, type SiteDocument } from "../lib/documents.ts";
import { pathIn } from "../lib/paths.ts";
import { DOCUMENTS_PATH } from "../lib/site.ts";

/** The list of documents' own frame: the series' name (no document's sections: each document has its own). */
export function DocumentsFrame({ children }: { children: ReactNode }) {
  const { tagline } = documentWords(DEFAULT_DOCUMENT.doc);
  return (
    <>
      <header className="site-header">
        <div className="site-header-bar">
          <p className="site-name">
            <Link href={DOCUMENTS_PATH} prefetch={false}>
              <span className="site-name-main">Documents</span> <span className="site-name-sub">{tagline}</span>
            </Link>
          </p>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Source: U.S. Department of State, a work of the U.S. Government in the public domain in the United States.
        </p>
      </footer>
    </>
  );
}

/** One document in the list: its title (a link to its home), country, edition, status and coverage. */
function DocumentCard({ d }: { d: SiteDocument }) {
  const s = documentSummary(d.doc);
  return (
    <li className="card document-card" id={`document-${d.doc.id}`}>
      <h2 className="card-title">
        <Link href={pathIn(d, "/")}>{s.title}</Link>
      </h2>
      <dl className="card-facts">
        <div>
          <dt>Country</dt>
          <dd>{s.country}</dd>
        </div>
        <div>
          <dt>Edition</dt>
          <dd>{s.edition}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <strong className={`status status-${s.status}`}>{s.statusLabel}</strong>
            {s.toConfirm > 0 ? `, ${toConfirmWords(s.toConfirm)}` : null}
          </dd>
        </div>
        <div>
          <dt>Coverage</dt>
          <dd>{s.coverageText}</dd>
        </div>
      </dl>
      <p className="card-source">
        <Link href={pathIn(d, "/read")}>Read it</Link> · <Link href={pathIn(d, "/data")}>its data</Link>
      </p>
    </li>
  );
}

/** Every document of the corpus, in its order: the first is the one the site's own addresses show. */
export function DocumentList() {
  return (
    <>
      <h1>Documents</h1>
      <p className="lede">
        {documentsWords(DOCUMENTS.map((d) => d.doc))}. Each has the whole site: its text, events, sanctions, timeline,
        who’s who and data.
      </p>
      <ol className="cards document-list">
        {DOCUMENTS.map((d) => (
          <DocumentCard key={d.doc.id} d={d} />
        ))}
      </ol>
    </>
  );
}
