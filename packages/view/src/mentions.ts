import type { Entity, Evidence, ReportDocument } from "@report/data";
import { contextOf } from "./context.ts";

/** Where the text names an entity. */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
}

/**
 * Where each entity is named. From each piece of an entity's evidence, the first occurrence of its
 * name or one of its aliases inside the quote (the whole quote when neither occurs), and every
 * context-dependent wording in its `mentions` list ("the country", "the regime") as it stands.
 */
export function mentionsOf(entities: readonly Entity[]): Mention[] {
  const out: Mention[] = [];
  for (const e of entities) {
    const names = [e.name, ...e.aliases].map((n) => n.toLowerCase());
    for (const ev of e.evidence) out.push(narrow(ev, names, e.id));
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, entityId: e.id });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function narrow(ev: Evidence, names: string[], entityId: string): Mention {
  const q = ev.quote.toLowerCase();
  for (const n of names) {
    const at = q.indexOf(n);
    if (at >= 0) return { start: ev.start + at, end: ev.start + at + n.length, entityId };
  }
  return { start: ev.start, end: ev.end, entityId };
}

const cache = new WeakMap<ReportDocument, Mention[]>();

/** Every mention in the document, in text order (computed once per document). */
export function mentionSpans(doc: ReportDocument): Mention[] {
  let list = cache.get(doc);
  if (!list) {
    list = mentionsOf(doc.entities);
    cache.set(doc, list);
  }
  return list;
}

/** The mentions that overlap a span (a paragraph, a sentence). */
export const mentionsIn = (doc: ReportDocument, span: { start: number; end: number }): Mention[] =>
  mentionSpans(doc).filter((m) => m.end > span.start && m.start < span.end);

/** The entities named in a span, each once, in the order the text first names them. */
export function entitiesNamedIn(doc: ReportDocument, span: { start: number; end: number }): Entity[] {
  const { index } = contextOf(doc);
  const ids = [...new Set(mentionsIn(doc, span).map((m) => m.entityId))];
  return ids.flatMap((id) => index.getEntity(id) ?? []);
}

/** An evidence quote inside the sentence(s) it belongs to: the words before, the quote, the words after. */
export function quoteInContext(
  doc: ReportDocument,
  ev: Evidence,
): { before: string; quote: string; after: string; anchor: string } {
  const { index } = contextOf(doc);
  const spans = ev.sentenceIds.flatMap((id) => index.getSentence(id) ?? []);
  const start = Math.min(ev.start, ...spans.map((s) => s.start));
  const end = Math.max(ev.end, ...spans.map((s) => s.end));
  const text = doc.source.text;
  return {
    before: text.slice(start, ev.start),
    quote: text.slice(ev.start, ev.end),
    after: text.slice(ev.end, end),
    anchor: ev.sentenceIds[0] ?? ev.paragraphId,
  };
}
