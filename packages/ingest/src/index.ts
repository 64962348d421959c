import { createHash } from "node:crypto";
import { type Analysis, analyse } from "./analyse.ts";
import { type Draft, makeDraft } from "./draft.ts";
import { reviewMarkdown } from "./review.ts";
import { draftFiles } from "./write-draft.ts";

export type { Analysis } from "./analyse.ts";
export type * from "./candidates.ts";
export type { Draft } from "./draft.ts";
export { IngestError } from "./errors.ts";
export { INTERNATIONAL_BODIES, US_BODIES, US_BODY_PATTERNS } from "./gazetteer.ts";
export { MAX_BYTES, readInput } from "./read-input.ts";
export { VERB_TABLE } from "./verbs.ts";
export { writeDraft } from "./write-draft.ts";

/**
 * A report's text to a draft content folder: the analysis (every candidate), the draft (the
 * records that fit the data model) and its files (report.yaml, entities/, events.yaml …,
 * source.txt byte for byte, REVIEW.md). Pure: writing is `writeDraft`'s job.
 */
export function ingest(
  bytes: Uint8Array,
  text: string,
  id: string,
): { analysis: Analysis; draft: Draft; files: Map<string, string | Uint8Array> } {
  const analysis = analyse(text);
  const draft = makeDraft(analysis, id, createHash("sha256").update(bytes).digest("hex"));
  return { analysis, draft, files: draftFiles(draft, bytes, reviewMarkdown(analysis, draft, id)) };
}
export { recallAgainst } from "./recall.ts";
