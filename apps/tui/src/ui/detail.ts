import type { Relation } from "@report/data";
import {
  datedWords,
  eventSentence,
  kindLabel,
  propertyLabel,
  quantityWords,
  relationTypeLabel,
  restrictionSentence,
  sanctionSentence,
  strategySentence,
} from "@report/view";
import type { Model } from "../model.ts";
import { evidenceTarget, headingRows, quoteSegs, type Row, row } from "./rows.ts";
import type { Seg } from "./text.ts";

/** The rows of an entity's details; the cursor stops only on rows that lead somewhere. */
export function detailRows(m: Model, id: string, width: number): Row[] {
  const e = m.index.getEntity(id);
  if (!e) return [row("missing", [{ text: `No entity '${id}'.` }], width)];
  const doc = m.report;
  const rows: Row[] = [];
  const heading = (title: string) => headingRows(rows, title, width);
  const quote = (key: string, ev: Parameters<typeof quoteSegs>[1]) =>
    row(key, quoteSegs(m, ev), width, evidenceTarget(m, ev), ev.sentenceIds[0]);
  rows.push(row("name", [{ text: e.name, tone: "bold" }], width));
  rows.push(row("kind", [{ text: `${kindLabel(e.kind)} · ${e.id}`, tone: "dim" }], width));
  if (e.aliases.length) rows.push(row("aliases", [{ text: `Also: ${e.aliases.join("; ")}` }], width));
  if (e.properties.length) heading("Properties");
  e.properties.forEach((p, i) => {
    const segs: Seg[] = [{ text: `${propertyLabel(p.name)}: `, tone: "dim" }, { text: p.value }];
    rows.push(row(`p:${i}`, segs, width, evidenceTarget(m, p.evidence), p.evidence.sentenceIds[0]));
  });
  if (e.dates.length) heading("Dates");
  e.dates.forEach((d, i) => {
    rows.push(row(`d:${i}`, [{ text: datedWords(d), tone: "bold" }], width, evidenceTarget(m, d.evidence)));
  });
  if (e.quantities.length) heading("Quantities");
  e.quantities.forEach((q, i) => {
    const segs: Seg[] = [{ text: quantityWords(q), tone: "bold" }, { text: `: ${q.counts}` }];
    rows.push(row(`q:${i}`, segs, width, evidenceTarget(m, q.evidence)));
  });
  const involved = m.index.involving(e.id);
  const { outgoing, incoming } = involved.relations;
  const name = (x: string) => m.index.getEntity(x)?.name ?? x;
  if (outgoing.length + incoming.length) heading("Relations");
  const extra = (r: Relation): Seg[] =>
    r.qualifiers.length ? [{ text: ` (${r.qualifiers.map((q) => q.word).join("; ")})`, tone: "dim" }] : [];
  for (const r of outgoing) {
    const segs: Seg[] = [{ text: `${relationTypeLabel(r.type)} `, tone: "dim" }, { text: name(r.target) }, ...extra(r)];
    rows.push(row(`o:${r.id}`, segs, width, { to: "entity", id: r.target }, r.id));
  }
  for (const r of incoming) {
    const segs: Seg[] = [
      { text: name(r.source) },
      { text: `: ${relationTypeLabel(r.type)} ${e.name}`, tone: "dim" },
      ...extra(r),
    ];
    rows.push(row(`i:${r.id}`, segs, width, { to: "entity", id: r.source }, r.id));
  }
  const parts = [
    ...involved.events.map((x) => ({ id: x.id, words: eventSentence(doc, x) })),
    ...involved.sanctions.map((x) => ({ id: x.id, words: sanctionSentence(doc, x) })),
    ...involved.restrictions.map((x) => ({ id: x.id, words: restrictionSentence(doc, x) })),
    ...involved.strategies.map((x) => ({ id: x.id, words: strategySentence(doc, x) })),
  ];
  if (parts.length + involved.programs.length) heading("Takes part in");
  for (const p of parts) rows.push(row(`x:${p.id}`, [{ text: p.words }], width, { to: "record", id: p.id }, p.id));
  for (const p of involved.programs)
    rows.push(row(`x:${p.id}`, [{ text: p.name }], width, { to: "entity", id: p.id }, p.id));
  // The quotes last: what it is, whom it works with and what it takes part in come first.
  heading("In the report's words");
  e.evidence.forEach((ev, i) => {
    rows.push(quote(`ev:${i}`, ev));
  });
  return rows;
}
