import type { Paragraph, Part, Sentence, Structure } from "../schemas/structure.ts";
import { type Span, sentenceSpans } from "./sentences.ts";

/**
 * A part heading on a line of its own, in each form the series prints: "Part 1: U.S. Government's
 * Democracy Objectives" (2010), "Part 1: Political and Human Rights Conditions" (2009), or a bare
 * "Part 1" (2008). "Part 2 of the plan …" is prose, not a heading.
 */
const PART_HEADING = /^Part (\d+)(?:(?:[:.]|\s[-\u2013\u2014])(?:\s+\S.*)?)?$/;
const MAX_HEADING = 200;

/** Trims whitespace (and a byte order mark) off both ends of a span. */
function trimSpan(text: string, start: number, end: number): Span {
  const piece = text.slice(start, end);
  return { start: start + piece.length - piece.trimStart().length, end: end - (piece.length - piece.trimEnd().length) };
}

/** Blocks separated by blank lines (lines of spaces or tabs count as blank; CRLF as LF). */
export function blocks(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/\r?\n(?:[ \t]*\r?\n)+/g)) {
    out.push(trimSpan(text, start, m.index));
    start = m.index + m[0].length;
  }
  out.push(trimSpan(text, start, text.length));
  return out.filter((b) => b.end > b.start);
}

/** The heading line at the start of a block, if the block opens with one. */
function headingOf(text: string, b: Span): { line: Span; number: number } | undefined {
  const firstLineEnd = text.indexOf("\n", b.start);
  const line = trimSpan(text, b.start, firstLineEnd === -1 || firstLineEnd > b.end ? b.end : firstLineEnd);
  const m = line.end - line.start <= MAX_HEADING ? PART_HEADING.exec(text.slice(line.start, line.end)) : null;
  return m ? { line, number: Number(m[1]) } : undefined;
}

/**
 * Derives the report's structure from its layout: a bureau line, an intro, then part headings
 * each followed by body paragraphs (a heading may also share its block with the paragraph below
 * it). Ids follow reading order, so they are stable for as long as the source text is. Throws when
 * the text has no bureau line and intro.
 */
export function segment(text: string): Structure {
  const [bureau, intro, ...rest] = blocks(text);
  if (!bureau || !intro || headingOf(text, intro))
    throw new Error("the text needs a bureau line, a blank line, then an intro paragraph before any part heading");
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const parts: Part[] = [];

  const addParagraph = (id: string, role: Paragraph["role"], partId: string | null, b: Span) => {
    const spans = sentenceSpans(text, b.start, b.end);
    const sentenceIds = spans.map((_, i) => `${id}-s${i + 1}`);
    for (const [i, s] of spans.entries()) sentences.push({ id: sentenceIds[i] as string, paragraphId: id, ...s });
    paragraphs.push({ id, role, partId, sentenceIds, start: b.start, end: b.end });
    return id;
  };

  addParagraph("bureau", "bureau", null, bureau);
  addParagraph("intro", "intro", null, intro);
  let current: Part | undefined;
  let n = 0;
  for (const b of rest) {
    const heading = headingOf(text, b);
    let body: Span | undefined = b;
    if (heading) {
      const taken = parts.filter((p) => p.number === heading.number).length;
      const id = `part-${heading.number}${taken > 0 ? `-${taken + 1}` : ""}`;
      const { start, end } = heading.line;
      current = { id, number: heading.number, heading: text.slice(start, end), start, end, paragraphIds: [] };
      parts.push(current);
      body = heading.line.end < b.end ? trimSpan(text, heading.line.end, b.end) : undefined;
    }
    if (!body) continue;
    n += 1;
    const id = addParagraph(`p${n}`, "body", current?.id ?? null, body);
    current?.paragraphIds.push(id);
  }
  return { bureauParagraphId: "bureau", introParagraphId: "intro", parts, paragraphs, sentences };
}
