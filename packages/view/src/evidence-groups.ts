import type { Evidence, ReportDocument } from "@report/data";
import { contextOf } from "./context.ts";
import { paragraphLabel } from "./labels.ts";
import { listWords } from "./words.ts";

/** Several pieces of evidence in one paragraph, as one place to point at. */
export interface EvidenceGroup {
  /** "Paragraph 7, sentences 1 to 3", "Paragraph 2, sentence 2", "Paragraph 4, sentences 1 and 3". */
  label: string;
  /** From the first quote's start to the last one's end. */
  start: number;
  end: number;
  /** The first sentence (or the paragraph) to jump to. */
  anchor: string;
}

/** "1", "1 and 3", "1 to 3" (a run of three or more), "1, 2, and 4". */
function numbersWords(ns: number[]): string {
  const run = ns.length >= 3 && ns.every((n, i) => i === 0 || n === (ns[i - 1] as number) + 1);
  return run ? `${ns[0]} to ${ns.at(-1)}` : listWords(ns.map(String));
}

/** Evidence gathered by paragraph, in text order: one link per paragraph instead of one per quote. */
export function evidenceGroups(doc: ReportDocument, evidence: readonly Evidence[]): EvidenceGroup[] {
  const { index } = contextOf(doc);
  const byParagraph = new Map<string, Evidence[]>();
  for (const ev of [...evidence].sort((a, b) => a.start - b.start))
    byParagraph.set(ev.paragraphId, [...(byParagraph.get(ev.paragraphId) ?? []), ev]);
  return [...byParagraph].flatMap(([paragraphId, list]) => {
    const p = index.getParagraph(paragraphId);
    if (!p) return [];
    const sentenceIds = [...new Set(list.flatMap((ev) => ev.sentenceIds))];
    const numbers = sentenceIds
      .map((id) => p.sentenceIds.indexOf(id) + 1)
      .filter((n) => n > 0)
      .sort((a, b) => a - b);
    const where =
      numbers.length === 0 ? "" : `, ${numbers.length === 1 ? "sentence" : "sentences"} ${numbersWords(numbers)}`;
    return [
      {
        label: `${paragraphLabel(doc, p)}${where}`,
        start: Math.min(...list.map((ev) => ev.start)),
        end: Math.max(...list.map((ev) => ev.end)),
        anchor: sentenceIds[0] ?? paragraphId,
      },
    ];
  });
}
