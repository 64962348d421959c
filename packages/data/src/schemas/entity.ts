import { z } from "zod";
import { EvidenceSchema, type QuoteSchema } from "./evidence.ts";
import { IdSchema } from "./ids.ts";
import { ENTITY_KINDS } from "./kinds.ts";
import { valueSchemas } from "./values.ts";

/** What an entity is. Actors are countries, governments, organizations, offices and groups. */
export const EntityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKindSchema>;

export function entitySchema<E extends typeof EvidenceSchema | typeof QuoteSchema>(evidence: E) {
  const v = valueSchemas(evidence);
  return z.strictObject({
    id: IdSchema,
    kind: EntityKindSchema,
    /** The name, as printed in the report wherever the report names it. */
    name: z.string().min(1),
    /** Other wordings the report uses for the same entity. */
    aliases: z.array(z.string().min(1)).default([]),
    properties: z.array(v.Property).default([]),
    dates: z.array(v.DateValue).default([]),
    quantities: z.array(v.Quantity).default([]),
    status: v.Status.optional(),
    evidence: z.array(evidence).min(1),
  });
}

export const EntitySchema = entitySchema(EvidenceSchema);
export type Entity = z.infer<typeof EntitySchema>;
