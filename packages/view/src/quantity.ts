import type { Quantity } from "@report/data";

const SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const NUMBER = new Intl.NumberFormat("en-US");
const PLURAL = new Intl.PluralRules("en-US");

/** Whole numbers up to ten in words ("five"), others in figures ("16", "1,000"), as style guides write them. */
export const numberWords = (n: number): string =>
  Number.isInteger(n) && n >= 0 && n <= 10 ? (SMALL[n] as string) : NUMBER.format(n);

/** The plural of an English noun phrase (its last word): "diplomat" → "diplomats", "priority area" → "priority areas". */
export function pluralOf(noun: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** "5 diplomat" in words with the right number: "five diplomats", "one diplomat". */
export const countWords = (n: number, unit: string): string =>
  `${numberWords(n)} ${PLURAL.select(n) === "one" ? unit : pluralOf(unit)}`;

/**
 * A quantity in words: "five diplomats", "three priority areas", "ages 16 to 35" (a range of years
 * that counts ages), "16 to 35 years".
 */
export function quantityWords(q: Quantity): string {
  if (q.type === "count") return countWords(q.value, q.unit);
  if (q.unit === "year" && /^ages?\b/.test(q.counts)) return `ages ${NUMBER.format(q.min)} to ${NUMBER.format(q.max)}`;
  return `${NUMBER.format(q.min)} to ${NUMBER.format(q.max)} ${pluralOf(q.unit)}`;
}
