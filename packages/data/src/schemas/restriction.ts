import { z } from "zod";
import { RESTRICTION_TYPES } from "../vocabulary.ts";
import { ImpliedFieldSchema } from "./event.ts";
import { EvidenceSchema, type QuoteSchema } from "./evidence.ts";
import { IdSchema } from "./ids.ts";
import { keysOf } from "./keys.ts";
import { valueSchemas } from "./values.ts";

export const RestrictionTypeSchema = z.enum(keysOf(RESTRICTION_TYPES));

/** Who restricts whom, what is restricted, the limit as a quantity, and since when. */
export function restrictionSchema<E extends typeof EvidenceSchema | typeof QuoteSchema>(evidence: E) {
  const v = valueSchemas(evidence);
  return z.strictObject({
    id: IdSchema,
    name: z.string().min(1),
    /** From the vocabulary; each type carries its CAMEO code. */
    type: RestrictionTypeSchema,
    authority: IdSchema,
    /** Who is restricted; empty when the text names only what is restricted. */
    targets: z.array(IdSchema).default([]),
    /** What is restricted, as printed ("the flow of information into the country"). */
    restricts: evidence,
    limit: v.Quantity.optional(),
    /** Since when (role `in-force-from`). */
    date: v.DateValue.optional(),
    qualifiers: z.array(v.Qualifier).default([]),
    implied: z.array(ImpliedFieldSchema).default([]),
    evidence: z.array(evidence).min(1),
  });
}

export const RestrictionSchema = restrictionSchema(EvidenceSchema);
export type Restriction = z.infer<typeof RestrictionSchema>;
