import {
  type Entity,
  type Event,
  type Goal,
  indexReport,
  type PriorityArea,
  type Relation,
  type ReportDocument,
  type ReportIndex,
  type Restriction,
  type Sanction,
  type Strategy,
} from "@report/data";

/** Any record of a document, with what it is: `getRecord` of @report/data returns them untyped. */
export type TypedRecord =
  | { kind: "entity"; record: Entity }
  | { kind: "event"; record: Event }
  | { kind: "sanction"; record: Sanction }
  | { kind: "restriction"; record: Restriction }
  | { kind: "strategy"; record: Strategy }
  | { kind: "priority-area"; record: PriorityArea; strategy: Strategy }
  | { kind: "goal"; record: Goal; strategy: Strategy; area?: PriorityArea | undefined }
  | { kind: "relation"; record: Relation };
export type RecordKind = TypedRecord["kind"];

/** What every view function needs from one document, built once per document (documents are never changed). */
export interface Context {
  doc: ReportDocument;
  index: ReportIndex;
  records: Map<string, TypedRecord>;
  /** The number of each body paragraph (1 for the first body paragraph), as the reader counts them. */
  bodyNumber: Map<string, number>;
}

const contexts = new WeakMap<ReportDocument, Context>();

export function contextOf(doc: ReportDocument): Context {
  let ctx = contexts.get(doc);
  if (!ctx) {
    ctx = { doc, index: indexReport(doc), records: recordsOf(doc), bodyNumber: new Map() };
    let n = 0;
    for (const p of doc.structure.paragraphs) if (p.role === "body") ctx.bodyNumber.set(p.id, ++n);
    contexts.set(doc, ctx);
  }
  return ctx;
}

function recordsOf(doc: ReportDocument): Map<string, TypedRecord> {
  const out = new Map<string, TypedRecord>();
  for (const record of doc.entities) out.set(record.id, { kind: "entity", record });
  for (const record of doc.events) out.set(record.id, { kind: "event", record });
  for (const record of doc.sanctions) out.set(record.id, { kind: "sanction", record });
  for (const record of doc.restrictions) out.set(record.id, { kind: "restriction", record });
  for (const record of doc.relations) out.set(record.id, { kind: "relation", record });
  for (const strategy of doc.strategies) {
    out.set(strategy.id, { kind: "strategy", record: strategy });
    for (const record of strategy.goals) out.set(record.id, { kind: "goal", record, strategy });
    for (const area of strategy.priorityAreas) {
      out.set(area.id, { kind: "priority-area", record: area, strategy });
      for (const record of area.subGoals) out.set(record.id, { kind: "goal", record, strategy, area });
    }
  }
  return out;
}

/** A record by id with what it is, or undefined. */
export const typedRecord = (doc: ReportDocument, id: string): TypedRecord | undefined => contextOf(doc).records.get(id);

/** An entity's name as the report names it, or the id when there is none. */
export const entityName = (doc: ReportDocument, id: string): string => contextOf(doc).index.getEntity(id)?.name ?? id;
