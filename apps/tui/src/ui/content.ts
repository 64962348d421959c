import { recordKindLabel, recordTitle, sentenceLabel, timelineEntries } from "@report/view";
import { type Model, memo } from "../model.ts";
import { detailRows } from "./detail.ts";
import type { Field } from "./field.ts";
import { clamp, fitTop, listPlace } from "./move.ts";
import type { View } from "./nav.ts";
import { overviewLines } from "./overview.ts";
import { type ReaderDoc, readerBuild, readerDoc, sentenceLines } from "./reader.ts";
import { recordRows } from "./record.ts";
import { entityRows, eventRows, mentionRows, type Row, sanctionRows, searchRows, timelineRows } from "./rows.ts";
import type { Line } from "./text.ts";

/** What the status bar says: where you are, how far along, and the keys worth knowing here. */
export interface Status {
  where: string;
  position?: string | undefined;
  hints: string[];
}

export type Content =
  | { kind: "lines"; lines: Line[]; top: number; maxTop: number; status: Status; reader?: ReaderPlace }
  | { kind: "list"; rows: Row[]; sel: number; top: number; status: Status };

/** The reader's document and the sentence under the cursor. */
export interface ReaderPlace {
  doc: ReaderDoc;
  sentence: string;
  order: readonly string[];
  index: number;
  range: [number, number];
}

// Each screen's rows and lines depend on the model, the width and the screen's own inputs, never on
// the selection or scroll position: they are computed once and reused by every keypress after.
const overview = memo(overviewLines, 2);
const reader = memo((m: Model, width: number, hs?: number, he?: number) =>
  readerDoc(m, width, hs === undefined || he === undefined ? undefined : [hs, he]),
);
const lists = {
  entities: memo(entityRows, 8),
  events: memo(eventRows, 8),
  sanctions: memo(sanctionRows, 4),
  timeline: memo(timelineRows, 4),
};
const entity = memo(detailRows, 8);
const record = memo(recordRows, 8);
const mentions = memo(mentionRows, 4);
const searchList = memo((m: Model, query: string, width: number) => {
  const hits = query.trim() ? m.search.search(query, { limit: 50 }) : [];
  return searchRows(m, hits, width);
}, 8);
const sentenceOrder = memo((m: Model) => m.report.structure.sentences.map((s) => s.id), 1);

/**
 * The rows and lines the other screens will need at `width`, computed a slice at a time while the
 * user is idle, so that switching to them costs only the drawing. Each call does one slice
 * (a few milliseconds at most); false when there is nothing left to do.
 */
export function warmUp(m: Model, width: number): () => boolean {
  const tasks: (() => boolean)[] = [
    () => lists.entities(m, "", width).length >= 0,
    () => lists.events(m, "", width).length >= 0,
    () => lists.timeline(m, "", width).length >= 0 && timelineEntries(m.report).length >= 0,
    () => lists.sanctions(m, "", width).length >= 0,
    () => readerBuild(m, width).step(4),
  ];
  return () => {
    const task = tasks[0];
    if (task?.()) tasks.shift();
    return tasks.length > 0;
  };
}

/** The rows of a list view. */
export function rowsOf(m: Model, view: View, filter: string, width: number): Row[] {
  switch (view.screen) {
    case "entities":
    case "events":
    case "sanctions":
    case "timeline":
      return lists[view.screen](m, filter, width);
    case "search":
      return searchList(m, filter, width);
    case "entity":
      return entity(m, view.id, width);
    case "record":
      return record(m, view.id, width);
    case "mentions":
      return mentions(m, view.sentence, width);
    default:
      return [];
  }
}

/** The reader's document at a width, with the view's highlight. */
export const readerDocOf = (m: Model, view: { highlight?: [number, number] | undefined }, width: number) =>
  reader(m, width, view.highlight?.[0], view.highlight?.[1]);

