import { z } from "zod";
import { SANCTION_STATUSES } from "../vocabulary.ts";
import { ImpliedFieldSchema } from "./event.ts";
import { EvidenceSchema, type QuoteSchema } from "./evidence.ts";
import { IdSchema } from "./ids.ts";
import { keysOf } from "./keys.ts";

export const SanctionStatusSchema = z.enum(keysOf(SANCTION_STATUSES));

/** FollowTheMoney-Sanction-like: an authority's measure against targets, with its history. */
export function sanctionSchema<E extends typeof EvidenceSchema | typeof QuoteSchema>(evidence: E) {
  return z.strictObject({
    id: IdSchema,
    /** As the report names it. */
    name: z.string().min(1),
    authority: IdSchema,
    targets: z.array(IdSchema).min(1),
    /** A larger set of sanctions this one belongs to; its history and conditions apply here too. */
    partOf: IdSchema.optional(),
    /** Dated status changes in chronological order, each made by an event. */
    history: z
      .array(
        z.strictObject({
          event: IdSchema,
          status: SanctionStatusSchema,
          /** The word the report prints for this change ("suspended", "extended"). */
          statusWord: z.string().min(1),
        }),
      )
      .min(1),
    /** The current status: that of the last history entry. */
    status: SanctionStatusSchema,
    /** The printed word that set the current status ("suspended", never "lifted"). */
    statusWord: z.string().min(1),
    /** What further action depends on, as printed, and the event in which it was stated. */
    conditions: z.array(z.strictObject({ evidence, statedIn: IdSchema.optional() })).default([]),
    implied: z.array(ImpliedFieldSchema).default([]),
    evidence: z.array(evidence).min(1),
  });
}

export const SanctionSchema = sanctionSchema(EvidenceSchema);
export type Sanction = z.infer<typeof SanctionSchema>;
export type SanctionStatus = z.infer<typeof SanctionStatusSchema>;
