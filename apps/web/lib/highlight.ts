/** Longest span the reader will highlight from `?hl=`; evidence quotes are far shorter. */
export const MAX_HL = 2000;

/** The `hl` search parameter (`start-end`, offsets into the report's text) as a span, or undefined. */
export function parseHighlight(
  raw: string | string[] | undefined,
  textLength: number,
): { start: number; end: number } | undefined {
  const first = Array.isArray(raw) ? raw[0] : raw;
  const m = /^(\d{1,7})-(\d{1,7})$/.exec(first ?? "");
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = Number(m[2]);
  if (start >= end || end > textLength || end - start > MAX_HL) return undefined;
  return { start, end };
}

/** Cuts a sentence into the part before the highlight, the highlighted part and the part after. */
export function splitByHighlight(
  span: { start: number; end: number },
  hl: { start: number; end: number } | undefined,
): { start: number; end: number; hl: boolean }[] {
  if (!hl || hl.end <= span.start || hl.start >= span.end) return [{ ...span, hl: false }];
  const a = Math.max(span.start, hl.start);
  const b = Math.min(span.end, hl.end);
  return [
    { start: span.start, end: a, hl: false },
    { start: a, end: b, hl: true },
    { start: b, end: span.end, hl: false },
  ].filter((p) => p.end > p.start);
}

/** The reader URL for an evidence span: the highlight in the query, the sentence as the fragment. */
export const readerHref = (ev: { start: number; end: number }, anchor: string) =>
  `/read?hl=${ev.start}-${ev.end}#${anchor}`;
