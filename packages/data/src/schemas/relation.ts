import { z } from "zod";
import { RELATION_TYPES } from "../vocabulary.ts";
import { EvidenceSchema, type QuoteSchema } from "./evidence.ts";
import { IdSchema } from "./ids.ts";
import { keysOf } from "./keys.ts";
import { ExternalSchema, valueSchemas } from "./values.ts";

/** A lasting tie: part-of, member-of, located-in, coordinates-with … (each mapped to FtM). */
export const RelationTypeSchema = z.enum(keysOf(RELATION_TYPES));
export type RelationType = z.infer<typeof RelationTypeSchema>;

export function relationSchema<E extends typeof EvidenceSchema | typeof QuoteSchema>(evidence: E) {
  const v = valueSchemas(evidence);
  return z.strictObject({
    /** `${source}--${type}--${target}`, derived by the build. */
    id: IdSchema,
    type: RelationTypeSchema,
    source: IdSchema,
    target: IdSchema,
    /** "closely", "selectively", "at the assistant secretary level and below". */
    qualifiers: z.array(v.Qualifier).default([]),
    /** The words that state it; empty only when it is known from outside the text (`external`). */
    evidence: z.array(evidence).default([]),
    /** Set when the tie is not stated by the text: where it is known from. */
    external: ExternalSchema.optional(),
  });
}

export const RelationSchema = relationSchema(EvidenceSchema);
export type Relation = z.infer<typeof RelationSchema>;
