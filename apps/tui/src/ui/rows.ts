import type { Evidence } from "@report/data";
import type { SearchHit } from "@report/search";
import {
  entitiesNamedIn,
  eventSentence,
  eventTypeLabel,
  kindLabel,
  pairSpans,
  passage,
  quoteInContext,
  sanctionChain,
  timelineByYear,
  timelineEntries,
  typedRecord,
} from "@report/view";
import type { Model } from "../model.ts";
import { fuzzyFilter } from "./filter.ts";
import { type Line, type Seg, wrap } from "./text.ts";
import { paint } from "./tone.ts";

/** Where Enter on a row goes: an entity's details, a record's details, or a sentence in the reader (a span marked). */
export type Target =
  | { to: "entity"; id: string }
  | { to: "record"; id: string }
  | { to: "reader"; sentence: string; span: [number, number] };

/** One row of a list; only rows with a target take the cursor. `cite` is what `y` cites and `o` links. */
export interface Row {
  key: string;
  lines: Line[];
  target?: Target | undefined;
  cite?: string | undefined;
}

/** A row of segments wrapped to `width`, later lines indented by `indent`. */
export const row = (key: string, segs: Seg[], width: number, target?: Target, cite?: string, indent = "  "): Row => ({
  key,
  lines: wrap(segs, width, indent),
  target,
  cite,
});

/** A heading row: no cursor stops on it. A blank line above it unless it is the first row. */
export const headingRows = (rows: Row[], title: string, width: number): void => {
  if (rows.length > 0) rows.push({ key: `blank:${title}`, lines: [[]] });
  rows.push(row(`h:${title}`, [{ text: title, tone: "accent" }], width));
};

export function evidenceTarget(m: Model, ev: Evidence): Target {
  const sentence = ev.sentenceIds[0] ?? m.index.getParagraph(ev.paragraphId)?.sentenceIds[0] ?? "";
  return { to: "reader", sentence, span: [ev.start, ev.end] };
}

/** The quote inside its sentence, the quoted words marked, after the passage's label. */
export function quoteSegs(m: Model, ev: Evidence): Seg[] {
  const q = quoteInContext(m.report, ev);
  const where = passage(m.report, ev.sentenceIds[0] ?? ev.paragraphId)?.label ?? ev.paragraphId;
  return [
    { text: `${where}: `, tone: "dim" },
    { text: q.before },
    { text: q.quote, tone: "mark" },
    { text: q.after },
  ].filter((s) => s.text !== "") as Seg[];
}

/** A label column of `w` characters and a value that wraps under itself; a longer label gets a line of its own. */
export function columnRow(
  key: string,
  label: string,
  value: Seg[],
  width: number,
  w: number,
  target?: Target,
  cite?: string,
): Row {
  const col = Math.min(w, Math.floor(width / 3));
  const indent = " ".repeat(col);
  // Built line by line: wrap() drops the spaces a line would start with.
  const body = wrap(value, width - col);
  const fits = label.length <= col - 1;
  const lines = body.map(
    (l, i): Line => [i === 0 && fits ? { text: label.padEnd(col), tone: "dim" } : { text: indent }, ...l],
  );
  return { key, lines: fits ? lines : [...wrap([{ text: label, tone: "dim" }], width), ...lines], target, cite };
}

export function entityRows(m: Model, filter: string, width: number): Row[] {
  const list = fuzzyFilter(m.report.entities, filter, (e) => [e.name, ...e.aliases, kindLabel(e.kind), e.id]);
  const ordered = filter.trim() ? list : [...list].sort((a, b) => a.kind.localeCompare(b.kind));
  return ordered.map((e) =>
    columnRow(e.id, kindLabel(e.kind), [{ text: e.name }], width, 19, { to: "entity", id: e.id }, e.id),
  );
}

/** Every event once, in the order the report tells them, as a sentence with its date in words. */
export function eventRows(m: Model, filter: string, width: number): Row[] {
  const doc = m.report;
  const list = fuzzyFilter(doc.events, filter, (e) => [eventSentence(doc, e), eventTypeLabel(e.type)]);
  return list.map((e) =>
    columnRow(
      e.id,
      eventTypeLabel(e.type),
      [{ text: eventSentence(doc, e) }],
      width,
      19,
      { to: "record", id: e.id },
      e.id,
    ),
  );
}

