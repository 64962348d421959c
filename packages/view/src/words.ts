const and = new Intl.ListFormat("en-US", { style: "long", type: "conjunction" });
const or = new Intl.ListFormat("en-US", { style: "long", type: "disjunction" });

/** "A", "A and B", "A, B, and C". */
export const listWords = (items: readonly string[]): string => and.format(items);
/** The same list as parts, for rendering each item as a link: elements in order, with the words between. */
export const listParts = (items: readonly string[]): { type: "element" | "literal"; value: string }[] =>
  and.formatToParts(items);
/** "A or B", "A, B, or C". */
export const alternativesWords = (items: readonly string[]): string => or.format(items);

/** The first letter in upper case, for the start of a sentence. */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Where `phrase` stands in `text` as whole words (not inside a longer word), or -1. Word edges are letters
 * and digits, so a phrase that ends in punctuation ("U.S.") is found before a space as well.
 */
export function wordsAt(text: string, phrase: string, opts: { ignoreCase?: boolean } = {}): number {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const edge = "[\\p{L}\\p{N}]";
  return text.search(new RegExp(`(?<!${edge})${escaped}(?!${edge})`, opts.ignoreCase ? "iu" : "u"));
}
