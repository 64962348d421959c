/// <reference path="./edtf.d.ts" />
import { type DatePrecision, type DateValue, datePrecision, type Event, type ReportDocument } from "@report/data";
import { type Parsed, type ParsedDate, parse } from "edtf";
import { contextOf } from "./context.ts";
import { eventTypeLabel } from "./labels.ts";
import { alternativesWords, listWords } from "./words.ts";

// Dates in words at exactly the precision the EDTF value gives: the value is parsed by the `edtf`
// library, months and days are written by Intl (never an invented day).

const MONTH = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
const DAY = new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });

/** A single date in words: "2009", "May 2008", "June 5, 2009"; "about 2009", "2009 (uncertain)". */
function pointWords(d: ParsedDate): string {
  const [year = 0, month, day] = d.values;
  let words: string;
  if (d.type !== "Date" || month === undefined) words = String(year);
  else if (day === undefined) words = MONTH.format(Date.UTC(year, month, 1));
  else words = DAY.format(Date.UTC(year, month, day));
  if (d.approximate) words = `about ${words}`;
  if (d.uncertain) words = `${words} (uncertain)`;
  return words;
}

const membersWords = (p: Parsed): string[] =>
  p.type === "List" || p.type === "Set"
    ? p.values.map((m) => (Array.isArray(m) ? `${phrase(m[0]).words} to ${phrase(m[1]).words}` : phrase(m).words))
    : [phrase(p).words];

type Phrase = { words: string; preposition: "in" | "on" | "from" | "" };

function phrase(p: Parsed): Phrase {
  switch (p.type) {
    case "List":
      return { words: listWords(membersWords(p)), preposition: "in" };
    case "Set":
      return { words: alternativesWords(membersWords(p)), preposition: "in" };
    case "Interval": {
      // An open end ("..") parses as Infinity, an unknown one as null: neither is a date.
      const [from, to] = p.values.map((x) => (x && typeof x === "object" ? x : undefined));
      if (from && to) return { words: `${phrase(from).words} to ${phrase(to).words}`, preposition: "from" };
      if (from) return { words: `since ${phrase(from).words}`, preposition: "" };
      if (to) return { words: `until ${phrase(to).words}`, preposition: "" };
      return { words: "at an unknown time", preposition: "" };
    }
    default:
      return { words: pointWords(p), preposition: p.values.length === 3 ? "on" : "in" };
  }
}

/**
 * An EDTF value in words, as a heading or table cell would show it: "2009", "May 2008", "June 5, 2009",
 * "2007 and 2008" (the set `{2007,2008}`), "2007 or 2008" (`[2007,2008]`), "2007 to 2008",
 * "since May 2008" (`2008-05/..`), "until 2009" (`../2009`). Anything that is not EDTF is returned as is.
 */
export function dateWords(edtf: string): string {
  try {
    return phrase(parse(edtf)).words;
  } catch {
    return edtf;
  }
}

/** The same with the preposition a sentence needs: "in 2009", "in May 2008", "on June 5, 2009", "from 2007 to 2008", "since May 2008". */
export function whenWords(edtf: string): string {
  try {
    const { words, preposition } = phrase(parse(edtf));
    return preposition ? `${preposition} ${words}` : words;
  } catch {
    return edtf;
  }
}

/**
 * A date with its role: "since May 2008" for a date a restriction is in force from, "adopted in
 * December 2009", "published in 2010"; an occurrence is just "in June 2009".
 */
export function datedWords(d: Pick<DateValue, "edtf" | "role">): string {
  const when = whenWords(d.edtf);
  switch (d.role) {
    case "in-force-from":
      return /^(since|until|from) /.test(when) ? when : `since ${dateWords(d.edtf)}`;
    case "adopted":
    case "published":
      return `${d.role} ${when}`;
    case "covers":
      return `covering ${dateWords(d.edtf)}`;
    default:
      return when;
  }
}

const PRECISION_WORDS: Record<DatePrecision, string> = {
  year: "a year",
  month: "a month",
  day: "a day",
  interval: "an interval",
  "open-interval": "an open interval",
  set: "a set of dates",
};
/** How precise a date is, in words: "a year", "a month", "an open interval" … */
export const precisionWords = (edtf: string): string => PRECISION_WORDS[datePrecision(edtf)];

/**
 * When an event happened in words, with its preposition: its date ("in June 2009"), or, for an event
 * the text dates only by another, that relation ("after the release of the last political prisoners").
 */
export function eventWhen(doc: ReportDocument, e: Event): string | undefined {
  if (e.date) return whenWords(e.date.edtf);
  if (e.after) return afterWords(doc, e);
  return undefined;
}

/** "after …" for an event dated only relative to another: the text's own words when it gives them. */
export function afterWords(doc: ReportDocument, e: Event): string | undefined {
  if (!e.after) return undefined;
  const printed = /^(?:following|after)\s+(.+)$/i.exec(e.after.evidence.quote)?.[1];
  const anchor = contextOf(doc).index.getEvent(e.after.after);
  if (printed) {
    // The anchor's date where the text gives it: "after the release of the last political prisoners in 2008".
    const dated = anchor?.date ? whenWords(anchor.date.edtf) : "";
    return dated && !printed.includes(dated) ? `after ${printed} ${dated}` : `after ${printed}`;
  }
  if (!anchor) return undefined;
  const when = anchor.date ? ` ${whenWords(anchor.date.edtf)}` : "";
  return `after the ${eventTypeLabel(anchor.type).toLowerCase()}${when}`;
}
