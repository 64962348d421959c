import type { Evidence } from "@report/data";
import { evidenceLabel } from "@report/view";
import { readerHref } from "../lib/highlight.ts";
import { report } from "../lib/report.ts";

/** A link to the words that state something, named by where they are ("Paragraph 7, sentence 2"). */
export function EvidenceLink({ ev }: { ev: Evidence | undefined }) {
  if (!ev) return null;
  return <a href={readerHref(ev, ev.sentenceIds[0] ?? ev.paragraphId)}>{evidenceLabel(report, ev)}</a>;
}
