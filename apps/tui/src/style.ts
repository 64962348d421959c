/** Whether to colour output: --no-color, then NO_COLOR, then FORCE_COLOR, then whether it is a TTY. */
export function colorEnabled(opts: { noColorFlag: boolean; env: NodeJS.ProcessEnv; isTTY: boolean }): boolean {
  if (opts.noColorFlag) return false;
  if (opts.env.NO_COLOR !== undefined && opts.env.NO_COLOR !== "") return false;
  const force = opts.env.FORCE_COLOR;
  if (force !== undefined) return !(force === "0" || force === "false");
  return opts.isTTY;
}

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  /** A search match or an evidence span. */
  mark(s: string): string;
  /** An entity mention in running text. */
  mention(s: string): string;
}

const wrap = (on: boolean, open: number, close: number) => (s: string) =>
  on && s ? `\u001b[${open}m${s}\u001b[${close}m` : s;

export function makeStyle(color: boolean): Style {
  return {
    bold: wrap(color, 1, 22),
    dim: wrap(color, 2, 22),
    mark: (s) => wrap(color, 33, 39)(wrap(color, 1, 22)(s)),
    mention: wrap(color, 4, 24),
  };
}

/** Applies `fn` to the `[start, end)` spans of `text` (sorted, non-overlapping). */
export function markSpans(text: string, spans: readonly (readonly [number, number])[], fn: (s: string) => string) {
  let out = "";
  let at = 0;
  for (const [s, e] of spans) {
    if (s < at) continue;
    out += text.slice(at, s) + fn(text.slice(s, e));
    at = e;
  }
  return out + text.slice(at);
}
