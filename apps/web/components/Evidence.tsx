import type { Evidence } from "@report/data";
import { evidenceGroups, evidenceLabel } from "@report/view";
import { Fragment } from "react";
import { readerHref } from "../lib/highlight.ts";
import { report } from "../lib/report.ts";

/** A link to the words that state something, named by where they are ("Paragraph 7, sentence 2"). */
export function EvidenceLink({ ev }: { ev: Evidence | undefined }) {
  if (!ev) return null;
  return <a href={readerHref(ev, ev.sentenceIds[0] ?? ev.paragraphId)}>{evidenceLabel(report, ev)}</a>;
}

/** Several quotes as one link per paragraph ("Paragraph 7, sentences 1 to 3"), each marking all of them. */
export function EvidenceLinks({ evidence }: { evidence: readonly Evidence[] }) {
  return evidenceGroups(report, evidence).map((g, i) => (
    <Fragment key={g.anchor}>
      {i > 0 ? ", " : null}
      <a href={readerHref(g, g.anchor)}>{g.label}</a>
    </Fragment>
  ));
}
