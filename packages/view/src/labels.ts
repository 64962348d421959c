import {
  DATE_ROLES,
  type DateRole,
  DEFECT_KINDS,
  type DefectKind,
  ENTITY_KINDS,
  type EntityKind,
  EVENT_TYPES,
  type EventType,
  type Metadata,
  type Paragraph,
  PROPERTY_NAMES,
  type PropertyName,
  QUALIFIER_KINDS,
  type QualifierKind,
  RELATION_TYPES,
  RESTRICTION_TYPES,
  type RelationType,
  type ReportDocument,
  type RestrictionType,
  SANCTION_STATUSES,
  type SanctionStatus,
  type Sentence,
} from "@report/data";
import { contextOf, type RecordKind, typedRecord } from "./context.ts";

/** "Country", "Public body", "Diplomatic mission" … */
export const kindLabel = (kind: EntityKind): string => ENTITY_KINDS[kind].label;
/** True for a string that names an entity kind. */
export const isEntityKind = (k: unknown): k is EntityKind => typeof k === "string" && Object.hasOwn(ENTITY_KINDS, k);
/** Every entity kind, in the vocabulary's order. */
export const ENTITY_KIND_LIST = Object.keys(ENTITY_KINDS) as EntityKind[];

/** "Meeting", "Sanctions imposed" … */
export const eventTypeLabel = (type: EventType): string => EVENT_TYPES[type].label;
/** "Administrative limit", "Restriction on freedoms". */
export const restrictionTypeLabel = (type: RestrictionType): string => RESTRICTION_TYPES[type].label;
/** "part of", "cooperates with" … (lower case: it stands between two names). */
export const relationTypeLabel = (type: RelationType): string => RELATION_TYPES[type].label;
/** "in force", "suspended" … */
export const sanctionStatusLabel = (status: SanctionStatus): string => SANCTION_STATUSES[status].label;
/** "occurred", "in force from" … */
export const dateRoleLabel = (role: DateRole): string => DATE_ROLES[role].label;
export const qualifierKindLabel = (kind: QualifierKind): string => QUALIFIER_KINDS[kind].label;
export const propertyLabel = (name: PropertyName): string => PROPERTY_NAMES[name].label;
export const defectKindLabel = (kind: DefectKind): string => DEFECT_KINDS[kind].label;

const RECORD_KIND_LABELS: Record<Exclude<RecordKind, "entity">, string> = {
  event: "Event",
  sanction: "Sanction",
  restriction: "Restriction",
  strategy: "Strategy",
  "priority-area": "Priority area",
  goal: "Goal",
  relation: "Relation",
};

/** What a record is, in words: its entity kind, event type, "Sanction", "Priority area" … */
export function recordKindLabel(doc: ReportDocument, id: string): string | undefined {
  const r = typedRecord(doc, id);
  if (!r) return undefined;
  switch (r.kind) {
    case "entity":
      return kindLabel(r.record.kind);
    case "event":
      return eventTypeLabel(r.record.type);
    case "restriction":
      return restrictionTypeLabel(r.record.type);
    case "strategy":
      return r.record.type === "policy" ? "Policy" : "Assistance strategy";
    case "goal":
      return r.area ? "Sub-goal" : "Goal";
    default:
      return RECORD_KIND_LABELS[r.kind];
  }
}

/** "Issuing bureau", "Introduction", "Paragraph 3" (body paragraphs counted from 1). */
export function paragraphLabel(doc: ReportDocument, p: Paragraph): string {
  if (p.role === "bureau") return "Issuing bureau";
  if (p.role === "intro") return "Introduction";
  return `Paragraph ${contextOf(doc).bodyNumber.get(p.id) ?? "?"}`;
}

/** "Paragraph 3, sentence 2", "Introduction, sentence 1". */
export function sentenceLabel(doc: ReportDocument, s: Sentence): string {
  const p = contextOf(doc).index.getParagraph(s.paragraphId);
  if (!p) return `Sentence ${s.id}`;
  return `${paragraphLabel(doc, p)}, sentence ${p.sentenceIds.indexOf(s.id) + 1}`;
}

/** A paragraph or sentence by its id, with its label; undefined for anything else. */
export function passage(
  doc: ReportDocument,
  id: string,
):
  | { kind: "paragraph"; item: Paragraph; label: string }
  | { kind: "sentence"; item: Sentence; label: string }
  | undefined {
  const { index } = contextOf(doc);
  const p = index.getParagraph(id);
  if (p) return { kind: "paragraph", item: p, label: paragraphLabel(doc, p) };
  const s = index.getSentence(id);
  if (s) return { kind: "sentence", item: s, label: sentenceLabel(doc, s) };
  return undefined;
}

/** The label of the passage a piece of evidence sits in: its first sentence, else its paragraph. */
export function evidenceLabel(doc: ReportDocument, ev: { sentenceIds: string[]; paragraphId: string }): string {
  return passage(doc, ev.sentenceIds[0] ?? ev.paragraphId)?.label ?? ev.paragraphId;
}

/** The report's metadata fields in reading order, each with its label. */
export const METADATA_FIELDS: readonly { key: keyof Metadata; label: string }[] = [
  { key: "title", label: "Title" },
  { key: "series", label: "Series" },
  { key: "bureau", label: "Bureau" },
  { key: "publisher", label: "Publisher" },
  { key: "country", label: "Country" },
  { key: "region", label: "Region" },
  { key: "editionYear", label: "Edition" },
  { key: "periodCovered", label: "Period covered" },
  { key: "rights", label: "Rights" },
  { key: "originalUrl", label: "Original page" },
];
