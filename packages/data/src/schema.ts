import { z } from "zod";
import { type ReportDocument, ReportDocumentSchema } from "./schemas/report.ts";

export * from "./dates.ts";
export * from "./schemas/entity.ts";
export * from "./schemas/event.ts";
export * from "./schemas/evidence.ts";
export * from "./schemas/ids.ts";
export * from "./schemas/metadata.ts";
export * from "./schemas/relation.ts";
export * from "./schemas/report.ts";
export * from "./schemas/restriction.ts";
export * from "./schemas/sanction.ts";
export * from "./schemas/source.ts";
export * from "./schemas/strategy.ts";
export * from "./schemas/structure.ts";
export * from "./schemas/values.ts";
export * from "./vocabulary.ts";

/** Thrown by `parseReport`; `message` names every failing path, `issues` has them as data. */
export class ReportParseError extends Error {
  readonly issues: z.core.$ZodIssue[];
  constructor(issues: z.core.$ZodIssue[]) {
    super(`Invalid report document:\n${z.prettifyError(new z.ZodError(issues))}`);
    this.name = "ReportParseError";
    this.issues = issues;
  }
}

/** Validates anything against the report schema, including integrity and the graph rules; throws ReportParseError. */
export function parseReport(input: unknown): ReportDocument {
  const result = ReportDocumentSchema.safeParse(input);
  if (!result.success) throw new ReportParseError(result.error.issues);
  return result.data;
}
