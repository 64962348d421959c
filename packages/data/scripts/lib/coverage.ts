import type { Evidence } from "../../src/schemas/evidence.ts";
import type { ReportDocument } from "../../src/schemas/report.ts";

export interface Coverage {
  covered: number;
  total: number;
  uncovered: { id: string; text: string }[];
}

/** Every piece of evidence in a document: entities, their values, relations. */
export function allEvidence(doc: ReportDocument): Evidence[] {
  const out: Evidence[] = [];
  for (const item of [...doc.entities, ...doc.relations]) {
    out.push(...item.evidence, ...item.dates.map((d) => d.evidence));
    if (item.status) out.push(item.status.evidence);
  }
  for (const e of doc.entities)
    out.push(...e.properties.map((p) => p.evidence), ...e.quantities.map((q) => q.evidence));
  return out;
}

/** A sentence is covered when some entity or relation cites words inside it. */
export function coverage(doc: ReportDocument): Coverage {
  const cited = new Set(allEvidence(doc).flatMap((e) => e.sentenceIds));
  const uncovered = doc.structure.sentences
    .filter((s) => !cited.has(s.id))
    .map((s) => ({ id: s.id, text: doc.source.text.slice(s.start, s.end) }));
  const total = doc.structure.sentences.length;
  return { covered: total - uncovered.length, total, uncovered };
}
