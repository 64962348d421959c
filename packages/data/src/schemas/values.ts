import { z } from "zod";
import { EvidenceSchema, type QuoteSchema } from "./evidence.ts";

const EDTF_DATE = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?[?~%]?`;

/**
 * An EDTF (Library of Congress, level 0/1) date or interval, at exactly the precision the text
 * gives: `2009`, `2008-05`, `2007/2008`, `2008-05/..` (open end). Never an invented day.
 */
export const EdtfSchema = z
  .string()
  .regex(
    new RegExp(`^(?:${EDTF_DATE}|(?:${EDTF_DATE}|\\.\\.)/(?:${EDTF_DATE}|\\.\\.))$`),
    "must be an EDTF date such as '2009', '2008-05', '2007/2008' or '2008-05/..'",
  );
export type Edtf = z.infer<typeof EdtfSchema>;

/**
 * Value schemas, built over either authored quotes or resolved evidence, so the content files
 * and the published data share one definition.
 */
export function valueSchemas<E extends typeof EvidenceSchema | typeof QuoteSchema>(evidence: E) {
  const quantityBase = {
    unit: z.string().min(1),
    counts: z.string().min(1),
    evidence,
  };
  return {
    /** A date the text gives, what it marks, and the words that give it. */
    DateValue: z.strictObject({ edtf: EdtfSchema, role: z.string().min(1), evidence }),
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
    Property: z.strictObject({ name: z.string().min(1), value: z.string().min(1), evidence }),
    /** A status word exactly as printed ("suspended" is not "lifted"); it occurs in its quote. */
    Status: z.strictObject({ word: z.string().min(1), evidence }),
  };
}

const built = valueSchemas(EvidenceSchema);
export const DateValueSchema = built.DateValue;
export const QuantitySchema = built.Quantity;
export const PropertySchema = built.Property;
export const StatusSchema = built.Status;
export type DateValue = z.infer<typeof DateValueSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type Property = z.infer<typeof PropertySchema>;
export type Status = z.infer<typeof StatusSchema>;
