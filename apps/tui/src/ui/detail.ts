import type { Relation } from "@report/data";
import {
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
import { dateSegs, evidenceTarget, quoteSegs, type Row, row } from "./rows.ts";
import type { Seg } from "./text.ts";

/** The rows of an entity's detail view; rows with a target are where Enter goes somewhere. */
export function detailRows(m: Model, id: string, width: number): Row[] {
  const e = m.index.getEntity(id);
  if (!e) return [row("missing", [{ text: `no entity '${id}'` }], width)];
  const doc = m.report;
  const rows: Row[] = [];
  const heading = (title: string) => {
    rows.push(row(`h:${title}`, [], width), row(`t:${title}`, [{ text: title, tone: "accent" }], width));
  };
  rows.push(row("name", [{ text: e.name, tone: "bold" }], width));
  rows.push(row("kind", [{ text: `${kindLabel(e.kind)} · ${e.id}`, tone: "dim" }], width));
  if (e.aliases.length) rows.push(row("aliases", [{ text: `also: ${e.aliases.join("; ")}` }], width));
  heading("Evidence");
  e.evidence.forEach((ev, i) => {
    rows.push(row(`ev:${i}`, quoteSegs(m, ev), width, evidenceTarget(ev)));
  });
  if (e.properties.length) heading("Properties");
  e.properties.forEach((p, i) => {
    const segs: Seg[] = [{ text: `${propertyLabel(p.name)}: `, tone: "dim" }, { text: p.value }];
    rows.push(row(`p:${i}`, segs, width, evidenceTarget(p.evidence)));
  });
  if (e.dates.length) heading("Dates");
  e.dates.forEach((d, i) => {
    rows.push(row(`d:${i}`, dateSegs(d), width, evidenceTarget(d.evidence)));
  });
  if (e.quantities.length) heading("Quantities");
  e.quantities.forEach((q, i) => {
    const segs: Seg[] = [{ text: quantityWords(q), tone: "bold" }, { text: `: ${q.counts}` }];
    rows.push(row(`q:${i}`, segs, width, evidenceTarget(q.evidence)));
  });
  const involved = m.index.involving(e.id);
  const parts = [
    ...involved.events.map((x) => ({ id: x.id, words: eventSentence(doc, x), ev: x.evidence[0] })),
    ...involved.sanctions.map((x) => ({ id: x.id, words: sanctionSentence(doc, x), ev: x.evidence[0] })),
    ...involved.restrictions.map((x) => ({ id: x.id, words: restrictionSentence(doc, x), ev: x.evidence[0] })),
    ...involved.strategies.map((x) => ({ id: x.id, words: strategySentence(doc, x), ev: x.evidence[0] })),
  ];
  if (parts.length + involved.programs.length) heading("Takes part in");
  for (const p of parts)
    rows.push(row(`x:${p.id}`, [{ text: p.words }], width, p.ev ? evidenceTarget(p.ev) : undefined));
  for (const p of involved.programs) rows.push(row(`x:${p.id}`, [{ text: p.name }], width, { to: "entity", id: p.id }));
  const { outgoing, incoming } = involved.relations;
  const name = (x: string) => m.index.getEntity(x)?.name ?? x;
  if (outgoing.length + incoming.length) heading("Relations");
  const extra = (r: Relation): Seg[] =>
    r.qualifiers.length ? [{ text: ` (${r.qualifiers.map((q) => q.word).join("; ")})`, tone: "dim" }] : [];
  for (const r of outgoing) {
    const segs: Seg[] = [
      { text: `-> ${relationTypeLabel(r.type)} `, tone: "dim" },
      { text: name(r.target) },
      ...extra(r),
    ];
    rows.push(row(`o:${r.id}`, segs, width, { to: "entity", id: r.target }));
  }
  for (const r of incoming) {
    const segs: Seg[] = [
      { text: "<- ", tone: "dim" },
      { text: name(r.source) },
      { text: ` ${relationTypeLabel(r.type)} this`, tone: "dim" },
      ...extra(r),
    ];
    rows.push(row(`i:${r.id}`, segs, width, { to: "entity", id: r.source }));
  }
  return rows;
}
