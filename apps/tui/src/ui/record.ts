import {
  capitalize,
  eventFacts,
  recordKindLabel,
  recordSentence,
  recordTitle,
  sanctionChain,
  typedRecord,
} from "@report/view";
import type { Model } from "../model.ts";
import { columnRow, evidenceTarget, headingRows, quoteSegs, type Row, row, type Target } from "./rows.ts";
import type { Seg } from "./text.ts";

/**
 * The rows of a record's details (an event, a sanction, a restriction, a strategy, a goal, a relation):
 * its sentence, its facts (each entity a row that opens it), a sanction's chain, and its evidence.
 */
export function recordRows(m: Model, id: string, width: number): Row[] {
  const doc = m.report;
  const r = typedRecord(doc, id);
  if (!r) return [row("missing", [{ text: `No record '${id}'.` }], width)];
  const rows: Row[] = [];
  const heading = (title: string) => headingRows(rows, title, width);
  rows.push(row("title", [{ text: recordTitle(doc, id) ?? id, tone: "bold" }], width));
  rows.push(row("kind", [{ text: `${recordKindLabel(doc, id) ?? ""} · ${id}`, tone: "dim" }], width));
  const sentence = recordSentence(doc, id);
  // An event's or a sanction's sentence repeats what follows as rows of their own (the date, the history).
  if (sentence && sentence !== recordTitle(doc, id) && r.kind !== "sanction" && r.kind !== "event")
    rows.push(row("sentence", [{ text: sentence }], width));
  const entity = (x: string): Target => ({ to: "entity", id: x });
  if (r.kind === "event") {
    heading("What happened");
    for (const f of eventFacts(doc, r.record)) {
      const named = f.ids.filter((x) => m.index.getEntity(x));
      if (named.length > 1) {
        // One row per entity, so that each can be opened.
        named.forEach((x, i) => {
          const value: Seg[] = [{ text: m.index.getEntity(x)?.name ?? x }];
          rows.push(columnRow(`f:${f.label}:${x}`, i === 0 ? f.label : "", value, width, 10, entity(x), x));
        });
        continue;
      }
      const target: Target | undefined = named[0]
        ? entity(named[0])
        : f.ids[0]
          ? { to: "record", id: f.ids[0] }
          : f.evidence
            ? evidenceTarget(m, f.evidence)
            : undefined;
      rows.push(columnRow(`f:${f.label}:${f.text}`, f.label, [{ text: f.text }], width, 10, target, f.ids[0]));
    }
  }
  if (r.kind === "sanction") {
    const c = sanctionChain(doc, r.record);
    heading("Now");
    rows.push(columnRow("state", "State", [{ text: c.state, tone: "bold" }], width, 10));
    rows.push(
      columnRow("by", "By", [{ text: c.authority }], width, 10, entity(r.record.authority), r.record.authority),
    );
    r.record.targets.forEach((x, i) => {
      const value: Seg[] = [{ text: m.index.getEntity(x)?.name ?? x }];
      rows.push(columnRow(`on:${x}`, i === 0 ? "On" : "", value, width, 10, entity(x), x));
    });
    heading("History");
    for (const s of c.steps) {
      const segs: Seg[] = [{ text: s.text }, { text: s.from ? ` (${s.from})` : "", tone: "dim" }];
      rows.push(row(`step:${s.eventId}`, segs, width, { to: "record", id: s.eventId }, s.eventId));
    }
    if (c.conditions.length) heading("Conditions");
    for (const [i, cond] of c.conditions.entries())
      rows.push(
        row(`cond:${i}`, [{ text: cond.text }], width, evidenceTarget(m, cond.evidence), cond.evidence.sentenceIds[0]),
      );
  }
  if (r.kind === "strategy" && r.record.priorityAreas.length) {
    heading("Priority areas");
    for (const a of r.record.priorityAreas)
      rows.push(row(`area:${a.id}`, [{ text: capitalize(a.name) }], width, { to: "record", id: a.id }, a.id));
  }
  const evidence = [r.record.evidence].flat();
  if (evidence.length) heading("In the report's words");
  evidence.forEach((ev, i) => {
    rows.push(row(`ev:${i}`, quoteSegs(m, ev), width, evidenceTarget(m, ev), ev.sentenceIds[0]));
  });
  return rows;
}
