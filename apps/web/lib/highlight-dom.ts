import { parseHighlight } from "./highlight.ts";

/** The name of the reader's highlight in the CSS Custom Highlight registry (styled by `::highlight(quote)`). */
export const QUOTE_HIGHLIGHT = "quote";

/**
 * Marks the words of `?hl=start-end` in the reader without changing its DOM: each sentence carries its
 * offset in the report's text (`data-start`), so the span maps onto its text nodes as Ranges, which the
 * CSS Custom Highlight API paints. Returns what undoes it. Where the API is missing, the sentence the link
 * points at (`#p7-s2`) is still tinted by `:target`.
 */
export function highlightQuote(doc: Document, raw: string | null): () => void {
  const span = parseHighlight(raw, Number.MAX_SAFE_INTEGER);
  const registry = typeof CSS === "undefined" ? undefined : CSS.highlights;
  if (!span || !registry) return () => {};
  const ranges: Range[] = [];
  for (const sentence of doc.querySelectorAll<HTMLElement>(".sentence[data-start]")) {
    let at = Number(sentence.dataset.start);
    const walker = doc.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.nodeValue?.length ?? 0;
      const from = Math.max(span.start, at);
      const to = Math.min(span.end, at + length);
      if (from < to) {
        const range = doc.createRange();
        range.setStart(node, from - at);
        range.setEnd(node, to - at);
        ranges.push(range);
      }
      at += length;
    }
  }
  if (ranges.length === 0) return () => {};
  registry.set(QUOTE_HIGHLIGHT, new Highlight(...ranges));
  return () => registry.delete(QUOTE_HIGHLIGHT);
}

/** The words a painted highlight covers ("" when none is painted), for assistive technology to announce. */
export function highlightedText(): string {
  const painted = typeof CSS === "undefined" ? undefined : CSS.highlights?.get(QUOTE_HIGHLIGHT);
  return painted ? [...painted].map((r) => r.toString()).join("") : "";
}
