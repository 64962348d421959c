import { Box } from "ink";
import { useRef } from "react";
import { LineView } from "./lines.tsx";
import type { Line } from "./text.ts";

export interface Item {
  key: string;
  lines: Line[];
}

/**
 * A virtualised list: only the rows that fit in `height` are rendered. The selected item is kept
 * in view, scrolling no more than needed; its first line carries a `>` marker.
 */
export function ScrollList({ items, selected, height }: { items: Item[]; selected: number; height: number }) {
  const offset = useRef(0);
  const starts: number[] = [];
  let total = 0;
  for (const it of items) {
    starts.push(total);
    total += it.lines.length;
  }
  const start = starts[selected] ?? 0;
  const end = start + (items[selected]?.lines.length ?? 1);
  let top = Math.min(offset.current, Math.max(0, total - height));
  if (start < top) top = start;
  if (end > top + height) top = Math.max(0, Math.min(start, end - height));
  offset.current = top;
  const rows: { key: string; line: Line; selected: boolean }[] = [];
  let i = items.findIndex((_, k) => (starts[k] ?? 0) + (items[k]?.lines.length ?? 0) > top);
  for (; i >= 0 && i < items.length && rows.length < height; i++) {
    const it = items[i];
    if (!it) break;
    it.lines.forEach((line, j) => {
      const at = (starts[i] ?? 0) + j;
      if (at < top || rows.length >= height) return;
      const mark = i === selected ? (j === 0 ? "> " : "  ") : "  ";
      rows.push({ key: `${it.key}:${j}`, line: [{ text: mark, tone: "accent" }, ...line], selected: i === selected });
    });
  }
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {rows.map((r) => (
        <LineView key={r.key} line={r.line} selected={r.selected} />
      ))}
    </Box>
  );
}
