import { timelineEntries } from "@report/view";
import { type Model, memo } from "../model.ts";
import { detailRows } from "./detail.ts";
import type { View } from "./nav.ts";
import { overviewLines } from "./overview.ts";
import { readerBuild, readerDoc } from "./reader.ts";
import { entityRows, mentionRows, type Row, searchRows, timelineRows } from "./rows.ts";
import type { Line } from "./text.ts";

export type Content =
  | { kind: "lines"; lines: Line[]; top: number; status: string; owner?: string | undefined }
  | { kind: "list"; rows: Row[]; sel: number; status: string };

// Each screen's rows or lines depend on the model, the width and the screen's own inputs, never on
// the selection or scroll position: they are computed once and reused by every keypress after.
const overview = memo(overviewLines, 2);
const reader = memo((m: Model, width: number, hs?: number, he?: number) =>
  readerDoc(m, width, hs === undefined || he === undefined ? undefined : [hs, he]),
);
const entityList = memo(entityRows, 8);
const detail = memo(detailRows, 8);
const mentions = memo(mentionRows);
const timelineList = memo((m: Model, width: number): Row[] => timelineRows(timelineEntries(m.report), width), 2);
const searchList = memo((m: Model, query: string, width: number) => {
  const hits = query.trim() ? m.search.search(query, { limit: 50 }) : [];
  return { count: hits.length, rows: searchRows(m, hits, width) };
}, 8);

/**
 * The rows and lines the other screens will need at `width`, computed a slice at a time while the
 * user is idle, so that switching to them costs only the drawing. Each call does one slice
 * (a few milliseconds at most); false when there is nothing left to do.
 */
export function warmUp(m: Model, width: number): () => boolean {
  const tasks: (() => boolean)[] = [
    () => entityList(m, "", width).length >= 0,
    () => timelineList(m, width).length >= 0,
    () => readerBuild(m, width).step(4),
  ];
  return () => {
    const task = tasks[0];
    if (task?.()) tasks.shift();
    return tasks.length > 0;
  };
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** What the body of a view shows, at a width and height. Pure: the same inputs give the same content. */
export function contentOf(
  m: Model,
  view: View,
  opts: { width: number; height: number; filter: string; query: string },
): Content {
  const { width, height } = opts;
  switch (view.screen) {
    case "overview":
      return { kind: "lines", lines: overview(m, width), top: 0, status: m.report.metadata.title.value };
    case "reader": {
      const doc = reader(m, width, view.highlight?.[0], view.highlight?.[1]);
      const wanted = view.anchor !== undefined ? (doc.starts.get(view.anchor) ?? 0) : view.top;
      // An anchored paragraph starts at the top even near the end; plain scrolling stops at the end.
      const max = view.anchor !== undefined ? doc.lines.length - 1 : Math.max(0, doc.lines.length - height);
      const top = clamp(wanted, 0, Math.max(0, max));
      const pct = Math.round((100 * Math.min(doc.lines.length, top + height)) / Math.max(1, doc.lines.length));
      const status = `Reader · ${doc.owner[top] ?? ""} · ${pct}% · j/k scroll · e entities here · Esc back`;
      return { kind: "lines", lines: doc.lines, top, status, owner: doc.owner[top] };
    }
    case "entities": {
      const rows = entityList(m, opts.filter, width);
      const status = `${rows.length} of ${m.report.entities.length} entities · f filter · Enter open`;
      return { kind: "list", rows, sel: clamp(view.sel, 0, rows.length - 1), status };
    }
    case "entity": {
      const rows = detail(m, view.id, width);
      const first = rows.findIndex((r) => r.target);
      const sel = view.sel < 0 ? Math.max(0, first) : clamp(view.sel, 0, rows.length - 1);
      return { kind: "list", rows, sel, status: `${view.id} · Enter on a quote: jump to paragraph · Esc back` };
    }
    case "mentions": {
      const rows = mentions(m, view.paragraphId, width);
      const status = `${rows.length} entities named in ${view.paragraphId} · Enter open · Esc back`;
      return { kind: "list", rows, sel: clamp(view.sel, 0, rows.length - 1), status };
    }
    case "timeline": {
      const rows = timelineList(m, width);
      return { kind: "list", rows, sel: clamp(view.sel, 0, rows.length - 1), status: "Timeline · Enter: jump" };
    }
    case "search": {
      const { count, rows } = searchList(m, opts.query, width);
      const status = opts.query.trim() ? `${count} results · Enter open` : "type to search";
      return { kind: "list", rows, sel: clamp(view.sel, 0, rows.length - 1), status };
    }
  }
}
