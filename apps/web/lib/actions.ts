import { type Entity, entities, getEntity, type Relation, relations } from "@report/data";

/** Relation types that are something an actor does to or for another. */
const ACTION_TYPES = new Set<string>([
  "restricts",
  "limits",
  "imposed",
  "suspended",
  "increased",
  "extends",
  "condemns",
  "attacks",
  "denies",
  "monitors",
  "supports",
  "funds",
  "donates-to",
  "facilitates",
  "targets",
  "takes",
  "tries",
  "adopted",
  "meets",
  "engages-with",
  "reaches-out-to",
  "asserts-interests-to",
  "stresses-to",
]);
const ACTION_KINDS = new Set<string>(["sanction", "restriction"]);

export function isAction(r: Relation): boolean {
  const kinds = [getEntity(r.source)?.kind, getEntity(r.target)?.kind];
  return (
    r.status !== undefined || ACTION_TYPES.has(r.type) || kinds.some((k) => k !== undefined && ACTION_KINDS.has(k))
  );
}

/** Who acted on whom: relations that are actions, sanctions or restrictions, in report order. */
export function actionRelations(): Relation[] {
  const first = (r: Relation) => Math.min(...r.evidence.map((e) => e.start));
  return relations.filter(isAction).sort((a, b) => first(a) - first(b));
}

/** Sanctions and restrictions as things, with their printed status words. */
export function sanctionEntities(): Entity[] {
  return entities.filter((e) => e.kind === "sanction" || e.kind === "restriction");
}
