// EDTF helpers for the subset the data uses, without a parser dependency (the package's only
// runtime dependency is zod): precision, and the first and last day a value can mean.

export type DatePrecision = "year" | "month" | "day" | "interval" | "open-interval" | "set";

/** How precise an EDTF value is: `2009` year, `2008-05` month, `2007/2008` interval, `2008-05/..` open interval, `{2007,2008}` set. */
export function datePrecision(edtf: string): DatePrecision {
  if (edtf.startsWith("{") || edtf.startsWith("[")) return "set";
  if (edtf.includes("/")) return edtf.startsWith("..") || edtf.endsWith("..") ? "open-interval" : "interval";
  const parts = edtf.replace(/[?~%]$/, "").split("-").length;
  return parts === 1 ? "year" : parts === 2 ? "month" : "day";
}

const first = (date: string) => {
  const [y, m = "01", d = "01"] = date.replace(/[?~%]$/, "").split("-");
  return `${y}-${m}-${d}`;
};
const last = (date: string) => {
  const [y, m, d] = date.replace(/[?~%]$/, "").split("-");
  return `${y}-${m ?? "12"}-${d ?? "31"}`;
};

/**
 * The first and last day (`YYYY-MM-DD`) an EDTF value can mean; `null` for an open end. Days past
 * a month's end (`2009-02-31`) can appear in `end`: they are for comparing, never for showing.
 */
export function edtfBounds(edtf: string): { start: string | null; end: string | null } {
  if (edtf.startsWith("{") || edtf.startsWith("[")) {
    const members = edtf.slice(1, -1).split(",");
    return { start: first(members[0] as string), end: last(members[members.length - 1] as string) };
  }
  if (edtf.includes("/")) {
    const [a, b] = edtf.split("/") as [string, string];
    return { start: a === ".." ? null : first(a), end: b === ".." ? null : last(b) };
  }
  return { start: first(edtf), end: last(edtf) };
}

/** True when the value can fall inside `[from, to]` (either end may be left out). */
export function edtfOverlaps(edtf: string, range: { from?: string; to?: string }): boolean {
  const { start, end } = edtfBounds(edtf);
  if (range.to && start !== null && start > last(range.to)) return false;
  if (range.from && end !== null && end < first(range.from)) return false;
  return true;
}