/** Each sanction with its chain: who imposed it on whom, its state, each dated step and its conditions. */
export function sanctionRows(m: Model, filter: string, width: number): Row[] {
  const doc = m.report;
  const chains = doc.sanctions.map((s) => sanctionChain(doc, s));
  const list = fuzzyFilter(chains, filter, (c) => [c.name, c.targets, c.state, ...c.steps.map((s) => s.text)], {
    keepOrder: true,
  });
  const rows: Row[] = [];
  for (const c of list) {
    if (rows.length) rows.push({ key: `blank:${c.id}`, lines: [[]] });
    rows.push(row(c.id, [{ text: c.name, tone: "bold" }], width, { to: "record", id: c.id }, c.id));
    rows.push(row(`${c.id}:by`, [{ text: `by ${c.authority} · now ${c.state}`, tone: "dim" }], width));
    c.steps.forEach((s, i) => {
      const last = i === c.steps.length - 1;
      const segs: Seg[] = [{ text: last ? "└ " : "├ ", tone: "dim" }, { text: s.text }];
      if (s.from) segs.push({ text: ` (${s.from})`, tone: "dim" });
      rows.push(row(`${c.id}:${s.eventId}`, segs, width, evidenceTarget(m, s.evidence), s.eventId, "  "));
    });
    for (const [i, cond] of c.conditions.entries()) {
      const segs: Seg[] = [{ text: "Condition: ", tone: "dim" }, { text: cond.text }];
      rows.push(
        row(`${c.id}:c${i}`, segs, width, evidenceTarget(m, cond.evidence), cond.evidence.sentenceIds[0], "  "),
      );
    }
  }
  return rows;
}

/** Each dated record once, under its year, in time order; a record dated only after another follows it. */
export function timelineRows(m: Model, filter: string, width: number): Row[] {
  const entries = fuzzyFilter(timelineEntries(m.report), filter, (t) => [t.label, t.when, t.year], { keepOrder: true });
  const w = Math.min(18, Math.max(0, ...entries.map((t) => t.when.length)) + 2);
  const rows: Row[] = [];
  for (const group of timelineByYear(entries)) {
    headingRows(rows, group.year || "Undated", width);
    for (const t of group.entries) {
      const target: Target = { to: typedRecord(m.report, t.id)?.kind === "entity" ? "entity" : "record", id: t.id };
      rows.push(columnRow(t.id, t.when, [{ text: t.label }], width, w, target, t.id));
    }
  }
  return rows;
}

/** The entities named in a sentence, in the order the sentence first names them. */
export function mentionRows(m: Model, sentenceId: string, width: number): Row[] {
  const s = m.index.getSentence(sentenceId);
  if (!s) return [];
  return entitiesNamedIn(m.report, s).map((e) =>
    columnRow(e.id, kindLabel(e.kind), [{ text: e.name }], width, 19, { to: "entity", id: e.id }, e.id),
  );
}

/** Where a search hit leads: an entity or record to its details; a paragraph to its best sentence in the reader. */
function hitTarget(m: Model, h: SearchHit): Target {
  if (h.kind === "entity") return { to: "entity", id: h.id };
  if (h.kind !== "paragraph" && typedRecord(m.report, h.id)) return { to: "record", id: h.id };
  const sentence = h.sentenceId ?? m.index.getParagraph(h.paragraphId)?.sentenceIds[0] ?? "";
  const span = m.index.getSentence(sentence);
  return { to: "reader", sentence, span: span ? [span.start, span.end] : [0, 0] };
}

export function searchRows(m: Model, hits: SearchHit[], width: number): Row[] {
  return hits.map((h) => {
    const where = h.kind === "paragraph" ? (passage(m.report, h.sentenceId ?? h.id)?.label ?? h.id) : h.context;
    const head: Seg[] = [
      { text: h.title, tone: "bold" },
      { text: `  ${where}`, tone: "dim" },
    ];
    const snippet = paint(h.snippet.text, [{ spans: pairSpans(h.snippet.highlights), tone: "mark" }]);
    const lines = [...wrap(head, width), ...wrap(snippet, width - 2, "").map((l) => [{ text: "  " }, ...l])];
    return { key: h.key, lines: lines.slice(0, 4), target: hitTarget(m, h), cite: h.sentenceId ?? h.id };
  });
}
