import type { SiteDocument } from "./documents.ts";

/** The JSON for `/api/entities/<id>.json`: the entity and its relations both ways, or undefined. */
export function entityJson(d: SiteDocument, file: string): Record<string, unknown> | undefined {
  if (!file.endsWith(".json")) return undefined;
  const entity = d.index.getEntity(file.slice(0, -".json".length));
  if (!entity) return undefined;
  const { outgoing, incoming } = d.index.relationsOf(entity.id);
  return { dataVersion: d.doc.dataVersion, entity, relations: { outgoing, incoming } };
}

/** The file of each entity of a document under `/api/entities/` (prerendered for the static export). */
export const entityFileParams = (d: SiteDocument) => d.doc.entities.map((e) => ({ file: `${e.id}.json` }));
