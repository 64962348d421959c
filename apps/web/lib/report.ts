import type { Entity, EntityKind, Paragraph, Sentence } from "@report/data";
import { ENTITY_KIND_LIST, entityName as nameIn } from "@report/view";
import type { SiteDocument } from "./documents.ts";

/** A paragraph's sentences, in order. */
export function sentencesOf(d: SiteDocument, p: Paragraph): Sentence[] {
  return p.sentenceIds.flatMap((id) => {
    const s = d.index.getSentence(id);
    return s ? [s] : [];
  });
}

/** Kinds that have at least one entity, with their entities sorted by name. */
export function entitiesByKind(d: SiteDocument): { kind: EntityKind; items: Entity[] }[] {
  return ENTITY_KIND_LIST.map((kind) => ({
    kind,
    items: d.doc.entities.filter((e) => e.kind === kind).sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((g) => g.items.length > 0);
}

/** An entity's name as the report names it (the id when there is no such entity). */
export const entityName = (d: SiteDocument, id: string): string => nameIn(d.doc, id);
