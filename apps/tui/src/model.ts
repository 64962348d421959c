import type { Paragraph, ReportDocument } from "@report/data";
import { indexReport, type ReportIndex } from "@report/data";
import { createSearch, type ReportSearch } from "@report/search";
import { paragraphLabel } from "@report/view";

/**
 * Everything the commands and the interactive app read: the document, its index and the search.
 * The search index is built on first use: most commands, and the explorer's first frame, need none.
 */
export interface Model {
  readonly report: ReportDocument;
  readonly index: ReportIndex;
  readonly search: ReportSearch;
}

export function createModel(report: ReportDocument): Model {
  let search: ReportSearch | undefined;
  return {
    report,
    index: indexReport(report),
    get search() {
      search ??= createSearch([report]);
      return search;
    },
  };
}

/**
 * `compute(m, ...args)` remembered per model for the last `size` distinct argument lists (the model
 * and its document are never changed, so results stay valid). For derived rows and lines that
 * every keypress would otherwise recompute.
 */
export function memo<A extends readonly (string | number | undefined)[], T>(
  compute: (m: Model, ...args: A) => T,
  size = 4,
): (m: Model, ...args: A) => T {
  const cache = new WeakMap<Model, Map<string, T>>();
  return (m, ...args) => {
    let entries = cache.get(m);
    if (!entries) {
      entries = new Map();
      cache.set(m, entries);
    }
    const key = JSON.stringify(args);
    const hit = entries.get(key);
    if (hit !== undefined || entries.has(key)) {
      entries.delete(key);
      entries.set(key, hit as T);
      return hit as T;
    }
    const value = compute(m, ...args);
    entries.set(key, value);
    if (entries.size > size) entries.delete(entries.keys().next().value as string);
    return value;
  };
}

/** `compute(m)` once per model (the model and its document are never changed). */
export function perModel<T>(compute: (m: Model) => T): (m: Model) => T {
  const cache = new WeakMap<Model, T>();
  return (m) => {
    if (!cache.has(m)) cache.set(m, compute(m));
    return cache.get(m) as T;
  };
}

/** The heading of the part a paragraph is in, as printed; the bureau line and introduction by their labels. */
export function partHeading(m: Model, p: Paragraph): string {
  if (!p.partId) return paragraphLabel(m.report, p);
  return partHeadings(m).get(p.partId) ?? "";
}

const partHeadings = perModel((m) => new Map(m.report.structure.parts.map((x) => [x.id, x.heading])));

/** Longest id or name the CLI looks up; a longer one is refused before any suggestion is computed. */
export const MAX_ID_LENGTH = 200;

/**
 * Ids ranked by edit distance to `id` (substring matches first): one distance per candidate, computed
 * before sorting (inside the comparator it was O(n log n) of them).
 */
export function closestIds(ids: readonly string[], id: string, n = 3, distanceOf = editDistance): string[] {
  const scored = ids.map((c) => ({ c, score: (c.includes(id) ? 0 : 1) * 100 + distanceOf(c, id) }));
  return scored
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c))
    .slice(0, n)
    .map((x) => x.c);
}

/**
 * The ids near enough to `id` to be what was meant, closest first: those containing it or contained in it
 * ("belarus" of "belarus-govt"), starting as it does (most of it: "belneftx"), or within a third of its
 * length in edits (a typo). None for a word nothing resembles: a suggestion then would be arbitrary.
 */
export function nearIds(ids: readonly string[], id: string, n = 3): string[] {
  const limit = Math.max(1, Math.floor(id.length / 3));
  const prefix = Math.max(3, Math.ceil(id.length * 0.6));
  const near = new Map<string, number>();
  for (const c of ids) {
    const d = c.includes(id) ? 0 : editDistance(c, id);
    const part = c.length >= 4 && id.includes(c);
    if (d <= limit || part || (id.length >= prefix && c.startsWith(id.slice(0, prefix)))) near.set(c, d);
  }
  return closestIds([...near.keys()], id, n, (c) => near.get(c) ?? 0);
}

export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
