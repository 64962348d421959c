import type { Evidence } from "../../src/schemas/evidence.ts";
import { RECORD_COLLECTIONS, type ReportDocument } from "../../src/schemas/report.ts";
import { isEvidence, walk } from "../../src/schemas/walk.ts";

export interface Coverage {
  covered: number;
  total: number;
  uncovered: { id: string; text: string }[];
}

/** Every piece of evidence in the records of a document (not in metadata or defects). */
export function allEvidence(doc: ReportDocument): Evidence[] {
  const out: Evidence[] = [];
  for (const key of RECORD_COLLECTIONS)
    walk(doc[key], [], (v) => {
      if (!isEvidence(v)) return undefined;
      out.push(v);
      return false;
    });
  return out;
}

/** A sentence is covered when some record cites words inside it. */
export function coverage(doc: ReportDocument): Coverage {
  const cited = new Set(allEvidence(doc).flatMap((e) => e.sentenceIds));
  const uncovered = doc.structure.sentences
    .filter((s) => !cited.has(s.id))
    .map((s) => ({ id: s.id, text: doc.source.text.slice(s.start, s.end) }));
  const total = doc.structure.sentences.length;
  return { covered: total - uncovered.length, total, uncovered };
}
