import { datePrecision, type Relation } from "@report/data";
import type { Model } from "../model.ts";
import { dateSegs, evidenceTarget, quoteSegs, type Row, row } from "./rows.ts";
import type { Seg } from "./text.ts";

/** The rows of an entity's detail view; rows with a target are where Enter goes somewhere. */
export function detailRows(m: Model, id: string, width: number): Row[] {
  const e = m.index.getEntity(id);
  if (!e) return [row("missing", [{ text: `no entity '${id}'` }], width)];
  const rows: Row[] = [];
  const heading = (title: string) => {
    rows.push(row(`h:${title}`, [], width), row(`t:${title}`, [{ text: title, tone: "accent" }], width));
  };
  rows.push(row("name", [{ text: e.name, tone: "bold" }], width));
  rows.push(row("kind", [{ text: `${e.kind} · ${e.id}`, tone: "dim" }], width));
  if (e.aliases.length) rows.push(row("aliases", [{ text: `also: ${e.aliases.join("; ")}` }], width));
  if (e.status) {
    rows.push(row("status", [{ text: "status: " }, { text: e.status.word, tone: "bold" }], width));
  }
  heading("Evidence");
  e.evidence.forEach((ev, i) => {
    rows.push(row(`ev:${i}`, quoteSegs(m, ev), width, evidenceTarget(ev)));
  });
  if (e.properties.length) heading("Properties");
  e.properties.forEach((p, i) => {
    rows.push(
      row(`p:${i}`, [{ text: `${p.name}: `, tone: "dim" }, { text: p.value }], width, evidenceTarget(p.evidence)),
    );
  });
  if (e.dates.length) heading("Dates");
  e.dates.forEach((d, i) => {
    rows.push(row(`d:${i}`, dateSegs(d.edtf, d.role), width, evidenceTarget(d.evidence)));
  });
  if (e.quantities.length) heading("Quantities");
  e.quantities.forEach((q, i) => {
    const n = q.type === "count" ? String(q.value) : `${q.min}-${q.max}`;
    rows.push(
      row(
        `q:${i}`,
        [{ text: `${n} ${q.unit}`, tone: "bold" }, { text: `: ${q.counts}` }],
        width,
        evidenceTarget(q.evidence),
      ),
    );
  });
  const { outgoing, incoming } = m.index.relationsOf(e.id);
  const name = (x: string) => m.index.getEntity(x)?.name ?? x;
  if (outgoing.length + incoming.length) heading("Relations");
  const extra = (r: Relation): Seg[] => {
    const bits = [r.status?.word, ...r.dates.map((d) => `${d.edtf} ${datePrecision(d.edtf)}`)].filter(Boolean);
    return bits.length ? [{ text: ` (${bits.join("; ")})`, tone: "dim" }] : [];
  };
  for (const r of outgoing) {
    const segs: Seg[] = [{ text: `-> ${r.type} `, tone: "dim" }, { text: name(r.target) }, ...extra(r)];
    rows.push(row(`o:${r.id}`, segs, width, { to: "entity", id: r.target }));
  }
  for (const r of incoming) {
    const segs: Seg[] = [
      { text: "<- ", tone: "dim" },
      { text: name(r.source) },
      { text: ` ${r.type} this`, tone: "dim" },
      ...extra(r),
    ];
    rows.push(row(`i:${r.id}`, segs, width, { to: "entity", id: r.source }));
  }
  return rows;
}
