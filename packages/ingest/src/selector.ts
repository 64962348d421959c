import type { Quote } from "@report/data/schema";

/** Context words added on each side before giving up: a quote this ambiguous is left to the curator. */
const MAX_CONTEXT = 120;

/**
 * Makes W3C TextQuoteSelectors (`exact`, and `prefix`/`suffix` only when needed) that pick exactly
 * one place in the text, by the same rule as the build's `resolveQuote`: `prefix` ends right
 * before the quote and `suffix` starts right after it. Occurrences are cached per quote, so a long
 * text with many candidates is scanned once per distinct wording.
 */
export class QuoteMaker {
  readonly #text: string;
  readonly #cache = new Map<string, number[]>();

  constructor(text: string) {
    this.#text = text;
  }

  #positions(exact: string): number[] {
    let at = this.#cache.get(exact);
    if (!at) {
      at = [];
      for (let i = this.#text.indexOf(exact); i !== -1; i = this.#text.indexOf(exact, i + 1)) at.push(i);
      this.#cache.set(exact, at);
    }
    return at;
  }

  /** A selector for `[start, end)`, or undefined when no context up to MAX_CONTEXT makes it unique. */
  quote(start: number, end: number): Quote | undefined {
    const text = this.#text;
    const exact = text.slice(start, end);
    let at = this.#positions(exact);
    if (at.length === 1) return { exact };
    let from = start;
    let to = end;
    for (let step = 0; ; step += 1) {
      const canPrefix = from > 0 && start - from < MAX_CONTEXT;
      const canSuffix = to < text.length && to - end < MAX_CONTEXT;
      if (!canPrefix && !canSuffix) return undefined;
      if ((step % 2 === 0 && canPrefix) || !canSuffix) from = wordBefore(text, from);
      else to = wordAfter(text, to);
      const prefix = text.slice(from, start);
      const suffix = text.slice(end, to);
      at = at.filter(
        (i) =>
          text.slice(i - prefix.length, i) === prefix &&
          text.slice(i + exact.length, i + exact.length + suffix.length) === suffix,
      );
      if (at.length === 1) return { exact, ...(prefix && { prefix }), ...(suffix && { suffix }) };
    }
  }
}

/** The start of the word before `i`, with the space between them. */
function wordBefore(text: string, i: number): number {
  let j = i;
  while (j > 0 && /\s/.test(text[j - 1] as string)) j -= 1;
  while (j > 0 && !/\s/.test(text[j - 1] as string)) j -= 1;
  return j;
}

/** The end of the word after `i`, with the space between them. */
function wordAfter(text: string, i: number): number {
  let j = i;
  while (j < text.length && /\s/.test(text[j] as string)) j += 1;
  while (j < text.length && !/\s/.test(text[j] as string)) j += 1;
  return j;
}
