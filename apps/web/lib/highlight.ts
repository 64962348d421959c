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

/** The reader URL for an evidence span: the highlight in the query, the sentence as the fragment. */
export const readerHref = (ev: { start: number; end: number }, anchor: string) =>
  `/read?hl=${ev.start}-${ev.end}#${anchor}`;
