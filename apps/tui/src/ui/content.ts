import { type Model, timeline } from "../model.ts";
import { detailRows } from "./detail.ts";
import type { View } from "./nav.ts";
import { overviewLines } from "./overview.ts";
import { readerDoc } from "./reader.ts";
import { entityRows, mentionRows, type Row, searchRows, timelineRows } from "./rows.ts";
import type { Line } from "./text.ts";

export type Content =
  | { kind: "lines"; lines: Line[]; top: number; status: string; owner?: string | undefined }
  | { kind: "list"; rows: Row[]; sel: number; status: string };

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
      return { kind: "lines", lines: overviewLines(m, width), top: 0, status: m.report.metadata.title.value };
    case "reader": {
      const doc = readerDoc(m, width, view.highlight);
      const wanted = view.anchor !== undefined ? (doc.starts.get(view.anchor) ?? 0) : view.top;
      // An anchored paragraph starts at the top even near the end; plain scrolling stops at the end.
      const max = view.anchor !== undefined ? doc.lines.length - 1 : Math.max(0, doc.lines.length - height);
      const top = clamp(wanted, 0, Math.max(0, max));
      const pct = Math.round((100 * Math.min(doc.lines.length, top + height)) / Math.max(1, doc.lines.length));
      const status = `Reader · ${doc.owner[top] ?? ""} · ${pct}% · j/k scroll · e entities here · Esc back`;
      return { kind: "lines", lines: doc.lines, top, status, owner: doc.owner[top] };
    }
    case "entities": {
      const rows = entityRows(m, opts.filter, width);
      const status = `${rows.length} of ${m.report.entities.length} entities · f filter · Enter open`;
      return { kind: "list", rows, sel: clamp(view.sel, 0, rows.length - 1), status };
    }
    case "entity": {
      const rows = detailRows(m, view.id, width);
      const first = rows.findIndex((r) => r.target);
      const sel = view.sel < 0 ? Math.max(0, first) : clamp(view.sel, 0, rows.length - 1);
      return { kind: "list", rows, sel, status: `${view.id} · Enter on a quote: jump to paragraph · Esc back` };
    }
    case "mentions": {
      const rows = mentionRows(m, view.paragraphId, width);
      const status = `${rows.length} entities named in ${view.paragraphId} · Enter open · Esc back`;
      return { kind: "list", rows, sel: clamp(view.sel, 0, rows.length - 1), status };
    }
    case "timeline": {
      const rows = timelineRows(timeline(m), width);
      return { kind: "list", rows, sel: clamp(view.sel, 0, rows.length - 1), status: "Timeline · Enter: jump" };
    }
    case "search": {
      const hits = opts.query.trim() ? m.search.search(opts.query, { limit: 50 }) : [];
      const rows = searchRows(m, hits, width);
      const status = opts.query.trim() ? `${hits.length} results · Enter open` : "type to search";
      return { kind: "list", rows, sel: clamp(view.sel, 0, rows.length - 1), status };
    }
  }
}
