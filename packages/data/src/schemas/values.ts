import { z } from "zod";
import { DATE_ROLES, PROPERTY_NAMES, QUALIFIER_KINDS } from "../vocabulary.ts";
import { EvidenceSchema, type QuoteSchema } from "./evidence.ts";
import { IdSchema } from "./ids.ts";
import { keysOf } from "./keys.ts";

const DATE = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?[?~%]?`;
const EDTF = new RegExp(`^(?:${DATE}|(?:${DATE}|\\.\\.)/(?:${DATE}|\\.\\.)|\\{${DATE}(?:,${DATE})*\\})$`);

/**
 * An EDTF date (Library of Congress; levels 0-2) at exactly the precision the text gives:
 * `2009`, `2008-05`, `2007/2008` (interval), `2008-05/..` (since May 2008), `{2007,2008}`
 * (the set "in 2007 and 2008"). Never an invented day.
 */
export const EdtfSchema = z
  .string()
  .regex(EDTF, "must be an EDTF date such as '2009', '2008-05', '2008-05/..' or '{2007,2008}'");
export type Edtf = z.infer<typeof EdtfSchema>;

export const DateRoleSchema = z.enum(keysOf(DATE_ROLES));
export const QualifierKindSchema = z.enum(keysOf(QUALIFIER_KINDS));
export const PropertyNameSchema = z.enum(keysOf(PROPERTY_NAMES));

/** Where a fact from outside the text comes from: a URL or a bibliographic reference a user can resolve. */
export const ExternalSchema = z.strictObject({ source: z.string().min(1) });

/**
 * Value schemas, built over either authored quotes or resolved evidence, so the content files
 * and the published data share one definition.
 */
export function valueSchemas<E extends typeof EvidenceSchema | typeof QuoteSchema>(evidence: E) {
  const quantityBase = { unit: z.string().min(1), counts: z.string().min(1), evidence };
  return {
    /** A date the text gives, what it marks, and the words that give it. */
    DateValue: z.strictObject({ edtf: EdtfSchema, role: DateRoleSchema, evidence }),
    /** A date given relative to another event ("following the release …"): never guessed. */
    RelativeDate: z.strictObject({ after: IdSchema, evidence }),
    /** A number the text gives, with its unit and what it counts: 5 diplomats, ages 16 to 35. */
    Quantity: z.discriminatedUnion("type", [
      z.strictObject({ type: z.literal("count"), value: z.number().nonnegative(), ...quantityBase }),
      z.strictObject({
        type: z.literal("range"),
        min: z.number().nonnegative(),
        max: z.number().nonnegative(),
        ...quantityBase,
      }),
    ]),
    /** A named property stated by the text, e.g. ownership: state-owned. */
    Property: z.strictObject({ name: PropertyNameSchema, value: z.string().min(1), evidence }),
    /** A status word exactly as printed ("suspended" is not "lifted"); it occurs in its quote. */
    Status: z.strictObject({ word: z.string().min(1), evidence }),
    /** A word that qualifies a record ("closely", "such as"), as printed; it occurs in its quote. */
    Qualifier: z.strictObject({ word: z.string().min(1), kind: QualifierKindSchema, evidence }),
  };
}

/** Review marks that `ingest` puts on the candidates of a draft; a curator removes them on confirming. */
export const draftMarks = {
  draft: z.literal(true).optional(),
  /** How sure the ingest heuristics were, 0 to 1. */
  confidence: z.number().min(0).max(1).optional(),
};

const built = valueSchemas(EvidenceSchema);
export const DateValueSchema = built.DateValue;
export const QuantitySchema = built.Quantity;
export const QualifierSchema = built.Qualifier;
export type DateValue = z.infer<typeof DateValueSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
