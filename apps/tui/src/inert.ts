/**
 * Characters in data that could act on a terminal or on how text reads: C0/C1 controls (not tab or
 * newline), bidirectional overrides and isolates, and zero-width characters.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Our own colour codes (SGR: ESC [ … m) are the only escape sequences the CLI writes. */
const UNSAFE_EXCEPT_SGR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this regex's job.
  /\u001B(?!\[[0-9;]*m)|[\u0000-\u0008\u000B-\u001A\u001C-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const visible = (c: string) => `⟨U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}⟩`;

/** Data text made inert for a terminal: each unsafe character is shown as a visible ⟨U+XXXX⟩ mark. */
export const inert = (text: string): string => text.replace(UNSAFE, visible);

/** The same for finished CLI output, which may carry our own colour codes. */
export const inertOutput = (text: string): string => text.replace(UNSAFE_EXCEPT_SGR, visible);
