import type { ReportDocument } from "@report/data";
import { typedRecord } from "./context.ts";

// The website's address of each thing, relative to its origin: one definition for the site's
// links, its citations and the terminal UI's permalinks.

/** A paragraph or sentence in the reader: `/read#p3-s2`. */
export const passagePath = (id: string): string => `/read#${id}`;

/**
 * Where a record is shown: an entity on its own page; an event, sanction, restriction, strategy, goal
 * or priority area on the actions page; a relation on its source entity's page.
 */
export function recordPath(doc: ReportDocument, id: string): string | undefined {
  const r = typedRecord(doc, id);
  if (!r) return undefined;
  if (r.kind === "entity") return `/entities/${id}`;
  if (r.kind === "relation") return `/entities/${r.record.source}#${id}`;
  return `/actions#${id}`;
}

/** The published source text: `/downloads/source.txt`. */
export const sourcePath = (doc: ReportDocument): string =>
  `/downloads/${doc.source.filename.split("/").pop() ?? "source.txt"}`;
