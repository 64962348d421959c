import type { DateValue, Entity, Evidence, Paragraph, Relation, ReportDocument } from "@report/data";
import { datePrecision, indexReport, type ReportIndex } from "@report/data";
import { createSearch, type ReportSearch } from "@report/search";

/**
 * Everything the commands and the interactive app read: the document, its index and the search.
 * The search index is built on first use: most commands, and the explorer's first frame, need none.
 */
export interface Model {
  readonly report: ReportDocument;
  readonly index: ReportIndex;
  readonly search: ReportSearch;
}

export function createModel(report: ReportDocument): Model {
  let search: ReportSearch | undefined;
  return {
    report,
    index: indexReport(report),
    get search() {
      search ??= createSearch([report]);
      return search;
    },
  };
}

/**
 * `compute(m, ...args)` remembered per model for the last `size` distinct argument lists (the model
 * and its document are never changed, so results stay valid). For derived rows and lines that
 * every keypress would otherwise recompute.
 */
export function memo<A extends readonly (string | number | undefined)[], T>(
  compute: (m: Model, ...args: A) => T,
  size = 4,
): (m: Model, ...args: A) => T {
  const cache = new WeakMap<Model, Map<string, T>>();
  return (m, ...args) => {
    let entries = cache.get(m);
    if (!entries) {
      entries = new Map();
      cache.set(m, entries);
    }
    const key = JSON.stringify(args);
    const hit = entries.get(key);
    if (hit !== undefined || entries.has(key)) {
      entries.delete(key);
      entries.set(key, hit as T);
      return hit as T;
    }
    const value = compute(m, ...args);
    entries.set(key, value);
    if (entries.size > size) entries.delete(entries.keys().next().value as string);
    return value;
  };
}

/** `compute(m)` once per model (the model and its document are never changed). */
export function perModel<T>(compute: (m: Model) => T): (m: Model) => T {
  const cache = new WeakMap<Model, T>();
  return (m) => {
    if (!cache.has(m)) cache.set(m, compute(m));
    return cache.get(m) as T;
  };
}

export interface TimelineItem {
  edtf: string;
  precision: string;
  role: string;
  /** The entity or relation that carries the date. */
  ownerId: string;
  ownerLabel: string;
  evidence: Evidence;
}

/** Sort key: the first date of an interval, open starts first. */
const sortKey = (edtf: string) => (edtf.startsWith("..") ? "0000" : edtf);

/** Every dated fact, oldest first (computed once per model; do not mutate). */
export const timeline = perModel(timelineOf);

function timelineOf(m: Model): TimelineItem[] {
  const items: TimelineItem[] = [];
  const add = (ownerId: string, ownerLabel: string, dates: DateValue[]) => {
    for (const d of dates) {
      items.push({
        edtf: d.edtf,
        precision: datePrecision(d.edtf),
        role: d.role,
        ownerId,
        ownerLabel,
        evidence: d.evidence,
      });
    }
  };
  for (const e of m.report.entities) add(e.id, e.name, e.dates);
  for (const r of m.report.relations) add(r.id, relationLabel(m, r), r.dates);
  return items.sort((a, b) => sortKey(a.edtf).localeCompare(sortKey(b.edtf)) || a.ownerId.localeCompare(b.ownerId));
}

export function relationLabel(m: Model, r: Relation): string {
  const name = (id: string) => m.index.getEntity(id)?.name ?? id;
  return `${name(r.source)} ${r.type} ${name(r.target)}`;
}

/** The paragraphs in reading order, with their part heading where one starts. */
export function paragraphs(m: Model): Paragraph[] {
  return m.report.structure.paragraphs;
}

export function paragraphText(m: Model, p: Paragraph): string {
  return m.index.textOf(p);
}

/** Spans (absolute offsets) of entity evidence inside a paragraph, merged, for highlighting. */
export function mentionSpans(m: Model, paragraphId: string): [number, number][] {
  return (mentionsByParagraph(m).get(paragraphId) ?? []).map(([s, e]) => [s, e]);
}

/** Every paragraph's mention spans, merged, from one pass over the entities' evidence. */
const mentionsByParagraph = perModel((m) => {
  const byParagraph = new Map<string, [number, number][]>();
  for (const e of m.report.entities) {
    for (const ev of e.evidence) {
      const spans = byParagraph.get(ev.paragraphId);
      if (spans) spans.push(nameSpan(m, e, ev));
      else byParagraph.set(ev.paragraphId, [nameSpan(m, e, ev)]);
    }
  }
  for (const [id, spans] of byParagraph) byParagraph.set(id, merge(spans));
  return byParagraph as ReadonlyMap<string, readonly (readonly [number, number])[]>;
});

function merge(spans: [number, number][]): [number, number][] {
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** The entity's name inside its evidence quote when it occurs there, else the whole quote. */
function nameSpan(m: Model, e: Entity, ev: Evidence): [number, number] {
  const quote = m.report.source.text.slice(ev.start, ev.end);
  for (const n of [e.name, ...e.aliases]) {
    const i = quote.toLowerCase().indexOf(n.toLowerCase());
    if (i >= 0) return [ev.start + i, ev.start + i + n.length];
  }
  return [ev.start, ev.end];
}

/** The sentence(s) around an evidence quote, with the quote's span relative to that text. */
export function quoteInContext(m: Model, ev: Evidence): { text: string; start: number; end: number } {
  const ss = ev.sentenceIds.map((id) => m.index.getSentence(id)).filter((s) => s !== undefined);
  const from = Math.min(ev.start, ...ss.map((s) => s.start));
  const to = Math.max(ev.end, ...ss.map((s) => s.end));
  return { text: m.report.source.text.slice(from, to), start: ev.start - from, end: ev.end - from };
}

export function partHeading(m: Model, p: Paragraph): string {
  if (!p.partId) return p.role === "bureau" ? "Issuing bureau" : "Introduction";
  return partHeadings(m).get(p.partId) ?? "";
}

const partHeadings = perModel((m) => new Map(m.report.structure.parts.map((x) => [x.id, x.heading])));

/** Longest id or name the CLI looks up; a longer one is refused before any suggestion is computed. */
export const MAX_ID_LENGTH = 200;

/**
 * Ids ranked by edit distance to `id` (substring matches first): one distance per candidate, computed
 * before sorting (inside the comparator it was O(n log n) of them).
 */
export function closestIds(ids: readonly string[], id: string, n = 3, distanceOf = editDistance): string[] {
  const scored = ids.map((c) => ({ c, score: (c.includes(id) ? 0 : 1) * 100 + distanceOf(c, id) }));
  return scored
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c))
    .slice(0, n)
    .map((x) => x.c);
}

export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
