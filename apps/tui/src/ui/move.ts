import type { Key } from "./keys.ts";
import { layoutOf } from "./scroll.ts";

/** A row of a list as the cursor sees it: some lines, and a target when the cursor can stop on it. */
export interface ListRow {
  key: string;
  lines: readonly unknown[];
  target?: unknown;
}

export const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** The row nearest `sel` that the cursor can stop on (after it first); -1 when none can. */
export function actionableNear(rows: readonly ListRow[], sel: number): number {
  const from = clamp(sel, 0, rows.length - 1);
  for (let i = from; i < rows.length; i++) if (rows[i]?.target) return i;
  for (let i = from - 1; i >= 0; i--) if (rows[i]?.target) return i;
  return -1;
}

/** The first line to show so that lines `start`..`end` (exclusive) are in view, moving as little as needed. */
export function fitTop(top: number, start: number, end: number, height: number, maxTop: number): number {
  let t = top;
  if (start < t) t = start;
  if (end > t + height) t = Math.min(start, end - height);
  return clamp(t, 0, Math.max(0, maxTop));
}

/** Where a list's cursor and first line are: on an actionable row near `sel`, in view. */
export function listPlace(
  rows: readonly ListRow[],
  sel: number,
  top: number,
  height: number,
): { sel: number; top: number } {
  const at = actionableNear(rows, Math.max(sel, 0));
  const { starts, total } = layoutOf(rows);
  const start = starts[at] ?? 0;
  const end = start + (rows[at]?.lines.length ?? 1);
  // The first row of a list shows what is above it (a heading), not just itself.
  return { sel: at, top: at === actionableNear(rows, 0) ? 0 : fitTop(top, start, end, height, total - height) };
}

/** Actionable rows only: the cursor moves between them and never lands on a heading or a blank line. */
export function moveInList(
  rows: readonly ListRow[],
  sel: number,
  top: number,
  key: Key,
  n: number,
  hadCount: boolean,
  height: number,
): { sel: number; top: number } | undefined {
  const stops = rows.flatMap((r, i) => (r.target ? [i] : []));
  if (stops.length === 0) return undefined;
  const { starts, total } = layoutOf(rows);
  const maxTop = Math.max(0, total - height);
  const at = Math.max(0, stops.indexOf(sel));
  const fit = (i: number, t = top) => {
    const stop = stops[clamp(i, 0, stops.length - 1)] ?? 0;
    const start = starts[stop] ?? 0;
    const first = stop === stops[0];
    return { sel: stop, top: first ? 0 : fitTop(t, start, start + (rows[stop]?.lines.length ?? 1), height, maxTop) };
  };
  const page = (lines: number) => {
    const t = clamp(top + lines, 0, maxTop);
    if (t === top) return fit(lines > 0 ? stops.length - 1 : 0);
    // The cursor goes to the first row that starts on the new page, never back.
    const found = stops.findIndex((x) => (starts[x] ?? 0) >= t);
    const i = found < 0 ? stops.length - 1 : found;
    return fit(lines > 0 ? Math.max(i, at) : Math.min(i, at), t);
  };
  const half = Math.max(1, Math.floor(height / 2));
  if ((key.name === "j" || key.name === "down") && !key.ctrl) return fit(at + n);
  if ((key.name === "k" || key.name === "up") && !key.ctrl) return fit(at - n);
  if (key.name === "g" || key.name === "home") return fit(hadCount ? n - 1 : 0);
  if (key.name === "G" || key.name === "end") return fit(hadCount ? n - 1 : stops.length - 1);
  if (key.name === "pagedown" || key.name === " " || (key.ctrl && key.name === "f")) return page(height * n);
  if (key.name === "pageup" || (key.ctrl && key.name === "b")) return page(-height * n);
  if (key.ctrl && key.name === "d") return page(half * n);
  if (key.ctrl && key.name === "u") return page(-half * n);
  return undefined;
}
