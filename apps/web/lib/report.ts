import {
  ENTITY_KINDS,
  type Entity,
  type EntityKind,
  entities,
  getEntity,
  getParagraph,
  getSentence,
  type MetadataValue,
  type Paragraph,
  relations,
  report,
  type Sentence,
  textOf,
} from "@report/data";

export {
  dataVersion,
  getEntity,
  getParagraph,
  getRelation,
  getSentence,
  relationsOf,
  report,
  textOf,
} from "@report/data";

export const metadata = report.metadata;
export type MetadataKey = keyof typeof report.metadata;

/** The metadata shown on the home page, in reading order, with labels. */
export const METADATA_FIELDS: { key: MetadataKey; label: string }[] = [
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

/** How a metadata value is known: stated in the text, or taken from outside it. */
export function basisLabel(v: MetadataValue): string {
  return v.basis === "stated" ? "stated in the report" : "external";
}

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

/** A paragraph or sentence by its anchor id (`p3`, `p3-s2`), or undefined. */
export function getPassage(
  id: string,
): { kind: "paragraph"; item: Paragraph } | { kind: "sentence"; item: Sentence } | undefined {
  const p = getParagraph(id);
  if (p) return { kind: "paragraph", item: p };
  const s = getSentence(id);
  if (s) return { kind: "sentence", item: s };
  return undefined;
}

export function passageText(id: string): string | undefined {
  const p = getPassage(id);
  return p ? textOf(p.item) : undefined;
}

/** A readable label for a paragraph, like the search package uses. */
export function paragraphLabel(p: Paragraph): string {
  if (p.role === "bureau") return "Issuing bureau";
  if (p.role === "intro") return "Introduction";
  return `Paragraph ${p.id.slice(1)}`;
}

export const KIND_LABELS: Record<EntityKind, string> = Object.fromEntries(
  ENTITY_KINDS.map((k) => [k, k.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase())]),
) as Record<EntityKind, string>;

export function isEntityKind(k: unknown): k is EntityKind {
  return typeof k === "string" && (ENTITY_KINDS as readonly string[]).includes(k);
}

/** Kinds that have at least one entity, with their entities sorted by name. */
export function entitiesByKind(): { kind: EntityKind; items: Entity[] }[] {
  return ENTITY_KINDS.map((kind) => ({
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
    relations: relations.length,
    kinds: new Set(entities.map((e) => e.kind)).size,
    defects: report.defects.length,
  };
}

export function entityName(id: string): string {
  return getEntity(id)?.name ?? id;
}
