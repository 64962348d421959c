import { Box } from "ink";
import { useRef } from "react";
import { LineView } from "./lines.tsx";
import type { Line } from "./text.ts";

export interface Item {
  key: string;
  lines: Line[];
}

export interface ListLayout {
  /** The first line of each item. */
  starts: number[];
  /** Lines of all items. */
  total: number;
}

const layouts = new WeakMap<readonly Item[], ListLayout>();

/** Where each item starts, computed once per (memoised, never mutated) item array. */
export function layoutOf(items: readonly Item[]): ListLayout {
  let layout = layouts.get(items);
  if (!layout) {
    const starts: number[] = [];
    let total = 0;
    for (const it of items) {
      starts.push(total);
      total += it.lines.length;
    }
    layout = { starts, total };
    layouts.set(items, layout);
  }
  return layout;
}

/** The last item starting at or before line `top` (binary search). */
function itemAt(starts: readonly number[], top: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= top) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * A virtualised list: only the rows that fit in `height` are rendered. The selected item is kept
 * in view, scrolling no more than needed; its first line carries a `>` marker.
 */
export function ScrollList({ items, selected, height }: { items: Item[]; selected: number; height: number }) {
  const offset = useRef(0);
  const { starts, total } = layoutOf(items);
  const start = starts[selected] ?? 0;
  const end = start + (items[selected]?.lines.length ?? 1);
  let top = Math.min(offset.current, Math.max(0, total - height));
  if (start < top) top = start;
  if (end > top + height) top = Math.max(0, Math.min(start, end - height));
  offset.current = top;
  const rows: { key: string; line: Line; mark: string; selected: boolean }[] = [];
  for (let i = items.length > 0 ? itemAt(starts, top) : -1; i >= 0 && i < items.length && rows.length < height; i++) {
    const it = items[i];
    if (!it) break;
    it.lines.forEach((line, j) => {
      const at = (starts[i] ?? 0) + j;
      if (at < top || rows.length >= height) return;
      const mark = i === selected ? (j === 0 ? "> " : "  ") : "  ";
      rows.push({ key: `${it.key}:${j}`, line, mark, selected: i === selected });
    });
  }
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {rows.map((r) => (
        <LineView key={r.key} line={r.line} mark={r.mark} selected={r.selected} />
      ))}
    </Box>
  );
}
