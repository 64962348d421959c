import { z } from "zod";
import { ENTITY_KINDS, type EntityKind } from "../vocabulary.ts";
import { EvidenceSchema, type QuoteSchema } from "./evidence.ts";
import { IdSchema } from "./ids.ts";
import { keysOf } from "./keys.ts";
import { draftMarks, valueSchemas } from "./values.ts";

export const EntityKindSchema = z.enum(keysOf(ENTITY_KINDS));

const OTHER_KINDS = keysOf(ENTITY_KINDS).filter((k) => k !== "country" && k !== "program") as [
  Exclude<EntityKind, "country" | "program">,
  ...Exclude<EntityKind, "country" | "program">[],
];

/** ISO 3166-1 alpha-2, lower case as FollowTheMoney writes it: `us`, `by`. */
export const CountryCodeSchema = z.string().regex(/^[a-z]{2}$/, "must be an ISO 3166-1 alpha-2 code in lower case");

export function entitySchema<E extends typeof EvidenceSchema | typeof QuoteSchema>(evidence: E) {
  const v = valueSchemas(evidence);
  const base = {
    id: IdSchema,
    /** The name, as the report names it. */
    name: z.string().min(1),
    /** Other names for the same thing ("U.S. Government"); never context words such as "the country". */
    aliases: z.array(z.string().min(1)).default([]),
    /** Context-dependent wordings that refer to it here ("the country", "the regime"), with offsets. */
    mentions: z.array(evidence).default([]),
    properties: z.array(v.Property).default([]),
    quantities: z.array(v.Quantity).default([]),
    dates: z.array(v.DateValue).default([]),
    ...draftMarks,
    /** Where the report names it. */
    evidence: z.array(evidence).min(1),
  };
  return z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("country"), ...base, country: CountryCodeSchema }),
    z.strictObject({
      kind: z.literal("program"),
      ...base,
      /** Who runs or funds it. */
      agents: z.array(IdSchema).default([]),
      /** Whom it is for. */
      targets: z.array(IdSchema).default([]),
      /** What it is for, as printed ("to increase awareness of trafficking …"). */
      purpose: z.optional(evidence),
      /** How, as printed ("by improving job searching skills …"). */
      means: z.array(evidence).default([]),
    }),
    z.strictObject({ kind: z.enum(OTHER_KINDS), ...base }),
  ]);
}

export const EntitySchema = entitySchema(EvidenceSchema);
export type Entity = z.infer<typeof EntitySchema>;
export type Program = Extract<Entity, { kind: "program" }>;
export type Country = Extract<Entity, { kind: "country" }>;
export type { EntityKind };