/** The last first line of the reader: the last paragraph can reach the top. */
export function readerMaxTop(m: Model, doc: ReaderDoc, height: number): number {
  const last = m.report.structure.paragraphs.at(-1);
  const lastStart = last ? (doc.starts.get(last.id) ?? 0) : 0;
  // The blank line after the last paragraph is not worth a scroll of its own.
  const end = doc.lines.length - (doc.lines.at(-1)?.length === 0 ? 1 : 0);
  return Math.max(lastStart, end - height);
}

/** Where the reader is: its sentence (the first one when the id is unknown) and its lines. */
export function readerPlace(m: Model, doc: ReaderDoc, sentence: string): ReaderPlace {
  const order = sentenceOrder(m);
  const index = Math.max(0, order.indexOf(sentence));
  const id = order[index] ?? "";
  return { doc, sentence: id, order, index, range: sentenceLines(doc).get(id) ?? [0, 0] };
}

const positionOf = (rows: readonly Row[], sel: number) => {
  let n = 0;
  let at = 0;
  rows.forEach((r, i) => {
    if (!r.target) return;
    n++;
    if (i === sel) at = n;
  });
  return n ? `${at}/${n}` : undefined;
};

const LIST_HINTS = ["Enter open", "y cite", "o link", "f filter"];

/** What the body of a view shows at a size. Pure: the same inputs give the same content. */
export function contentOf(m: Model, view: View, filter: Field, size: { width: number; height: number }): Content {
  const { width, height } = size;
  if (view.screen === "overview") {
    const lines = overview(m, width);
    const maxTop = Math.max(0, lines.length - height);
    return { kind: "lines", lines, top: clamp(view.top, 0, maxTop), maxTop, status: { where: "Overview", hints: [] } };
  }
  if (view.screen === "reader") {
    const doc = readerDocOf(m, view, width);
    const place = readerPlace(m, doc, view.sentence);
    const maxTop = readerMaxTop(m, doc, height);
    const top = fitTop(view.top, place.range[0], place.range[1] + 1, height, maxTop);
    const s = m.index.getSentence(place.sentence);
    const status: Status = {
      where: s ? sentenceLabel(m.report, s) : "Reader",
      position: `${place.index + 1}/${place.order.length}`,
      hints: ["e entities", "y cite", "o link", ": go to"],
    };
    return { kind: "lines", lines: doc.lines, top, maxTop, status, reader: place };
  }
  const rows = rowsOf(m, view, filter.value, width);
  const { sel, top } = listPlace(rows, view.sel, view.top, height);
  return { kind: "list", rows, sel, top, status: listStatus(m, view, filter.value, rows, sel) };
}

function listStatus(m: Model, view: View, filter: string, rows: readonly Row[], sel: number): Status {
  const position = positionOf(rows, sel);
  const matching = filter.trim() ? ` matching '${filter.trim()}'` : "";
  switch (view.screen) {
    case "entities":
      return { where: `Entities${matching}`, position, hints: LIST_HINTS };
    case "events":
      return { where: `Events${matching}`, position, hints: LIST_HINTS };
    case "sanctions":
      return { where: `Sanctions${matching}`, position, hints: LIST_HINTS };
    case "timeline":
      return { where: `Timeline${matching}`, position, hints: LIST_HINTS };
    case "search":
      return filter.trim()
        ? {
            where: `${rows.length} ${rows.length === 1 ? "result" : "results"} for '${filter.trim()}'`,
            position,
            hints: ["Enter open", "y cite"],
          }
        : { where: "Type to search the report and its records", hints: [] };
    case "entity":
      return {
        where: m.index.getEntity(view.id)?.name ?? view.id,
        position,
        hints: ["Enter open", "y cite", "Esc back"],
      };
    case "record":
      return {
        where: `${recordKindLabel(m.report, view.id) ?? ""}: ${recordTitle(m.report, view.id) ?? view.id}`,
        position,
        hints: ["Enter open", "y cite", "Esc back"],
      };
    case "mentions": {
      const s = m.index.getSentence(view.sentence);
      return {
        where: `Named in ${s ? sentenceLabel(m.report, s) : view.sentence}`,
        position,
        hints: ["Enter open", "Esc back"],
      };
    }
    default:
      return { where: "", hints: [] };
  }
}
