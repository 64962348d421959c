import { canonical, type FieldChange } from "./diff.ts";

// A changed field as a few short lines: whole records can be thousands of characters, a reader wants what differs.

/** The longest a value is shown; longer ones are cut around where they differ. */
export const MAX_VALUE = 100;
/** How many added or removed items of a list are shown before "… and N more". */
const MAX_ITEMS = 5;

const isEvidence = (v: unknown): v is { quote: string; sentenceIds?: unknown } =>
  typeof v === "object" && v !== null && typeof (v as { quote?: unknown }).quote === "string";

/** A field's value on one line, every evidence object shown as its quote (offsets are noise to a reader). */
export function renderValue(value: unknown): string {
  if (isEvidence(value)) {
    const where =
      Array.isArray(value.sentenceIds) && value.sentenceIds.length ? ` [${value.sentenceIds.join(", ")}]` : "";
    return `“${value.quote}”${where}`;
  }
  if (Array.isArray(value)) return `[${value.map(renderValue).join(", ")}]`;
  if (value && typeof value === "object")
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${renderValue(v)}`)
      .join(", ")} }`;
  return value === undefined ? "(none)" : JSON.stringify(value);
}

/** `text` in at most `max` characters, from `from` on: "…" marks what is cut at either end. */
function cut(text: string, from: number, max: number): string {
  if (text.length <= max) return text;
  const start = Math.min(Math.max(0, from), text.length - (max - 1));
  const head = start > 0 ? "…" : "";
  const room = max - head.length;
  const body = text.slice(start, start + room);
  return start + room < text.length ? `${head}${body.slice(0, room - 1)}…` : `${head}${body}`;
}

/** Two values shortened alike: both start a little before their first difference, so that it stays in view. */
export function shortenPair(before: string, after: string, max = MAX_VALUE): [string, string] {
  let same = 0;
  while (same < before.length && same < after.length && before[same] === after[same]) same++;
  const from = before.length <= max && after.length <= max ? 0 : same - 20;
  return [cut(before, from, max), cut(after, from, max)];
}

export const shorten = (text: string, max = MAX_VALUE) => cut(text, 0, max);

/** The items of `a` not in `b`, compared as values (key order and empty fields aside). */
const missingFrom = (a: unknown[], b: unknown[]) => {
  const keys = new Set(b.map(canonical));
  return a.filter((x) => !keys.has(canonical(x)));
};

const asList = (v: unknown): unknown[] | undefined =>
  Array.isArray(v) ? v : v === undefined || v === null ? [] : undefined;

/**
 * The lines of one changed field, indented by `pad`: a list as the items it lost (-) and gained (+); a short
 * value as `field: before → after`; a long one as its before and after, each shortened.
 */
export function fieldLines(f: FieldChange, pad: string): string[] {
  const [b, a] = [asList(f.before), asList(f.after)];
  if (b && a && (Array.isArray(f.before) || Array.isArray(f.after))) {
    const items = (sign: string, list: unknown[]) => [
      ...list.slice(0, MAX_ITEMS).map((x) => `${pad}  ${sign} ${shorten(renderValue(x))}`),
      ...(list.length > MAX_ITEMS ? [`${pad}  ${sign} … and ${list.length - MAX_ITEMS} more`] : []),
    ];
    const lines = [...items("-", missingFrom(b, a)), ...items("+", missingFrom(a, b))];
    // The same items in another order.
    return [`${pad}${f.field}${lines.length ? "" : ": the same items, reordered"}`, ...lines];
  }
  const [before, after] = [renderValue(f.before), renderValue(f.after)];
  const line = `${pad}${f.field}: ${before} → ${after}`;
  if (line.length <= pad.length + MAX_VALUE) return [line];
  const [sb, sa] = shortenPair(before, after);
  return [`${pad}${f.field}`, `${pad}  before: ${sb}`, `${pad}  after:  ${sa}`];
}
