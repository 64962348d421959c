/**
 * Characters in data that could act on a terminal or on how text reads: C0/C1 controls (not tab or
 * newline), bidirectional overrides and isolates, and zero-width characters.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** The only escape sequences the CLI writes itself: the SGR codes of style.ts (bold, dim, underline, yellow). */
const UNSAFE_EXCEPT_OURS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
  /\u001B(?!\[(?:1|2|4|22|24|33|39)m)|[\u0000-\u0008\u000B-\u001A\u001C-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const visible = (c: string) => `⟨U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}⟩`;

/** Data text made inert for a terminal: each unsafe character is shown as a visible ⟨U+XXXX⟩ mark. */
export const inert = (text: string): string => text.replace(UNSAFE, visible);

/**
 * The same, one UTF-16 unit for one, so offsets into the text still hold: a C0 control or DEL becomes its
 * Unicode Control Picture (ESC → ␛), anything else U+FFFD.
 */
const inertSameLength = (text: string): string =>
  text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : code === 0x7f ? "\u2421" : "\uFFFD";
  });

/** A copy of a document with every string made inert (same lengths): what the text commands print from. */
export function inertDocument<T>(value: T): T {
  if (typeof value === "string") return inertSameLength(value) as T;
  if (Array.isArray(value)) return value.map(inertDocument) as T;
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [inertSameLength(k), inertDocument(v)])) as T;
  return value;
}

/** Finished CLI output: anything unsafe left is shown as a mark, except the CLI's own colour codes. */
export const inertOutput = (text: string): string => text.replace(UNSAFE_EXCEPT_OURS, visible);
