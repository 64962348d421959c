// Number words and digits as printed in English prose. Small and closed, so a table beats a
// dependency: the libraries that do this either pull in a whole NLP toolkit or are unmaintained.

const ONES =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen";
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety";
const SMALL: Record<string, number> = {
  ...Object.fromEntries(ONES.split(" ").map((w, i) => [w, i])),
  ...Object.fromEntries(TENS.split(" ").map((w, i) => [w, 20 + 10 * i])),
  dozen: 12,
};
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

const WORD = `(?:${[...Object.keys(SMALL), ...Object.keys(SCALE)].join("|")})`;
/** Digits (2,500 or 1.5) with an optional scale word, or a run of number words ("twenty-five", "one hundred"). */
export const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?:hundred|thousand|million|billion)\b)?|\b${WORD}(?:[\s-]+${WORD})*\b`;

/** The value of a NUMBER match, or undefined for words that are not a number here. */
export function numberValue(printed: string): number | undefined {
  const s = printed.toLowerCase().trim();
  const digits = /^([\d,]+(?:\.\d+)?)(?:\s+(\w+))?$/.exec(s);
  if (digits) return Number((digits[1] as string).replace(/,/g, "")) * (digits[2] ? (SCALE[digits[2]] ?? 1) : 1);
  let total = 0;
  let current = 0;
  for (const word of s.split(/[\s-]+/)) {
    const small = SMALL[word];
    const scale = SCALE[word];
    if (small !== undefined) current += small;
    else if (scale === 100) current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else return undefined;
  }
  return total + current;
}
