import type { Evidence } from "@report/data";
import { evidenceGroups, evidenceLabel } from "@report/view";
import { Fragment } from "react";
import type { SiteDocument } from "../lib/documents.ts";
import { readerHref } from "../lib/highlight.ts";

/** A link to the words that state something, named by where they are ("Paragraph 7, sentence 2"). */
export function EvidenceLink({ d, ev }: { d: SiteDocument; ev: Evidence | undefined }) {
  if (!ev) return null;
  return <a href={readerHref(d, ev, ev.sentenceIds[0] ?? ev.paragraphId)}>{evidenceLabel(d.doc, ev)}</a>;
}

/** Several quotes as one link per paragraph ("Paragraph 7, sentences 1 to 3"), each marking all of them. */
export function EvidenceLinks({ d, evidence }: { d: SiteDocument; evidence: readonly Evidence[] }) {
  return evidenceGroups(d.doc, evidence).map((g, i) => (
    <Fragment key={g.anchor}>
      {i > 0 ? ", " : null}
      <a href={readerHref(d, g, g.anchor)}>{g.label}</a>
    </Fragment>
  ));
}
