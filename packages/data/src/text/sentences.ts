/** A `[start, end)` span of the source text, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** Words whose final period never ends a sentence: titles and abbreviations that always go on. */
const NEVER_FINAL = new Set(
  "Mr. Mrs. Ms. Dr. Prof. Gen. Col. Lt. Capt. Sgt. Sen. Rep. Gov. Amb. Pres. Hon. Rev. St. Jr. Sr. No. Nos. Art. Vol. pp. Fig. approx. e.g. i.e. cf. vs. viz. Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.".split(
    " ",
  ),
);
/** Abbreviations that may also end a sentence ("…sanctions by the U.S. The EU …"). */
const MAY_END = new Set("U.S. U.N. U.K. E.U. etc. Inc. Ltd. Co. Corp.".split(" "));
/** After an abbreviation that may end a sentence, a new one starts only with one of these words. */
const STARTERS = new Set(
  "The This That These Those There It Its In On At As For From During Following Despite Although However Since While When After Before A An He She They We Our His Her Their".split(
    " ",
  ),
);

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const OPENING = new Set(["\u201c"]);
const CLOSING = new Set(["\u201d"]);

/** The word (non-space run) that ends `s`. */
const lastWord = (s: string) => /\S+$/.exec(s)?.[0] ?? "";

/** Whether a break proposed by the segmenter after `before`, and before `after`, ends a sentence. */
function endsSentence(before: string, after: string): boolean {
  const trimmed = before.trimEnd();
  // Only terminal punctuation (then closing quotes or brackets) ends a sentence; a hard line end does not.
  if (!/[.?!]["'\u201d\u2019)\]]*$/.test(trimmed)) return false;
  const word = lastWord(trimmed).replace(/^["'\u201c\u2018([]+/, "");
  if (NEVER_FINAL.has(word)) return false;
  // A single initial ("J. R. Smith") never ends one.
  if (/^[A-Z]\.$/.test(word)) return false;
  if (MAY_END.has(word) || /^(?:[A-Z]\.){2,}$/.test(word)) {
    const next = /^\s*["'\u201c]?([A-Za-z]+)/.exec(after)?.[1] ?? "";
    return STARTERS.has(next);
  }
  return true;
}

/**
 * Sentence spans inside `[start, end)` of `text`: `Intl.Segmenter` proposes the breaks (Unicode
 * UAX #29) and the rules above drop those after abbreviations and initials, and every break inside
 * a quotation. The spans tile the range, without the whitespace between sentences.
 */
export function sentenceSpans(text: string, start: number, end: number): Span[] {
  // Line ends become spaces (same length, so offsets hold): the segmenter would break at each one.
  const body = text.slice(start, end).replace(/[\r\n]/g, " ");
  const breaks: number[] = [];
  let quoteDepth = 0;
  let straightOpen = false;
  let scanned = 0;
  for (const { index } of segmenter.segment(body)) {
    if (index === 0) continue;
    for (; scanned < index; scanned += 1) {
      const c = body[scanned] as string;
      if (c === '"') straightOpen = !straightOpen;
      else if (OPENING.has(c)) quoteDepth += 1;
      else if (CLOSING.has(c)) quoteDepth = Math.max(0, quoteDepth - 1);
    }
    if (quoteDepth > 0 || straightOpen) continue;
    if (endsSentence(body.slice(0, index), body.slice(index))) breaks.push(index);
  }
  const spans: Span[] = [];
  let from = 0;
  for (const to of [...breaks, body.length]) {
    const piece = body.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (piece.trim() !== "") spans.push({ start: start + from + lead, end: start + to - trail });
    from = to;
  }
  return spans;
}
