import { z } from "zod";
import { DEFECT_KINDS } from "../vocabulary.ts";
import { EvidenceSchema, type QuoteSchema } from "./evidence.ts";
import { SlugSchema } from "./ids.ts";
import { keysOf } from "./keys.ts";

export function metadataSchemas<E extends typeof EvidenceSchema | typeof QuoteSchema>(evidence: E) {
  /** A value the report's own text states, with the words that state it. */
  const stated = z.strictObject({
    value: z.string().min(1),
    basis: z.literal("stated"),
    evidence: z.array(evidence).min(1),
  });
  /** A value from outside the text, with where it comes from: a URL or reference a user can resolve. */
  const external = z.strictObject({
    value: z.string().min(1),
    basis: z.literal("external"),
    source: z.string().min(1),
  });
  const value = z.discriminatedUnion("basis", [stated, external]);
  return {
    MetadataValue: value,
    Metadata: z.strictObject({
      title: value,
      series: value,
      bureau: value,
      publisher: value,
      country: value,
      region: value,
      editionYear: value,
      periodCovered: value,
      originalUrl: value,
      rights: value,
    }),
    /** A flaw of the source, recorded as data and never repaired. */
    Defect: z.strictObject({
      id: SlugSchema,
      kind: z.enum(keysOf(DEFECT_KINDS)),
      description: z.string().min(1),
      evidence,
    }),
  };
}

const built = metadataSchemas(EvidenceSchema);
export const MetadataValueSchema = built.MetadataValue;
export const MetadataSchema = built.Metadata;
export const DefectSchema = built.Defect;
export type MetadataValue = z.infer<typeof MetadataValueSchema>;
export type Metadata = z.infer<typeof MetadataSchema>;
export type Defect = z.infer<typeof DefectSchema>;
