import { type MarkedSpan, segments } from "@report/view";

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

/** `text` with `fn` applied to the parts inside `spans` (offsets count from `offset`), cut by @report/view's `segments`. */
export function markSpans(text: string, spans: readonly MarkedSpan[], fn: (s: string) => string, offset = 0): string {
  return segments(text, [{ name: "mark", spans }], offset)
    .map((seg) => (seg.marks.mark === undefined ? seg.text : fn(seg.text)))
    .join("");
}
