import { report } from "@report/data";
import { createSearch, type ReportSearch, type SearchHit, type Snippet } from "@report/search";

export { MAX_Q, normalizeQuery } from "./query.ts";

export type { SearchHit };

let engine: ReportSearch | undefined;
function searchEngine(): ReportSearch {
  engine ??= createSearch([report]);
  return engine;
}

export function runSearch(q: string, limit = 30): SearchHit[] {
  if (!q) return [];
  try {
    return searchEngine().search(q, { limit });
  } catch {
    return [];
  }
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
