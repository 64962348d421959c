import {
  type Entity,
  type EntityKind,
  entities,
  events,
  getSentence,
  type Paragraph,
  relations,
  report,
  restrictions,
  type Sentence,
  sanctions,
  strategies,
} from "@report/data";
import { ENTITY_KIND_LIST, entityName as nameIn } from "@report/view";

export {
  dataVersion,
  events,
  getEntity,
  getParagraph,
  getRelation,
  getSentence,
  involving,
  relationsOf,
  report,
  restrictions,
  sanctions,
  strategies,
  textOf,
} from "@report/data";

export const metadata = report.metadata;
export const parts = report.structure.parts;
export const paragraphs = report.structure.paragraphs;
export const sentences = report.structure.sentences;

export function paragraphsOfPart(partId: string | null): Paragraph[] {
  return paragraphs.filter((p) => p.partId === partId);
}

export function sentencesOf(p: Paragraph): Sentence[] {
  return p.sentenceIds.flatMap((id) => {
    const s = getSentence(id);
    return s ? [s] : [];
  });
}

/** Kinds that have at least one entity, with their entities sorted by name. */
export function entitiesByKind(): { kind: EntityKind; items: Entity[] }[] {
  return ENTITY_KIND_LIST.map((kind) => ({
    kind,
    items: entities.filter((e) => e.kind === kind).sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((g) => g.items.length > 0);
}

export function counts() {
  return {
    parts: parts.length,
    paragraphs: paragraphs.length,
    sentences: sentences.length,
    entities: entities.length,
    kinds: new Set(entities.map((e) => e.kind)).size,
    events: events().length,
    sanctions: sanctions().length,
    restrictions: restrictions().length,
    strategies: strategies().length,
    relations: relations.length,
    defects: report.defects.length,
  };
}

/** An entity's name as the report names it (the id when there is no such entity). */
export const entityName = (id: string): string => nameIn(report, id);
