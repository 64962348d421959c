import { report } from "@report/data";
import { createSearch, type ReportSearch, type SearchHit, type Snippet } from "@report/search";

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

/** Where a hit leads: the sentence (or paragraph) in the reader, or the entity page. */
export function hitHref(hit: SearchHit): string {
  if (hit.kind === "entity") return `/entities/${hit.id}`;
  return `/read#${hit.sentenceId ?? hit.paragraphId}`;
}

/** A snippet cut into plain and highlighted runs, for rendering as text and <mark>. */
export function snippetPieces(s: Snippet): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  const spans = [...s.highlights].sort((a, b) => a[0] - b[0]);
  for (const [rawStart, rawEnd] of spans) {
    const start = Math.max(at, Math.min(rawStart, s.text.length));
    const end = Math.min(Math.max(rawEnd, start), s.text.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: s.text.slice(at, start), mark: false });
    out.push({ text: s.text.slice(start, end), mark: true });
    at = end;
  }
  if (at < s.text.length) out.push({ text: s.text.slice(at), mark: false });
  return out;
}
