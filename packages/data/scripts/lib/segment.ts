import type { Paragraph, Part, Sentence, Structure } from "../../src/schemas/structure.ts";

/** Abbreviations whose final period does not end a sentence in this report. */
const ABBREVIATIONS = ["U.S."];
const PART_HEADING = /^Part (\d+): /;

interface Block {
  start: number;
  end: number;
}

function blocks(text: string): Block[] {
  const out: Block[] = [];
  const sep = /\n{2,}/g;
  let start = 0;
  for (const m of text.matchAll(sep)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((b) => b.end > b.start);
}

/** Sentence spans inside `[start, end)`: a break is `.`, `?` or `!`, then space, then a capital. */
export function sentenceSpans(text: string, start: number, end: number): Block[] {
  const body = text.slice(start, end);
  const spans: Block[] = [];
  let from = 0;
  for (const m of body.matchAll(/[.?!]\s+(?=[A-Z])/g)) {
    const before = body.slice(from, m.index + 1);
    if (ABBREVIATIONS.some((a) => before.endsWith(` ${a}`) || before === a)) continue;
    spans.push({ start: start + from, end: start + m.index + 1 });
    from = m.index + m[0].length;
  }
  spans.push({ start: start + from, end });
  return spans;
}

/**
 * Derives the report's structure from its layout: a bureau line, an intro, then part headings
 * ("Part N: ...") each followed by body paragraphs. Ids follow reading order, so they are stable
 * for as long as the source text is.
 */
export function segment(text: string): Structure {
  const all = blocks(text);
  const [bureau, intro, ...rest] = all;
  if (!bureau || !intro) throw new Error("the source has fewer than two blocks (bureau line and intro)");
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const parts: Part[] = [];

  const addParagraph = (id: string, role: Paragraph["role"], partId: string | null, b: Block) => {
    const spans = sentenceSpans(text, b.start, b.end);
    const sentenceIds = spans.map((_, i) => `${id}-s${i + 1}`);
    for (const [i, s] of spans.entries()) sentences.push({ id: sentenceIds[i] as string, paragraphId: id, ...s });
    paragraphs.push({ id, role, partId, sentenceIds, ...b });
    return id;
  };

  addParagraph("bureau", "bureau", null, bureau);
  addParagraph("intro", "intro", null, intro);
  let current: Part | undefined;
  let n = 0;
  for (const b of rest) {
    const heading = text.slice(b.start, b.end);
    const m = PART_HEADING.exec(heading);
    if (m && !heading.includes("\n")) {
      current = { id: `part-${m[1]}`, number: Number(m[1]), heading, ...b, paragraphIds: [] };
      parts.push(current);
      continue;
    }
    n += 1;
    const id = addParagraph(`p${n}`, "body", current?.id ?? null, b);
    current?.paragraphIds.push(id);
  }
  return { bureauParagraphId: "bureau", introParagraphId: "intro", parts, paragraphs, sentences };
}
