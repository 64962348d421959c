/** Anything a list shows: some lines under a key. */
export interface Item {
  key: string;
  lines: readonly unknown[];
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
export function itemAt(starts: readonly number[], top: number): number {
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
 * A scroll bar of `height` cells for a view of `height` lines from `top` (at most `maxTop`) over `total`
 * lines: the thumb's cells are true. Empty when everything fits.
 */
export function scrollBar(top: number, height: number, total: number, maxTop = total - height): boolean[] {
  if (maxTop <= 0 || height <= 0) return [];
  const size = Math.max(1, Math.round((height * height) / (maxTop + height)));
  const at = Math.round((Math.min(top, maxTop) / maxTop) * (height - size));
  return Array.from({ length: height }, (_, i) => i >= at && i < at + size);
}

/**
 * The lines of a list in view from line `top`, `height` of them: each with its key, whether its item
 * is the selected one, and the cursor's mark on the selected item's first line; and the scroll bar.
 */
export function listWindow<L>(
  items: readonly { key: string; lines: readonly L[] }[],
  sel: number,
  top: number,
  height: number,
): { rows: { key: string; line: L; selected: boolean; mark: string }[]; bar: boolean[] } {
  const { starts, total } = layoutOf(items);
  const out: { key: string; line: L; selected: boolean; mark: string }[] = [];
  for (let i = items.length ? itemAt(starts, top) : -1; i >= 0 && i < items.length && out.length < height; i++) {
    const it = items[i];
    if (!it) break;
    it.lines.forEach((line, j) => {
      const at = (starts[i] ?? 0) + j;
      if (at < top || out.length >= height) return;
      out.push({ key: `${it.key}:${j}`, line, selected: i === sel, mark: i === sel && j === 0 ? "> " : "  " });
    });
  }
  return { rows: out, bar: scrollBar(top, height, total) };
}
