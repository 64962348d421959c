import { z } from "zod";
import { EVENT_TYPES, IMPLIED_FIELDS } from "../vocabulary.ts";
import { EvidenceSchema, type QuoteSchema } from "./evidence.ts";
import { IdSchema } from "./ids.ts";
import { keysOf } from "./keys.ts";
import { draftMarks, valueSchemas } from "./values.ts";

export const EventTypeSchema = z.enum(keysOf(EVENT_TYPES));
export const ImpliedFieldSchema = z.enum(IMPLIED_FIELDS);

/** One thing that happened, or goes on: who did what to whom, where, when, with what, and why. */
export function eventSchema<E extends typeof EvidenceSchema | typeof QuoteSchema>(evidence: E) {
  const v = valueSchemas(evidence);
  return z.strictObject({
    id: IdSchema,
    /** From the vocabulary; each type carries its CAMEO code. */
    type: EventTypeSchema,
    /** Who acts (CAMEO's source actor). */
    agents: z.array(IdSchema).min(1),
    /** Whom it is done to or with (CAMEO's target actor). */
    targets: z.array(IdSchema).default([]),
    place: IdSchema.optional(),
    /** When, at the precision the text gives (role `occurred`). */
    date: v.DateValue.optional(),
    /** When the text dates it only relative to another event ("following the release …"). */
    after: v.RelativeDate.optional(),
    /** `completed` for what the text reports as done; `ongoing` for what it reports as going on. */
    aspect: z.enum(["completed", "ongoing"]),
    /** The status word as printed ("suspended", "extended"). */
    status: v.Status.optional(),
    /** Programs, missions or other entities through which it is done. */
    instruments: z.array(IdSchema).default([]),
    /** What it is for, as printed. */
    purpose: z.optional(evidence),
    /** What it is about, as printed ("nonproliferation", "governmental abuses"). */
    topics: z.array(evidence).default([]),
    /** Other events it responds to or is about (condemning the attacks, attending the trials). */
    concerns: z.array(IdSchema).default([]),
    qualifiers: z.array(v.Qualifier).default([]),
    /** Fields that come from reading the sentence, not from its words (passive voice). */
    implied: z.array(ImpliedFieldSchema).default([]),
    ...draftMarks,
    evidence: z.array(evidence).min(1),
  });
}

export const EventSchema = eventSchema(EvidenceSchema);
export type Event = z.infer<typeof EventSchema>;
export type EventType = z.infer<typeof EventTypeSchema>;
