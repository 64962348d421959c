import { pathIn } from "./paths.ts";

/** Longest span the reader will highlight from `?hl=`; evidence quotes are far shorter. */
export const MAX_HL = 2000;

/** The shape of an `hl` value: `start-end`, offsets into the report's text. */
const HL = /^(\d{1,7})-(\d{1,7})$/;

/** The `hl` search parameter (`start-end`, offsets into the report's text) as a span, or undefined. */
export function parseHighlight(
  raw: string | string[] | null | undefined,
  textLength: number,
): { start: number; end: number } | undefined {
  const first = Array.isArray(raw) ? raw[0] : raw;
  const m = HL.exec(first ?? "");
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = Number(m[2]);
  if (start >= end || end > textLength || end - start > MAX_HL) return undefined;
  return { start, end };
}

/** A document's reader: `/read`, or `/d/<id>/read` (offsets count in that document's text). */
const READER = /^(?:\/d\/[^/]+)?\/read$/;
export const isReaderPath = (pathname: string) => READER.test(pathname);

/**
 * Every reader link with a highlight in an HTML page, as `<reader>?hl=<start>-<end>` (`/read?hl=3-9`,
 * `/d/<id>/read?hl=3-9`): the build collects them, and they are the only ones the reader takes.
 */
export const highlightsInHtml = (html: string): string[] =>
  [...html.matchAll(/href="((?:\/d\/[^/"?#]+)?\/read\?hl=\d{1,7}-\d{1,7})[#"]/g)].map((m) => m[1] ?? "");

/**
 * Where a request for a reader with `?hl=` must go instead: the clean reader when the value is not exactly
 * one highlight the site links to from that reader (`known`, from the build; without a build, any
 * well-formed one), so no query can ask for anything but the prerendered page. Undefined when it may pass.
 */
export function highlightRedirect(
  pathname: string,
  params: URLSearchParams,
  known: ReadonlySet<string> | undefined,
): string | undefined {
  if (!isReaderPath(pathname) || !params.has("hl")) return undefined;
  const values = params.getAll("hl");
  const value = values.length === 1 ? (values[0] ?? "") : undefined;
  // An empty value asks for nothing: the plain reader, as Next's header rules see it too.
  if (value === "") return undefined;
  const ok =
    value !== undefined &&
    (known ? known.has(`${pathname}?hl=${value}`) : !!parseHighlight(value, Number.MAX_SAFE_INTEGER));
  return ok ? undefined : pathname;
}

/** The reader URL for an evidence span in a document: the highlight in the query, the sentence as the fragment. */
export const readerHref = (d: { base: string }, ev: { start: number; end: number }, anchor: string) =>
  `${pathIn(d, "/read")}?hl=${ev.start}-${ev.end}#${anchor}`;
