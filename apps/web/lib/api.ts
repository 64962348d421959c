import { dataVersion, getEntity, relationsOf } from "./report.ts";

/** The JSON for `/api/entities/<id>.json`: the entity and its relations both ways, or undefined. */
export function entityJson(file: string): Record<string, unknown> | undefined {
  if (!file.endsWith(".json")) return undefined;
  const entity = getEntity(file.slice(0, -".json".length));
  if (!entity) return undefined;
  const { outgoing, incoming } = relationsOf(entity.id);
  return { dataVersion, entity, relations: { outgoing, incoming } };
}
