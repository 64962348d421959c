/** Longest query we look at; the search package trims further. Anything longer is cut, never echoed whole. */
export const MAX_Q = 200;

/** The `q` search parameter as one plain string, whatever the request sent. */
export function normalizeQuery(q: string | string[] | undefined): string {
  const first = Array.isArray(q) ? q[0] : q;
  if (typeof first !== "string") return "";
  // Control characters become spaces and lone surrogates go; everything else stays, as text.
  let out = "";
  for (const ch of first.slice(0, MAX_Q)) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20 || c === 0x7f) out += " ";
    else if (c < 0xd800 || c > 0xdfff) out += ch;
  }
  return out.trim();
}

/**
 * Longest query string (`?…`) the search page answers directly; longer ones are redirected to the trimmed
 * query. A trimmed query (MAX_Q UTF-16 units, at most 9 URL characters each) is always shorter, so no loop.
 */
export const MAX_SEARCH_STRING = 3 + 9 * MAX_Q;
