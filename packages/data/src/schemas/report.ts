import { z } from "zod";
import { EntitySchema } from "./entity.ts";
import { EventSchema } from "./event.ts";
import { SlugSchema } from "./ids.ts";
import { integrityIssues } from "./integrity.ts";
import { DefectSchema, MetadataSchema } from "./metadata.ts";
import { RelationSchema } from "./relation.ts";
import { RestrictionSchema } from "./restriction.ts";
import { graphIssues } from "./rules.ts";
import { SanctionSchema } from "./sanction.ts";
import { SourceSchema } from "./source.ts";
import { StrategySchema } from "./strategy.ts";
import { StructureSchema } from "./structure.ts";

/** `published` documents cover every sentence; a `draft` (from `ingest`) may leave some uncovered. */
export const DocumentStatusSchema = z.enum(["published", "draft"]);

const ReportDocumentShapeSchema = z.strictObject({
  /** 2 since `@report/data` 1.0 (events, sanctions, restrictions, strategies); 1 was 0.x. */
  schemaVersion: z.literal(2),
  /** e.g. `afdr-2010-belarus`: series, edition and country. */
  id: SlugSchema,
  /** The version of `@report/data` that built this document. */
  dataVersion: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/),
  status: DocumentStatusSchema,
  /** Present and true only on generated documents (benchmarks); never on published data. */
  synthetic: z.literal(true).optional(),
  metadata: MetadataSchema,
  source: SourceSchema,
  defects: z.array(DefectSchema),
  structure: StructureSchema,
  /** Actors and things. */
  entities: z.array(EntitySchema),
  /** What happened or goes on: one record each. */
  events: z.array(EventSchema),
  sanctions: z.array(SanctionSchema),
  restrictions: z.array(RestrictionSchema),
  /** Policies and strategies with their goals, priority areas and means. */
  strategies: z.array(StrategySchema),
  /** Lasting ties between entities. */
  relations: z.array(RelationSchema),
});
export type ReportDocumentShape = z.infer<typeof ReportDocumentShapeSchema>;

/** One self-contained report: metadata, source, structure and every record together. */
export const ReportDocumentSchema = ReportDocumentShapeSchema.superRefine((doc, ctx) => {
  for (const issue of [...integrityIssues(doc), ...graphIssues(doc)])
    ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, params: { rule: issue.code } });
});
export type ReportDocument = z.infer<typeof ReportDocumentSchema>;

/** A corpus is a list of documents: other countries and years need no schema change. */
export const CorpusSchema = z.array(ReportDocumentSchema);
export type Corpus = z.infer<typeof CorpusSchema>;

/** The record collections of a document, in the order they are listed. */
export const RECORD_COLLECTIONS = [
  "entities",
  "events",
  "sanctions",
  "restrictions",
  "strategies",
  "relations",
] as const;
export type RecordCollection = (typeof RECORD_COLLECTIONS)[number];
