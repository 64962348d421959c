import type { Structure } from "@report/data/schema";
import { segment } from "@report/data/text";
import { findActors, type Mention } from "./actors.ts";
import type { DateCandidate, DefectCandidate, EventCandidate, QuantityCandidate } from "./candidates.ts";
import { resolveMissionWords } from "./context.ts";
import { countryName } from "./countries.ts";
import { findDates } from "./dates.ts";
import { findDefects } from "./defects.ts";
import { IngestError } from "./errors.ts";
import { findEvents } from "./events.ts";
import { type Stated, statedMetadata } from "./metadata.ts";
import { findQuantities } from "./quantities.ts";
import { IdAllocator, slug } from "./slug.ts";

/** Everything ingest finds in a text, before it is written as a draft. */
export interface Analysis {
  text: string;
  structure: Structure;
  metadata: { bureau?: Stated; country?: Stated & { code: string } };
  defects: DefectCandidate[];
  dates: DateCandidate[];
  quantities: QuantityCandidate[];
  /** Every mention of an actor; mentions of one actor share its id. */
  actors: (Mention & { sentenceId: string })[];
  events: EventCandidate[];
}

/** Gives each country the id of the name it goes by ("country:us" -> "united-states"). */
function settleCountryIds(mentions: Mention[]): Map<string, string> {
  const printed = new Map<string, string[]>();
  for (const m of mentions)
    if (m.kind === "country" && m.country) printed.set(m.id, [...(printed.get(m.id) ?? []), m.name]);
  const ids = new Map<string, string>();
  for (const [key, names] of printed) {
    const name = countryName(key.slice("country:".length), names);
    ids.set(key, slug(name));
    for (const m of mentions) if (m.id === key) m.name = name;
  }
  for (const m of mentions) {
    m.id = ids.get(m.id) ?? m.id;
    if (m.partOf) m.partOf = { ...m.partOf, id: ids.get(m.partOf.id) ?? m.partOf.id };
  }
  return ids;
}

/** A year that opens a document's name ("the 2009 Country Reports …") is the period it covers, not an event's date. */
function markCovers(dates: DateCandidate[], mentions: Mention[]): void {
  for (const d of dates) {
    const doc = mentions.find((m) => m.kind === "document" && m.start === d.start && /^\d{4}$/.test(d.edtf));
    if (doc) Object.assign(d, { role: "covers", of: doc.id });
  }
}

/** Reads a report's text: its structure, what it states about itself, its defects and every candidate. */
export function analyse(text: string): Analysis {
  let structure: Structure;
  try {
    structure = segment(text);
  } catch (error) {
    throw new IngestError((error as Error).message);
  }
  const metadata = statedMetadata(text, structure);
  const perSentence = structure.sentences.map((s) => {
    const dates = findDates(text, s.start, s.end).map((d) => ({ ...d, sentenceId: s.id }));
    const quantities = findQuantities(text, s.start, s.end, dates).map((q) => ({ ...q, sentenceId: s.id }));
    const mentions = findActors(text, s.start, s.end, metadata.country?.value, dates);
    markCovers(dates, mentions);
    return { ...s, dates, quantities, mentions };
  });
  resolveMissionWords(text, perSentence);
  const countryIds = settleCountryIds(perSentence.flatMap((p) => p.mentions));
  // In this series the report speaks for the U.S. Government: an agent the words leave out is it.
  const implied = countryIds.get("country:us");
  // Counted groups ("three journalists") are one group per count, even with the same words.
  const groupIds = new IdAllocator();
  const events: EventCandidate[] = [];
  const actors: Analysis["actors"] = [];
  for (const p of perSentence) {
    const r = findEvents(text, p, p.mentions, p.dates, p.quantities, implied, (w) => groupIds.take(w, "group"));
    events.push(...r.events);
    for (const m of [...p.mentions, ...r.groups].sort((a, b) => a.start - b.start || b.end - a.end))
      actors.push({ ...m, sentenceId: p.id });
  }
  return {
    text,
    structure,
    metadata,
    defects: findDefects(text, structure),
    dates: perSentence.flatMap((p) => p.dates),
    quantities: perSentence.flatMap((p) => p.quantities),
    actors,
    events,
  };
}
