/** `[start, end)` offsets, with what the span stands for (an entity id, a match …). */
export interface MarkedSpan {
  start: number;
  end: number;
  id?: string | undefined;
}

/** One kind of highlight over a text: mentions, search matches, the quote a link points at … */
export interface Layer {
  name: string;
  spans: readonly MarkedSpan[];
}

/** A run of text under the same marks: for each layer that covers it, the id of its covering span. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Layer name → the covering span's id (its layer's name when the span has none). */
  marks: Record<string, string>;
}

/**
 * Cuts `text` (which starts at offset `offset` of whatever the spans count in) into segments at every
 * span edge, each with the marks that cover it. Within a layer the shortest covering span wins (then
 * the smaller id); neighbouring segments with the same marks are merged. The segments' texts joined
 * are exactly `text`. The one function behind every highlight: mentions, quotes, search matches.
 */
export function segments(text: string, layers: readonly Layer[], offset = 0): Segment[] {
  const end = offset + text.length;
  const inside = layers.map((l) => ({
    name: l.name,
    spans: l.spans
      .filter((s) => s.end > offset && s.start < end && s.end > s.start)
      .map((s) => ({ start: Math.max(s.start, offset), end: Math.min(s.end, end), id: s.id ?? l.name }))
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.id.localeCompare(b.id)),
  }));
  const cuts = new Set([offset, end]);
  for (const l of inside)
    for (const s of l.spans) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const marks: Record<string, string> = {};
    for (const l of inside) {
      const covering = l.spans.find((s) => s.start <= from && s.end >= to);
      if (covering) marks[l.name] = covering.id;
    }
    const last = out.at(-1);
    if (last && sameMarks(last.marks, marks)) {
      last.end = to;
      last.text = text.slice(last.start - offset, to - offset);
    } else out.push({ start: from, end: to, text: text.slice(from - offset, to - offset), marks });
  }
  return out;
}

function sameMarks(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** `[start, end]` pairs (as search snippets give them) as a layer's spans. */
export const pairSpans = (pairs: readonly (readonly [number, number])[]): MarkedSpan[] =>
  pairs.map(([start, end]) => ({ start, end }));
