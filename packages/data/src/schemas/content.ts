import { z } from "zod";
import { entitySchema } from "./entity.ts";
import { QuoteSchema } from "./evidence.ts";
import { SlugSchema } from "./ids.ts";
import { metadataSchemas } from "./metadata.ts";
import { relationSchema } from "./relation.ts";

/**
 * What curators write in `content/`: the same shapes as the published data, but every piece of
 * evidence is a quote (`exact`, optional `prefix`/`suffix`) that the build resolves to offsets.
 */
export const ContentEntitySchema = entitySchema(QuoteSchema);
export const ContentRelationSchema = relationSchema(QuoteSchema).omit({ id: true });
const meta = metadataSchemas(QuoteSchema);
export const ContentReportSchema = z.strictObject({
  id: SlugSchema,
  /** The canonical text, relative to the package root, and the sha256 it must have. */
  source: z.strictObject({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be a lowercase hex sha256"),
  }),
  metadata: meta.Metadata,
  defects: z.array(meta.Defect),
});
export const ContentEntityFileSchema = z.array(ContentEntitySchema);
export const ContentRelationFileSchema = z.array(ContentRelationSchema);
export type ContentEntity = z.infer<typeof ContentEntitySchema>;
export type ContentRelation = z.infer<typeof ContentRelationSchema>;
export type ContentReport = z.infer<typeof ContentReportSchema>;
