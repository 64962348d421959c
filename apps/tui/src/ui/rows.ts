import type { Evidence } from "@report/data";
import { datePrecision } from "@report/data";
import type { SearchHit } from "@report/search";
import { type Model, quoteInContext, type TimelineItem } from "../model.ts";
import type { Item } from "./scroll-list.tsx";
import { type Seg, spansToSegs, wrap } from "./text.ts";

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
  const q = quoteInContext(m, ev);
  return [{ text: `[${ev.paragraphId}] `, tone: "dim" }, ...spansToSegs(q.text, [[q.start, q.end]], "mark")];
}

export function entityRows(m: Model, filter: string, width: number): Row[] {
  const f = filter.trim().toLowerCase();
  const hit = (s: string) => s.toLowerCase().includes(f);
  return m.report.entities
    .filter((e) => !f || hit(e.name) || hit(e.id) || hit(e.kind) || e.aliases.some(hit))
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.kind.localeCompare(b.e.kind) || a.i - b.i)
    .map(({ e }) => ({
      key: e.id,
      lines: [[{ text: e.kind.padEnd(18).slice(0, 18), tone: "dim" as const }, { text: e.name.slice(0, width - 22) }]],
      target: { to: "entity" as const, id: e.id },
    }));
}

/** The entities with evidence in a paragraph, in the order the paragraph first names them. */
export function mentionRows(m: Model, paragraphId: string, width: number): Row[] {
  const first = (id: string) =>
    Math.min(
      ...(m.index
        .getEntity(id)
        ?.evidence.filter((e) => e.paragraphId === paragraphId)
        .map((e) => e.start) ?? []),
    );
  return entityRows(m, "", width)
    .filter((r) => Number.isFinite(first(r.key)))
    .sort((a, b) => first(a.key) - first(b.key));
}

export function timelineRows(items: TimelineItem[], width: number): Row[] {
  return items.map((t, i) =>
    row(
      `${t.ownerId}:${i}`,
      [
        { text: `${t.edtf.padEnd(11)} `, tone: "bold" },
        { text: `${t.precision.padEnd(13)} `, tone: "dim" },
        { text: `${t.ownerLabel}: ${t.role}` },
      ],
      width,
      evidenceTarget(t.evidence),
    ),
  );
}

export function searchRows(m: Model, hits: SearchHit[], width: number): Row[] {
  return hits.map((h) => {
    const sentence = h.sentenceId ? m.index.getSentence(h.sentenceId) : undefined;
    const para = m.index.getParagraph(h.paragraphId);
    const span = sentence ?? para;
    const target: Target =
      h.kind === "entity"
        ? { to: "entity", id: h.id }
        : { to: "reader", paragraphId: h.paragraphId, span: span ? [span.start, span.end] : [0, 0] };
    const head: Seg[] = [
      { text: h.title, tone: "bold" },
      { text: `  ${h.kind === "entity" ? h.context : (h.sentenceId ?? h.id)}`, tone: "dim" },
    ];
    return {
      key: h.key,
      lines: [
        ...wrap(head, width - 2),
        ...wrap(spansToSegs(h.snippet.text, h.snippet.highlights, "mark"), width - 4, "  ").map((l) => [
          { text: "  " },
          ...l,
        ]),
      ].slice(0, 4),
      target,
    };
  });
}

export function dateSegs(edtf: string, role: string): Seg[] {
  return [{ text: `${edtf} `, tone: "bold" }, { text: `(${datePrecision(edtf)}) `, tone: "dim" }, { text: role }];
}
export { row };
