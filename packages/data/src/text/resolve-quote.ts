import type { Evidence, Quote } from "../schemas/evidence.ts";
import type { Structure } from "../schemas/structure.ts";

export type Resolution =
  | { ok: true; evidence: Evidence }
  | {
      ok: false;
      code: "quote-not-found" | "quote-ambiguous" | "quote-crosses-paragraph";
      message: string;
      hint: string;
    };

function occurrences(text: string, exact: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) at.push(i);
  return at;
}

/**
 * Resolves a TextQuoteSelector to a TextPositionSelector: the one place in `text` where
 * `prefix + exact + suffix` occurs. Zero or several places is an authoring error.
 */
export function resolveQuote(text: string, structure: Structure, quote: Quote): Resolution {
  const all = occurrences(text, quote.exact);
  const matches = all.filter(
    (i) =>
      (!quote.prefix || text.slice(i - quote.prefix.length, i) === quote.prefix) &&
      (!quote.suffix || text.startsWith(quote.suffix, i + quote.exact.length)),
  );
  if (matches.length === 0) {
    return {
      ok: false,
      code: "quote-not-found",
      message:
        all.length === 0
          ? `the quote "${quote.exact}" is not in the source text`
          : `the quote "${quote.exact}" occurs ${all.length} times, but never with this prefix/suffix`,
      hint:
        all.length === 0
          ? "copy the words exactly from the source (same punctuation and apostrophes, no ellipsis)"
          : "make prefix the words right before the quote and suffix the words right after it",
    };
  }
  if (matches.length > 1) {
    return {
      ok: false,
      code: "quote-ambiguous",
      message: `the quote "${quote.exact}" occurs ${matches.length} times (at offsets ${matches.join(", ")})`,
      hint: "add a prefix (words just before) or suffix (words just after) that picks exactly one",
    };
  }
  const start = matches[0] as number;
  const end = start + quote.exact.length;
  const paragraph = structure.paragraphs.find((p) => start >= p.start && end <= p.end);
  if (!paragraph) {
    return {
      ok: false,
      code: "quote-crosses-paragraph",
      message: `the quote "${quote.exact}" is not inside a single paragraph`,
      hint: "split it into one quote per paragraph",
    };
  }
  const sentenceIds = structure.sentences
    .filter((s) => s.paragraphId === paragraph.id && s.start < end && s.end > start)
    .map((s) => s.id);
  return { ok: true, evidence: { quote: quote.exact, start, end, paragraphId: paragraph.id, sentenceIds } };
}
