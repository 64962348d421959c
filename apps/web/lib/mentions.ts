import { type Entity, type Evidence, entities } from "@report/data";

export interface Mention {
  start: number;
  end: number;
  entityId: string;
}

/** A run of text: plain, or a mention of one entity. */
export interface Piece {
  start: number;
  end: number;
  entityId: string | undefined;
}

/**
 * Where each entity is mentioned. Mentions come from evidence spans: when the entity's name or an
 * alias occurs inside its quote, the mention is that occurrence; otherwise the whole quote.
 */
export function mentionsOf(list: readonly Entity[]): Mention[] {
  const out: Mention[] = [];
  for (const e of list) {
    const names = [e.name, ...e.aliases].map((n) => n.toLowerCase());
    for (const ev of e.evidence) out.push(narrow(ev, names, e.id));
  }
  return out;
}

function narrow(ev: Evidence, names: string[], entityId: string): Mention {
  const q = ev.quote.toLowerCase();
  for (const n of names) {
    const at = q.indexOf(n);
    if (at >= 0) return { start: ev.start + at, end: ev.start + at + n.length, entityId };
  }
  return { start: ev.start, end: ev.end, entityId };
}

let cached: Mention[] | undefined;
export function allMentions(): Mention[] {
  cached ??= mentionsOf(entities);
  return cached;
}

/**
 * Cuts `[start, end)` into pieces at every mention boundary. Where mentions overlap, each piece
 * belongs to the shortest (most specific) mention covering it; adjacent pieces of one entity merge.
 */
export function piecesOf(span: { start: number; end: number }, mentions: readonly Mention[]): Piece[] {
  const inside = mentions.filter((m) => m.end > span.start && m.start < span.end);
  const cuts = new Set([span.start, span.end]);
  for (const m of inside) {
    cuts.add(Math.max(m.start, span.start));
    cuts.add(Math.min(m.end, span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = inside
      .filter((m) => m.start <= start && m.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.entityId.localeCompare(b.entityId));
    const entityId = covering[0]?.entityId;
    const last = pieces.at(-1);
    if (last && last.entityId === entityId) last.end = end;
    else pieces.push({ start, end, entityId });
  }
  return pieces;
}

/** An evidence quote inside the sentence(s) it belongs to: the words before, the quote, the words after. */
export function quoteInContext(
  ev: Evidence,
  text: string,
  sentenceSpan: (id: string) => { start: number; end: number } | undefined,
): { before: string; quote: string; after: string; anchor: string } {
  const spans = ev.sentenceIds.flatMap((id) => sentenceSpan(id) ?? []);
  const start = Math.min(ev.start, ...spans.map((s) => s.start));
  const end = Math.max(ev.end, ...spans.map((s) => s.end));
  return {
    before: text.slice(start, ev.start),
    quote: text.slice(ev.start, ev.end),
    after: text.slice(ev.end, end),
    anchor: ev.sentenceIds[0] ?? ev.paragraphId,
  };
}
