import { z } from "zod";
import { EntitySchema } from "./entity.ts";
import { SlugSchema } from "./ids.ts";
import { integrityIssues } from "./integrity.ts";
import { DefectSchema, MetadataSchema } from "./metadata.ts";
import { RelationSchema } from "./relation.ts";
import { SourceSchema } from "./source.ts";
import { StructureSchema } from "./structure.ts";

const ReportDocumentShapeSchema = z.strictObject({
  schemaVersion: z.literal(1),
  /** e.g. `afdr-2010-belarus`: series, edition and country. */
  id: SlugSchema,
  /** The version of `@report/data` that built this document. */
  dataVersion: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/),
  /** Present and true only on generated documents (benchmarks); never on published data. */
  synthetic: z.literal(true).optional(),
  metadata: MetadataSchema,
  source: SourceSchema,
  defects: z.array(DefectSchema),
  structure: StructureSchema,
  entities: z.array(EntitySchema),
  relations: z.array(RelationSchema),
});
export type ReportDocumentShape = z.infer<typeof ReportDocumentShapeSchema>;

/** One self-contained report: metadata, source, structure, entities and relations together. */
export const ReportDocumentSchema = ReportDocumentShapeSchema.superRefine((doc, ctx) => {
  for (const issue of integrityIssues(doc)) ctx.addIssue({ code: "custom", ...issue });
});
export type ReportDocument = z.infer<typeof ReportDocumentSchema>;

/** A corpus is a list of documents: other countries and years need no schema change. */
export const CorpusSchema = z.array(ReportDocumentSchema);
export type Corpus = z.infer<typeof CorpusSchema>;
