import { z } from "zod";
import { EvidenceSchema, type QuoteSchema } from "./evidence.ts";
import { IdSchema } from "./ids.ts";
import { valueSchemas } from "./values.ts";

/** A policy or a strategy: its owner, when it was adopted, its goals and priority areas, its means. */
export function strategySchema<E extends typeof EvidenceSchema | typeof QuoteSchema>(evidence: E) {
  const v = valueSchemas(evidence);
  /** A goal or sub-goal, with the means the text gives for it ("by enhancing …") kept as means. */
  const Goal = z.strictObject({
    id: IdSchema,
    name: z.string().min(1),
    /** Whom or what the goal is about. */
    targets: z.array(IdSchema).default([]),
    means: z.array(evidence).default([]),
    qualifiers: z.array(v.Qualifier).default([]),
    evidence,
  });
  return z.strictObject({
    id: IdSchema,
    name: z.string().min(1),
    /** `policy`: standing aims and means; `assistance-strategy`: an adopted plan with priority areas. */
    type: z.enum(["policy", "assistance-strategy"]),
    owner: IdSchema,
    /** When it was adopted (role `adopted`). */
    adopted: v.DateValue.optional(),
    /** Its goals, in text order. */
    goals: z.array(Goal).default([]),
    /** Its priority areas in text order, each with its sub-goals in text order. */
    priorityAreas: z
      .array(
        z.strictObject({
          id: IdSchema,
          name: z.string().min(1),
          /** Whom it focuses on ("in particular small and medium size enterprises"). */
          focus: z.array(IdSchema).default([]),
          subGoals: z.array(Goal).default([]),
          qualifiers: z.array(v.Qualifier).default([]),
          evidence,
        }),
      )
      .default([]),
    /** Events through which it is carried out ("by: denying …; monitoring …"). */
    means: z.array(IdSchema).default([]),
    /** What it does, as printed ("expands the portfolio into …"). */
    scope: z.array(evidence).default([]),
    /** Whom it addresses. */
    targets: z.array(IdSchema).default([]),
    quantities: z.array(v.Quantity).default([]),
    qualifiers: z.array(v.Qualifier).default([]),
    evidence: z.array(evidence).min(1),
  });
}

export const StrategySchema = strategySchema(EvidenceSchema);
export type Strategy = z.infer<typeof StrategySchema>;
export type Goal = Strategy["goals"][number];
export type PriorityArea = Strategy["priorityAreas"][number];
