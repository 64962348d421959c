import type { TimelineEntry } from "./timeline.ts";

/** One drawn piece of an entry, as fractions of the axis (0 = its start, 1 = its end). */
export interface TimelineMark {
  from: number;
  to: number;
  /**
   * `span`: the whole year, month or interval the text gives; `point`: a day; `open-end`: from a date on,
   * with no end given (an arrow); `open-start`: up to a date; `after`: some time after another entry (a
   * dashed arrow from that entry's end).
   */
  shape: "span" | "point" | "open-end" | "open-start" | "after";
}

export interface TimelineAxis {
  /** First and last day of the axis (`YYYY-MM-DD`, the last one exclusive): whole years around every date. */
  from: string;
  to: string;
  /** Each year of the axis, as a band. */
  years: { label: string; from: number; to: number }[];
  /** Each entry once, in the order given, with what to draw for it. */
  rows: { entry: TimelineEntry; marks: TimelineMark[] }[];
}

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

/** The first day of an EDTF date (year, month or day, `?~%` ignored) and the day after its last one, in ms. */
function dateRange(date: string): [number, number] {
  const [y = 0, m, d] = date
    .replace(/[?~%]$/, "")
    .split("-")
    .map(Number);
  if (d !== undefined) return [utc(y, m, d), utc(y, m, d) + DAY];
  if (m !== undefined) return [utc(y, m), utc(y, m + 1)];
  return [utc(y), utc(y + 1)];
}

type Piece = { start: number; end: number; shape: TimelineMark["shape"] };

/** What an EDTF value covers: each member of a set, an interval's ends, or one date. */
function piecesOf(edtf: string): Piece[] {
  if (edtf.startsWith("{") || edtf.startsWith("[")) return edtf.slice(1, -1).split(",").flatMap(piecesOf);
  if (edtf.includes("/")) {
    const [a = "..", b = ".."] = edtf.split("/");
    if (a === ".." && b === "..") return [];
    if (b === "..") return [{ start: dateRange(a)[0], end: Number.NaN, shape: "open-end" }];
    if (a === "..") return [{ start: Number.NaN, end: dateRange(b)[1], shape: "open-start" }];
    return [{ start: dateRange(a)[0], end: dateRange(b)[1], shape: "span" }];
  }
  const [start, end] = dateRange(edtf);
  return [{ start, end, shape: end - start === DAY ? "point" : "span" }];
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const round = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * A time axis for the timeline: whole years around every date the entries give, and for each entry
 * what to draw, at the precision the text gives it: a year or a month is a span, each member of a set
 * its own span, an open interval an arrow to the axis's end, and an entry dated only after another a
 * dashed arrow from the end of that other entry.
 */
export function timelineAxis(entries: readonly TimelineEntry[]): TimelineAxis {
  const pieces = new Map(entries.map((e) => [e.id, e.edtf ? piecesOf(e.edtf) : []]));
  const ends = [...pieces.values()].flat().flatMap((p) => [p.start, p.end].filter(Number.isFinite));
  const first = new Date(Math.min(...ends)).getUTCFullYear();
  const last = new Date(Math.max(...ends) - 1).getUTCFullYear();
  const t0 = utc(first);
  const t1 = utc(last + 1);
  const at = (ms: number) => round((ms - t0) / (t1 - t0));
  const marksOf = new Map<string, TimelineMark[]>();
  const rows = entries.map((entry) => {
    let marks: TimelineMark[] = (pieces.get(entry.id) ?? []).map((p) => ({
      from: Number.isFinite(p.start) ? at(p.start) : 0,
      to: Number.isFinite(p.end) ? at(p.end) : 1,
      shape: p.shape,
    }));
    if (!entry.edtf && entry.after) {
      const anchor = marksOf.get(entry.after) ?? [];
      const from = anchor.length > 0 ? Math.max(...anchor.map((m) => m.to)) : 0;
      marks = [{ from, to: 1, shape: "after" }];
    }
    marksOf.set(entry.id, marks);
    return { entry, marks };
  });
  const years = Array.from({ length: last - first + 1 }, (_, i) => ({
    label: String(first + i),
    from: at(utc(first + i)),
    to: at(utc(first + i + 1)),
  }));
  return { from: iso(t0), to: iso(t1), years, rows };
}
