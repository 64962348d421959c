import type { Evidence } from "@report/data";
import type { SearchHit } from "@report/search";
import {
  datedWords,
  entitiesNamedIn,
  kindLabel,
  pairSpans,
  passage,
  quoteInContext,
  type TimelineEntry,
  typedRecord,
} from "@report/view";
import type { Model } from "../model.ts";
import type { Item } from "./scroll-list.tsx";
import { type Seg, wrap } from "./text.ts";
import { paint } from "./tone.ts";

/** Where Enter on a row goes. */
export type Target = { to: "entity"; id: string } | { to: "reader"; paragraphId: string; span: [number, number] };
export interface Row extends Item {
  target?: Target | undefined;
}

const row = (key: string, segs: Seg[], width: number, target?: Target): Row => ({
  key,
  lines: wrap(segs, width - 2, "  "),
  target,
});

export const evidenceTarget = (ev: Evidence): Target => ({
  to: "reader",
  paragraphId: ev.paragraphId,
  span: [ev.start, ev.end],
});

/** The quote inside its sentence, the quoted words marked. */
export function quoteSegs(m: Model, ev: Evidence): Seg[] {
  const q = quoteInContext(m.report, ev);
  return [
    { text: `[${ev.paragraphId}] `, tone: "dim" },
    { text: q.before },
    { text: q.quote, tone: "mark" },
    { text: q.after },
  ].filter((s) => s.text !== "") as Seg[];
}

const KIND_WIDTH = 19;

export function entityRows(m: Model, filter: string, width: number): Row[] {
  const f = filter.trim().toLowerCase();
  const hit = (s: string) => s.toLowerCase().includes(f);
  return m.report.entities
    .filter((e) => !f || hit(e.name) || hit(e.id) || hit(e.kind) || hit(kindLabel(e.kind)) || e.aliases.some(hit))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.kind.localeCompare(b.e.kind) || a.i - b.i)
    .map(({ e }) => ({
      key: e.id,
      lines: [
        [
          { text: kindLabel(e.kind).padEnd(KIND_WIDTH).slice(0, KIND_WIDTH), tone: "dim" as const },
          { text: e.name.slice(0, width - KIND_WIDTH - 4) },
        ],
      ],
      target: { to: "entity" as const, id: e.id },
    }));
}

/** The entities named in a paragraph, in the order the paragraph first names them. */
export function mentionRows(m: Model, paragraphId: string, width: number): Row[] {
  const p = m.index.getParagraph(paragraphId);
  if (!p) return [];
  const rows = new Map(entityRows(m, "", width).map((r) => [r.key, r]));
  return entitiesNamedIn(m.report, p).flatMap((e) => rows.get(e.id) ?? []);
}

export function timelineRows(entries: TimelineEntry[], width: number): Row[] {
  const w = Math.min(24, Math.max(...entries.map((t) => t.when.length), 0));
  return entries.map((t) =>
    row(t.id, [{ text: `${t.when.padEnd(w)}  `, tone: "bold" }, { text: t.label }], width, evidenceTarget(t.evidence)),
  );
}

/** Where a search hit leads: an entity to its detail; a paragraph or another record to its words in the reader. */
function hitTarget(m: Model, h: SearchHit): Target {
  if (h.kind === "entity") return { to: "entity", id: h.id };
  const record = typedRecord(m.report, h.id);
  const ev = record ? [record.record.evidence].flat()[0] : undefined;
  if (ev) return evidenceTarget(ev);
  const span = (h.sentenceId ? m.index.getSentence(h.sentenceId) : undefined) ?? m.index.getParagraph(h.paragraphId);
  return { to: "reader", paragraphId: h.paragraphId, span: span ? [span.start, span.end] : [0, 0] };
}

export function searchRows(m: Model, hits: SearchHit[], width: number): Row[] {
  return hits.map((h) => {
    const where = h.kind === "paragraph" ? (passage(m.report, h.sentenceId ?? h.id)?.label ?? h.id) : h.context;
    const head: Seg[] = [
      { text: h.title, tone: "bold" },
      { text: `  ${where}`, tone: "dim" },
    ];
    const snippet = paint(h.snippet.text, [{ spans: pairSpans(h.snippet.highlights), tone: "mark" }]);
    return {
      key: h.key,
      lines: [...wrap(head, width - 2), ...wrap(snippet, width - 4, "  ").map((l) => [{ text: "  " }, ...l])].slice(
        0,
        4,
      ),
      target: hitTarget(m, h),
    };
  });
}

/** A date in words, with what it marks: "since May 2008", "in June 2009". */
export function dateSegs(d: Parameters<typeof datedWords>[0]): Seg[] {
  return [{ text: datedWords(d), tone: "bold" }];
}
export { row };
