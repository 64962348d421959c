import { createSearch, type ReportSearch, type SearchHit, type Snippet } from "@report/search";
import { pairSpans, passagePath, recordPath, segments } from "@report/view";
import type { SiteDocument } from "./documents.ts";
import { pathIn } from "./paths.ts";

export { MAX_Q, normalizeQuery } from "./query.ts";

export type { SearchHit };

const engines = new Map<SiteDocument, ReportSearch>();
/** Each document is searched on its own: its pages are its site. */
function searchEngine(d: SiteDocument): ReportSearch {
  let engine = engines.get(d);
  if (!engine) {
    engine = createSearch([d.doc]);
    engines.set(d, engine);
  }
  return engine;
}

/**
 * The hits for a normalized query in a document. A failing search throws: the page then fails with Next's
 * error page and the error is logged, instead of a broken index looking like "No results".
 */
export function runSearch(d: SiteDocument, q: string, limit = 30, engine?: Pick<ReportSearch, "search">): SearchHit[] {
  if (!q) return [];
  return (engine ?? searchEngine(d)).search(q, { limit });
}

/** Where a hit leads: the sentence (or paragraph) in the reader, or the page that shows the record. */
export function hitHref(d: SiteDocument, hit: SearchHit): string {
  if (hit.kind === "paragraph") return pathIn(d, passagePath(hit.sentenceId ?? hit.paragraphId));
  return pathIn(d, recordPath(d.doc, hit.id) ?? passagePath(hit.paragraphId));
}

/** A snippet cut into plain and highlighted runs, for rendering as text and <mark>. */
export function snippetPieces(s: Snippet): { text: string; mark: boolean }[] {
  return segments(s.text, [{ name: "match", spans: pairSpans(s.highlights) }]).map((seg) => ({
    text: seg.text,
    mark: seg.marks.match !== undefined,
  }));
}
