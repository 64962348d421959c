import { z } from "zod";
import { IdSchema } from "./ids.ts";

/**
 * A quote as curators write it: W3C Web Annotation TextQuoteSelector.
 * `prefix`/`suffix` disambiguate words that occur more than once in the source.
 */
export const QuoteSchema = z.strictObject({
  exact: z.string().min(1),
  prefix: z.string().min(1).optional(),
  suffix: z.string().min(1).optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

/**
 * A quote resolved by the build: `source.text.slice(start, end) === quote`.
 * Offsets are UTF-16 code units (JavaScript string indices), `[start, end)`.
 */
export const EvidenceSchema = z
  .strictObject({
    quote: z.string().min(1),
    start: z.int().nonnegative(),
    end: z.int().positive(),
    paragraphId: IdSchema,
    sentenceIds: z.array(IdSchema).min(1),
  })
  .meta({ id: "Evidence", description: "A quote and its [start, end) offsets in the source text" });
export type Evidence = z.infer<typeof EvidenceSchema>;
