import { report } from "@report/data";
import { createSearch, type ReportSearch, type SearchHit, type Snippet } from "@report/search";
import { pairSpans, passagePath, recordPath, segments } from "@report/view";

export { MAX_Q, normalizeQuery } from "./query.ts";

export type { SearchHit };

let engine: ReportSearch | undefined;
function searchEngine(): ReportSearch {
  engine ??= createSearch([report]);
  return engine;
}

/**
 * The hits for a normalized query. A failing search throws: the page then fails with Next's error page and
 * the error is logged, instead of a broken index looking like "No results".
 */
export function runSearch(q: string, limit = 30, engine?: Pick<ReportSearch, "search">): SearchHit[] {
  if (!q) return [];
  return (engine ?? searchEngine()).search(q, { limit });
}

/** Where a hit leads: the sentence (or paragraph) in the reader, or the page that shows the record. */
export function hitHref(hit: SearchHit): string {
  if (hit.kind === "paragraph") return passagePath(hit.sentenceId ?? hit.paragraphId);
  return recordPath(report, hit.id) ?? passagePath(hit.paragraphId);
}

/** A snippet cut into plain and highlighted runs, for rendering as text and <mark>. */
export function snippetPieces(s: Snippet): { text: string; mark: boolean }[] {
  return segments(s.text, [{ name: "match", spans: pairSpans(s.highlights) }]).map((seg) => ({
    text: seg.text,
    mark: seg.marks.match !== undefined,
  }));
}
