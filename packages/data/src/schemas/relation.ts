import { z } from "zod";
import { EvidenceSchema, type QuoteSchema } from "./evidence.ts";
import { IdSchema } from "./ids.ts";
import { RELATION_TYPES } from "./kinds.ts";
import { valueSchemas } from "./values.ts";

/** The verb of a directed edge: `source` <type> `target`. */
export const RelationTypeSchema = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationTypeSchema>;

export function relationSchema<E extends typeof EvidenceSchema | typeof QuoteSchema>(evidence: E) {
  const v = valueSchemas(evidence);
  return z.strictObject({
    /** `${source}--${type}--${target}`, derived by the build. */
    id: IdSchema,
    type: RelationTypeSchema,
    source: IdSchema,
    target: IdSchema,
    status: v.Status.optional(),
    dates: z.array(v.DateValue).default([]),
    evidence: z.array(evidence).min(1),
  });
}

export const RelationSchema = relationSchema(EvidenceSchema);
export type Relation = z.infer<typeof RelationSchema>;
