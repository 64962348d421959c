import fuzzysort from "fuzzysort";

/**
 * The items whose texts match `query` fuzzily (fuzzysort: letters in order, each word of the query on
 * its own, so "opp lead" finds "opposition leaders"), best match first (an exact name before a longer
 * one that contains it) or, with `keepOrder`, in their own order (a timeline stays in time order).
 * Every item, in order, for an empty query.
 */
export function fuzzyFilter<T>(
  items: readonly T[],
  query: string,
  textsOf: (item: T) => string[],
  opts: { keepOrder?: boolean } = {},
): T[] {
  const q = query.trim();
  if (q === "") return [...items];
  const width = Math.max(0, ...items.map((t) => textsOf(t).length));
  const keys = Array.from({ length: width }, (_, i) => (t: T) => textsOf(t)[i]);
  const found = fuzzysort.go(q, items, { keys, threshold: 0.3, limit: 0 });
  if (!opts.keepOrder) return found.map((r) => r.obj);
  const kept = new Set(found.map((r) => r.obj));
  return items.filter((t) => kept.has(t));
}
