import { type DatePrecision, datePrecision } from "@report/data";

export type { DatePrecision };
export { datePrecision };

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const QUALIFIERS: Record<string, string> = {
  "?": " (uncertain)",
  "~": " (approximate)",
  "%": " (uncertain, approximate)",
};

/** One EDTF date (not an interval) in words: `2008-05` → "May 2008". */
export function dateWords(edtf: string): string {
  const q = /[?~%]$/.exec(edtf)?.[0];
  const [y, m, d] = edtf.replace(/[?~%]$/, "").split("-");
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  const base = d ? `${Number(d)} ${month} ${y}` : month ? `${month} ${y}` : `${y}`;
  return base + (q ? (QUALIFIERS[q] ?? "") : "");
}

/** An EDTF value in words, at exactly its precision: "2007 to 2008", "from May 2008 onward". */
export function edtfWords(edtf: string): string {
  if (!edtf.includes("/")) return dateWords(edtf);
  const [from = "..", to = ".."] = edtf.split("/");
  if (from === "..") return `until ${dateWords(to)} (open start)`;
  if (to === "..") return `from ${dateWords(from)} onward (open end)`;
  return `${dateWords(from)} to ${dateWords(to)}`;
}

export const PRECISION_WORDS: Record<DatePrecision, string> = {
  year: "a year",
  month: "a month",
  day: "a day",
  interval: "an interval",
  "open-interval": "an open interval",
};

/** A sortable key: the earliest known point, padded so that years sort before their months. */
export function sortKey(edtf: string): string {
  const [from = "", to = ""] = edtf.split("/");
  const point = from && from !== ".." ? from : to;
  return point.replace(/[?~%]$/, "").padEnd(10, " ");
}
