import type { Structure } from "@report/data/schema";
import { segment } from "@report/data/text";
import { findActors, type Mention } from "./actors.ts";
import type { DateCandidate, DefectCandidate, EventCandidate, QuantityCandidate } from "./candidates.ts";
import { countryName } from "./countries.ts";
import { findDates } from "./dates.ts";
import { findDefects } from "./defects.ts";
import { IngestError } from "./errors.ts";
import { findEvents, type SkippedCue } from "./events.ts";
import { type Stated, statedMetadata } from "./metadata.ts";
import { findQuantities } from "./quantities.ts";
import { slug } from "./slug.ts";

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
  skipped: SkippedCue[];
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
    const actors = findActors(text, s.start, s.end, metadata.country?.value).map((m) => ({ ...m, sentenceId: s.id }));
    return { s, dates, quantities, actors };
  });
  const actors = perSentence.flatMap((p) => p.actors);
  const countryIds = settleCountryIds(actors);
  // In this series the report speaks for the U.S. Government: an agent the words leave out is it.
  const implied = countryIds.get("country:us");
  const events: EventCandidate[] = [];
  const skipped: SkippedCue[] = [];
  for (const p of perSentence) {
    const r = findEvents(text, p.s, p.actors, p.dates, implied);
    events.push(...r.events);
    skipped.push(...r.skipped);
  }
  const dates = perSentence.flatMap((p) => p.dates);
  const quantities = perSentence.flatMap((p) => p.quantities);
  return {
    text,
    structure,
    metadata,
    defects: findDefects(text, structure),
    dates,
    quantities,
    actors,
    events,
    skipped,
  };
}
