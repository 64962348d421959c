/** A run of plain text, or a web address written out in it. */
export type LinkPart = { type: "text"; text: string } | { type: "url"; text: string; href: string };

// An http(s) address up to whitespace; punctuation that ends a sentence or closes a bracket stays outside.
const URL_RE = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’”]/g;

/**
 * A text cut into plain runs and the web addresses written in it, so each address can be shown as a
 * link (on the website) or a terminal hyperlink. The parts' texts joined are exactly `text`.
 */
export function linkParts(text: string): LinkPart[] {
  const out: LinkPart[] = [];
  let at = 0;
  for (const m of text.matchAll(URL_RE)) {
    if (m.index > at) out.push({ type: "text", text: text.slice(at, m.index) });
    out.push({ type: "url", text: m[0], href: m[0] });
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push({ type: "text", text: text.slice(at) });
  return out;
}
