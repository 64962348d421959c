// A document's addresses: the default document's pages are where they always were (`/read`), each other
// document's under its id (`/d/<id>/read`). No data here: server.ts and next.config load this file as it is.

/** Where a document other than the default lives: `/d/<id>`. */
export const DOCUMENT_PREFIX = "/d/";

/** `/d/<id>` in front of a path, if any: the document part of an address. */
const UNDER_DOCUMENT = /^\/d\/[^/]+(?=\/|$)/;

/** A site path (`/read#p3`, `/`) as it is for a document whose addresses start with `base` (`""` or `/d/<id>`). */
export function pathIn(d: { base: string }, path: string): string {
  if (!d.base) return path;
  return path === "/" ? d.base : `${d.base}${path}`;
}

/** An address split into its document part (`""` for the default document) and the site path after it. */
export function splitPath(pathname: string): { base: string; path: string } {
  const base = UNDER_DOCUMENT.exec(pathname)?.[0] ?? "";
  return { base, path: pathname.slice(base.length) || "/" };
}
