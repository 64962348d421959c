import type { Entity, EntityKind } from "./schemas/entity.ts";
import type { Relation } from "./schemas/relation.ts";
import type { ReportDocument } from "./schemas/report.ts";
import type { Paragraph, Sentence } from "./schemas/structure.ts";

export type DatePrecision = "year" | "month" | "day" | "interval" | "open-interval";

/** How precise an EDTF value is: `2009` year, `2008-05` month, `2007/2008` interval, `2008-05/..` open interval. */
export function datePrecision(edtf: string): DatePrecision {
  if (edtf.includes("/")) return edtf.startsWith("..") || edtf.endsWith("..") ? "open-interval" : "interval";
  const parts = edtf.replace(/[?~%]$/, "").split("-").length;
  return parts === 1 ? "year" : parts === 2 ? "month" : "day";
}

export interface ReportIndex {
  getEntity(id: string): Entity | undefined;
  getRelation(id: string): Relation | undefined;
  /** Relations from both ends: where the entity is the source, and where it is the target. */
  relationsOf(id: string): { outgoing: Relation[]; incoming: Relation[] };
  entitiesOfKind(kind: EntityKind): Entity[];
  getParagraph(id: string): Paragraph | undefined;
  getSentence(id: string): Sentence | undefined;
  /** The words of a span of the source text. */
  textOf(span: { start: number; end: number }): string;
}

/** Builds lookup maps over one document once; every getter is then O(1) or O(result). */
export function indexReport(doc: ReportDocument): ReportIndex {
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  const relations = new Map(doc.relations.map((r) => [r.id, r]));
  const paragraphs = new Map(doc.structure.paragraphs.map((p) => [p.id, p]));
  const sentences = new Map(doc.structure.sentences.map((s) => [s.id, s]));
  const outgoing = new Map<string, Relation[]>();
  const incoming = new Map<string, Relation[]>();
  for (const r of doc.relations) {
    outgoing.set(r.source, [...(outgoing.get(r.source) ?? []), r]);
    incoming.set(r.target, [...(incoming.get(r.target) ?? []), r]);
  }
  return {
    getEntity: (id) => entities.get(id),
    getRelation: (id) => relations.get(id),
    relationsOf: (id) => ({ outgoing: outgoing.get(id) ?? [], incoming: incoming.get(id) ?? [] }),
    entitiesOfKind: (kind) => doc.entities.filter((e) => e.kind === kind),
    getParagraph: (id) => paragraphs.get(id),
    getSentence: (id) => sentences.get(id),
    textOf: (span) => doc.source.text.slice(span.start, span.end),
  };
}
