import { z } from "zod";
import { entitySchema } from "./entity.ts";
import { eventSchema } from "./event.ts";
import { QuoteSchema } from "./evidence.ts";
import { SlugSchema } from "./ids.ts";
import { metadataSchemas } from "./metadata.ts";
import { relationSchema } from "./relation.ts";
import { DocumentStatusSchema } from "./report.ts";
import { restrictionSchema } from "./restriction.ts";
import { sanctionSchema } from "./sanction.ts";
import { strategySchema } from "./strategy.ts";

/**
 * What curators write in `content/`: the same shapes as the published data, but every piece of
 * evidence is a quote (`exact`, optional `prefix`/`suffix`) that the build resolves to offsets.
 */
export const ContentEntitySchema = entitySchema(QuoteSchema);
export const ContentEventSchema = eventSchema(QuoteSchema);
export const ContentSanctionSchema = sanctionSchema(QuoteSchema);
export const ContentRestrictionSchema = restrictionSchema(QuoteSchema);
export const ContentStrategySchema = strategySchema(QuoteSchema);
export const ContentRelationSchema = relationSchema(QuoteSchema).omit({ id: true });
const meta = metadataSchemas(QuoteSchema);
export const ContentReportSchema = z.strictObject({
  id: SlugSchema,
  /** `draft` for a document made by `ingest` and not yet confirmed; it may leave sentences uncovered. */
  status: DocumentStatusSchema.default("published"),
  /** The canonical text, relative to the content folder's package root, and the sha256 it must have. */
  source: z.strictObject({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be a lowercase hex sha256"),
  }),
  metadata: meta.Metadata,
  defects: z.array(meta.Defect),
});

/** Each content file holds a list of one kind of record. */
export const CONTENT_FILES = {
  entities: z.array(ContentEntitySchema),
  events: z.array(ContentEventSchema),
  sanctions: z.array(ContentSanctionSchema),
  restrictions: z.array(ContentRestrictionSchema),
  strategies: z.array(ContentStrategySchema),
  relations: z.array(ContentRelationSchema),
} as const;
export type ContentEntity = z.infer<typeof ContentEntitySchema>;
export type ContentEvent = z.infer<typeof ContentEventSchema>;
export type ContentRelation = z.infer<typeof ContentRelationSchema>;
export type ContentReport = z.infer<typeof ContentReportSchema>;
