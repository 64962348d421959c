import type { ReportDocument } from "@report/data";
import { type DocumentSummary, documentSummary } from "@report/view";
import { EMPTY_FIELD, editField, type Field } from "./field.ts";
import { fuzzyFilter } from "./filter.ts";
import { scrollHelp } from "./help.ts";
import type { Key } from "./keys.ts";
import { listPlace, moveInList } from "./move.ts";
import { isSmall, type Size } from "./state.ts";
import { type Line, type Seg, wrap } from "./text.ts";

/** The list of a corpus's documents: where its cursor is, its filter, and its help. */
export interface PickerState {
  sel: number;
  top: number;
  filter: Field;
  /** Whether the filter has the keyboard. */
  typing: boolean;
  help: { top: number } | null;
  /** Digits typed before a command: `2` of `2G`. */
  count: string;
}

export const initialPicker: PickerState = {
  sel: -1,
  top: 0,
  filter: EMPTY_FIELD,
  typing: false,
  help: null,
  count: "",
};

/** One document of the list: its title, and a line of what it is; `target` is the document's place in the corpus. */
export interface DocumentRow {
  key: string;
  lines: Line[];
  target?: { doc: number } | undefined;
}

/** Each document (those matching `filter`, best first) as its title and what it is, a blank row between them. */
export function documentRows(docs: readonly ReportDocument[], filter: string, width: number): DocumentRow[] {
  const all = docs.map((doc, i) => ({ i, s: documentSummary(doc) }));
  const list = fuzzyFilter(all, filter, ({ s }) => [s.title, s.country, s.edition, s.statusLabel, s.id]);
  const rows: DocumentRow[] = [];
  for (const { i, s } of list) {
    if (rows.length) rows.push({ key: `blank:${s.id}`, lines: [[]] });
    const lines = [...wrap([{ text: s.title, tone: "bold" }], width, "  "), ...partLines(detailParts(s), width)];
    rows.push({ key: s.id, lines, target: { doc: i } });
  }
  return rows;
}

/** Country, edition, status (a draft's marked) and coverage: the parts of the line under a title. */
const detailParts = (s: DocumentSummary): Seg[] => [
  { text: s.country, tone: "dim" },
  { text: s.edition, tone: "dim" },
  { text: s.statusLabel, tone: s.status === "draft" ? "mark" : "dim" },
  { text: s.coverageText, tone: "dim" },
];

/** Parts joined by " · ", a new line between two parts rather than inside one (unless one alone is too long). */
function partLines(parts: readonly Seg[], width: number): Line[] {
  const lines: Line[] = [];
  let line: Seg[] = [];
  let used = 0;
  for (const part of parts) {
    if (line.length && used + 3 + part.text.length <= width) {
      line.push({ text: " · ", tone: "dim" }, part);
      used += 3 + part.text.length;
      continue;
    }
    if (line.length) lines.push(line);
    const wrapped = wrap([part], width, "  ");
    line = wrapped.pop() ?? [];
    lines.push(...wrapped);
    used = line.reduce((n, seg) => n + seg.text.length, 0);
  }
  if (line.length) lines.push(line);
  return lines;
}

/** The rows the list's body has: the terminal less the header, the status bar and the filter's row when shown. */
export const pickerBodyHeight = (p: PickerState, size: Size): number =>
  Math.max(1, size.height - 2 - (filterShown(p) ? 1 : 0));
export const filterShown = (p: PickerState): boolean => p.typing || p.filter.value !== "";

export type PickerEffect = { kind: "exit" } | { kind: "open"; doc: number };

interface Result {
  state: PickerState;
  effects: PickerEffect[];
}

/** One key on the list of documents: pure, like the explorer's `step`. */
export function pickerStep(p: PickerState, key: Key, rows: readonly DocumentRow[], size: Size): Result {
  const same = (state: PickerState): Result => ({ state, effects: [] });
  if (isSmall(size)) return key.name === "q" ? { state: p, effects: [{ kind: "exit" }] } : same(p);
  if (p.help) return same({ ...p, help: scrollHelp(p.help, key) });
  const height = pickerBodyHeight(p, size);
  const place = listPlace(rows, p.sel, p.top, height);
  const open = (): Result => {
    const doc = rows[place.sel]?.target?.doc;
    return doc === undefined ? same(p) : { state: { ...p, ...place }, effects: [{ kind: "open", doc }] };
  };
  if (p.typing) {
    if (key.name === "escape") return same({ ...p, typing: false, filter: EMPTY_FIELD, sel: -1, top: 0 });
    if (key.name === "return") return open();
    if (key.name === "up" || key.name === "down") return moved(p, place, rows, key, 1, false, height);
    const field = editField(p.filter, key);
    if (!field) return same(p);
    return same(field.value === p.filter.value ? { ...p, filter: field } : { ...p, filter: field, sel: -1, top: 0 });
  }
  if (!key.ctrl && !key.meta && /^[0-9]$/.test(key.name) && (key.name !== "0" || p.count !== "")) {
    return same({ ...p, count: (p.count + key.name).slice(0, 4) });
  }
  const hadCount = p.count !== "";
  const n = hadCount ? Math.max(1, Number(p.count)) : 1;
  const s: PickerState = { ...p, count: "" };
  if (key.name === "q" && !key.ctrl) return { state: s, effects: [{ kind: "exit" }] };
  if (key.name === "?") return same({ ...s, help: { top: 0 } });
  if (key.name === "f" || key.name === "/") return same({ ...s, typing: true });
  if (key.name === "escape") return same(s.filter.value ? { ...s, filter: EMPTY_FIELD, sel: -1, top: 0 } : s);
  if (key.name === "return") return open();
  return moved(s, place, rows, key, n, hadCount, height);
}

function moved(
  p: PickerState,
  place: { sel: number; top: number },
  rows: readonly DocumentRow[],
  key: Key,
  n: number,
  hadCount: boolean,
  height: number,
): Result {
  const to = moveInList(rows, place.sel, place.top, key, n, hadCount, height);
  return { state: to ? { ...p, ...to } : p, effects: [] };
}

/** The list with the cursor on document `doc` (where the user comes back from it). */
export function pickerOn(p: PickerState, rows: readonly DocumentRow[], doc: number): PickerState {
  const at = rows.findIndex((r) => r.target?.doc === doc);
  return at < 0 ? p : { ...p, sel: at };
}
