import {
  type DatePrecision,
  datePrecision,
  type Entity,
  type Event,
  type Evidence,
  edtfBounds,
  type ReportDocument,
  type Restriction,
  type Strategy,
  type TimelineItem,
} from "@report/data";
import { contextOf } from "./context.ts";
import { afterWords, dateWords } from "./dates.ts";
import { recordPath } from "./links.ts";
import { eventSentence, restrictionSentence, strategySentence } from "./sentences.ts";

/** One record on the timeline, in words. */
export interface TimelineEntry {
  id: string;
  kind: TimelineItem["kind"];
  /** What happened, without the date: "Helsinki Commission delegation met … in Minsk". */
  label: string;
  /** When, in words: "June 2009", "since May 2008", "after the release of the last political prisoners". */
  when: string;
  /** The date as the data gives it; absent for a record dated only after another. */
  edtf?: string | undefined;
  precision?: DatePrecision | undefined;
  /** For a record dated only after another: that record's id. */
  after?: string | undefined;
  /** The year heading it falls under ("2009"), an undated record under its anchor's. */
  year: string;
  /** The words that date it. */
  evidence: Evidence;
  /** Where the record is shown on the website. */
  href: string;
}

const yearOf = (edtf: string) => {
  const { start, end } = edtfBounds(edtf);
  return (start ?? end ?? "").slice(0, 4);
};

function labelOf(doc: ReportDocument, item: TimelineItem): string {
  switch (item.kind) {
    case "event":
      return eventSentence(doc, item.record as Event, { when: false });
    case "restriction": {
      const r = item.record as Restriction;
      return restrictionSentence(doc, { ...r, date: undefined });
    }
    case "strategy":
      return strategySentence(doc, { ...(item.record as Strategy), adopted: undefined });
    case "document":
      // A document's date is the period it covers, not something that happened then.
      return `Period covered by the ${(item.record as Entity).name}`;
  }
}

const cache = new WeakMap<ReportDocument, TimelineEntry[]>();

/**
 * Every dated record once, in the order of `timeline()` of @report/data (a record dated only after
 * another comes right after it), in words.
 */
export function timelineEntries(doc: ReportDocument): TimelineEntry[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const years = new Map<string, string>();
  const entries = contextOf(doc)
    .index.timeline()
    .map((item): TimelineEntry => {
      const base = { id: item.id, kind: item.kind, label: labelOf(doc, item), href: recordPath(doc, item.id) ?? "" };
      if (item.date) {
        const year = yearOf(item.date.edtf);
        years.set(item.id, year);
        const edtf = item.date.edtf;
        const when =
          item.date.role === "in-force-from" && !edtf.includes("/") ? `since ${dateWords(edtf)}` : dateWords(edtf);
        return { ...base, when, edtf, precision: datePrecision(edtf), year, evidence: item.date.evidence };
      }
      const e = item.record as Event;
      const anchorYear = years.get(item.after ?? "") ?? "";
      years.set(item.id, anchorYear);
      return {
        ...base,
        when: afterWords(doc, e) ?? "",
        after: item.after,
        year: anchorYear,
        evidence: e.after?.evidence ?? (e.evidence[0] as Evidence),
      };
    });
  cache.set(doc, entries);
  return entries;
}

/** The entries grouped under their year, in order. */
export function timelineByYear(entries: readonly TimelineEntry[]): { year: string; entries: TimelineEntry[] }[] {
  const groups: { year: string; entries: TimelineEntry[] }[] = [];
  for (const e of entries) {
    const last = groups.at(-1);
    if (last && last.year === e.year) last.entries.push(e);
    else groups.push({ year: e.year, entries: [e] });
  }
  return groups;
}
