import type { Structure } from "@report/data/schema";
import type { DefectCandidate } from "./candidates.ts";

const PREPOSITIONS = new Set(
  "at in on of for to from by with about into onto see via including such as than".split(" "),
);
const MARKUP = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi;
// C0 and C1 controls other than tab and line ends; a CR is a control only when no LF follows it.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

const codePoint = (c: string) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * Flaws of the source, recorded and never repaired: a paragraph that ends on a dangling
 * preposition (a link whose target was lost: "…Reports at"), stray markup, and control characters.
 */
export function findDefects(text: string, structure: Structure): DefectCandidate[] {
  const out: DefectCandidate[] = [];
  const sentenceAt = (i: number) => structure.sentences.find((s) => s.start <= i && i < s.end)?.id ?? "";
  for (const p of structure.paragraphs) {
    const body = text.slice(p.start, p.end);
    const last = /(\S+)\s+(\S+)$/.exec(body);
    if (last && PREPOSITIONS.has(last[2] as string)) {
      const start = p.start + last.index;
      out.push({
        kind: "missing-link-target",
        description: `The paragraph ends on the preposition "${last[2]}" with nothing after it: the link or words that followed were probably lost when the page became plain text. Recorded here, not repaired in the text.`,
        start,
        end: p.end,
        sentenceId: sentenceAt(start),
      });
    }
    for (const m of body.matchAll(MARKUP))
      out.push({
        kind: "stray-markup",
        description: `Markup "${printable(m[0])}" is left in the text. Recorded here, not removed from the text.`,
        start: p.start + m.index,
        end: p.start + m.index + m[0].length,
        sentenceId: sentenceAt(p.start + m.index),
      });
    for (const m of body.matchAll(CONTROL))
      out.push({
        kind: "control-character",
        description: `The control character ${codePoint(m[0])} is in the text. Recorded here, not removed from the text.`,
        start: p.start + m.index,
        end: p.start + m.index + 1,
        sentenceId: sentenceAt(p.start + m.index),
      });
  }
  // A control character outside every paragraph (between blocks, in a heading) has no sentence to quote.
  for (const m of text.matchAll(CONTROL))
    if (!structure.paragraphs.some((p) => p.start <= m.index && m.index < p.end))
      out.push({
        kind: "control-character",
        description: `The control character ${codePoint(m[0])} is in the text, outside every paragraph.`,
        start: m.index,
        end: m.index + 1,
        sentenceId: "",
      });
  return out.sort((a, b) => a.start - b.start);
}

/** Text safe to write outside the source: each control character spelled out as U+XXXX. */
export const printable = (s: string) => s.replace(CONTROL, (c) => codePoint(c)).replace(/[\r\n\t]+/g, " ");
