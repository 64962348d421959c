/** A piece of text with the spans that matched the query, as `[start, end)` into `text`. */
export interface Snippet {
  text: string;
  highlights: [number, number][];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Marks every whole-or-prefix occurrence of the query's terms in `text`, and trims long text to a
 * window around the first match. Pure string work: callers render highlights as text, never HTML.
 */
export function makeSnippet(text: string, terms: string[], maxLength = 220): Snippet {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))];
  const highlights: [number, number][] = [];
  if (words.length > 0) {
    const re = new RegExp(`\\b(?:${words.map(escapeRegExp).join("|")})[\\w'-]*`, "giu");
    for (const m of text.matchAll(re)) highlights.push([m.index, m.index + m[0].length]);
  }
  if (text.length <= maxLength) return { text, highlights };
  const first = highlights[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(maxLength / 3));
  const space = text.lastIndexOf(" ", start);
  if (start > 0 && space > 0) start = space + 1;
  const end = Math.min(text.length, start + maxLength);
  const prefix = start > 0 ? "…" : "";
  const suffix = end < text.length ? "…" : "";
  const shift = prefix.length - start;
  return {
    text: `${prefix}${text.slice(start, end)}${suffix}`,
    highlights: highlights
      .filter(([s, e]) => s >= start && e <= end)
      .map(([s, e]) => [s + shift, e + shift] as [number, number]),
  };
}
