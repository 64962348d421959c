/** How a piece of text is shown: a search match, an entity mention, a heading, muted text. */
export type Tone = "mark" | "mention" | "bold" | "dim" | "accent";
export interface Seg {
  text: string;
  tone?: Tone | undefined;
  /** The sentence of the report the text belongs to (the reader's cursor lights it up). */
  sid?: string | undefined;
}
export type Line = Seg[];

/** Word-wraps styled segments to `width` columns; `indent` starts every line after the first. */
export function wrap(segs: readonly Seg[], width: number, indent = ""): Line[] {
  const w = Math.max(4, width);
  const lines: Line[] = [];
  let line: Seg[] = [];
  let len = 0;
  let lineStart = 0;
  const push = (text: string, tone?: Tone, sid?: string) => {
    const last = line.at(-1);
    if (last && last.tone === tone && last.sid === sid) last.text += text;
    else line.push(sid === undefined ? { text, tone } : { text, tone, sid });
    len += text.length;
  };
  const newline = () => {
    lines.push(line);
    line = indent ? [{ text: indent }] : [];
    len = indent.length;
    lineStart = len;
  };
  // Words, each the pieces of the segments it spans ("Belneftekhim" then "," stay one word, so a line
  // never starts with the comma), and the spaces between them.
  type Piece = { text: string; tone?: Tone | undefined; sid?: string | undefined };
  const tokens: { space: boolean; pieces: Piece[] }[] = [];
  for (const seg of segs)
    for (const text of seg.text.split(/(\s+)/)) {
      if (text === "") continue;
      const space = /^\s+$/.test(text);
      const piece = { text, tone: seg.tone, sid: seg.sid };
      const last = tokens.at(-1);
      if (!space && last && !last.space) last.pieces.push(piece);
      else tokens.push({ space, pieces: [piece] });
    }
  for (const { space, pieces } of tokens) {
    if (space) {
      const [{ text, tone, sid } = { text: "" }] = pieces;
      if (len > lineStart && len + text.length <= w) push(text.replace(/\s/g, " "), tone, sid);
      continue;
    }
    const size = pieces.reduce((n, p) => n + p.text.length, 0);
    if (len + size > w && len > lineStart) {
      const last = line.at(-1);
      if (last) last.text = last.text.trimEnd();
      newline();
    }
    for (const piece of pieces) {
      let word = piece.text;
      while (len + word.length > w) {
        const room = Math.max(1, w - len);
        push(word.slice(0, room), piece.tone, piece.sid);
        word = word.slice(room);
        newline();
      }
      if (word) push(word, piece.tone, piece.sid);
    }
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

export const plain = (text: string, tone?: Tone): Seg[] => [{ text, tone }];
export const lineText = (line: Line) => line.map((s) => s.text).join("");

/**
 * As many of `parts` as fit in `width`, joined by " · ", in order; the first one cut with "…" when
 * not even it fits.
 */
export function fitParts(parts: readonly string[], width: number): string {
  let out = "";
  for (const p of parts) {
    const next = out ? `${out} · ${p}` : p;
    if (next.length > width) break;
    out = next;
  }
  if (out || parts.length === 0) return out;
  const first = parts[0] ?? "";
  return width >= 2 ? `${first.slice(0, width - 1)}…` : "";
}
