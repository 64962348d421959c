import { ms, range, type Spread } from "./stats.ts";

// Small pieces of Markdown shared by the sections of BENCHMARKS.md.

export const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
export const spreadCells = (s: Spread) => [ms(s.median), range(s), String(s.runs)];

/** How a cost grows from the smallest to the largest size: flat, linear or worse. */
export function growth(points: { n: number; v: number }[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || first.v <= 0) return "n/a";
  const size = last.n / first.n;
  const cost = last.v / first.v;
  const x = `×${cost < 10 ? cost.toFixed(1) : cost.toFixed(0)} for ×${size} reports`;
  if (cost < 3) return `flat (${x})`;
  if (cost <= size) return `linear or better (${x})`;
  if (cost <= size * 1.5) return `about linear (${x})`;
  return `worse than linear (${x})`;
}
