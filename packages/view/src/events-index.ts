import { EVENT_TYPES, type Event, type EventType, edtfBounds, type ReportDocument } from "@report/data";
import { contextOf, entityName } from "./context.ts";
import { eventTypeLabel } from "./labels.ts";
import type { EventsFilter } from "./links.ts";
import { countWords } from "./quantity.ts";
import { capitalize } from "./words.ts";

/** True for a string that names an event type. */
export const isEventType = (t: unknown): t is EventType => typeof t === "string" && Object.hasOwn(EVENT_TYPES, t);

/** One choice of a filter: the value in the URL, its words, and how many events it keeps. */
export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

/** The choices of the events page's filters, each with at least one event. */
export interface EventFilterOptions {
  types: FilterOption[];
  actors: FilterOption[];
  years: FilterOption[];
}

/** The years an event can fall in: those of its date, or of the event it is dated after. */
export function eventYears(doc: ReportDocument, e: Event): string[] {
  const date = e.date ?? (e.after ? contextOf(doc).index.getEvent(e.after.after)?.date : undefined);
  if (!date) return [];
  const { start, end } = edtfBounds(date.edtf);
  if (!start || !end) return [(start ?? end ?? "").slice(0, 4)].filter(Boolean);
  const out: string[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) out.push(String(y));
  return out;
}

/** The events a filter keeps, in text order; an unknown type, actor or year keeps none. */
export function filterEvents(doc: ReportDocument, filter: EventsFilter): Event[] {
  const { index } = contextOf(doc);
  if (filter.type !== undefined && !isEventType(filter.type)) return [];
  if (filter.year !== undefined && !/^\d{4}$/.test(filter.year)) return [];
  return index.events({
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.actor ? { agent: filter.actor } : {}),
    ...(filter.year ? { from: filter.year, to: filter.year } : {}),
  });
}

const options = (counts: Map<string, number>, label: (value: string) => string): FilterOption[] =>
  [...counts].map(([value, count]) => ({ value, label: label(value), count }));
const tally = (values: string[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
};

/**
 * The filters' choices: event types by how many events they have (then the vocabulary's order), actors
 * (the agents) by how many events they act in (then by name), and years in order.
 */
export function eventFilterOptions(doc: ReportDocument): EventFilterOptions {
  const byCount = (a: FilterOption, b: FilterOption) => b.count - a.count;
  const types = options(tally(doc.events.map((e) => e.type)), (t) => eventTypeLabel(t as Event["type"])).sort(byCount);
  const actors = options(tally(doc.events.flatMap((e) => e.agents)), (id) => entityName(doc, id)).sort(
    (a, b) => byCount(a, b) || a.label.localeCompare(b.label),
  );
  const years = options(tally(doc.events.flatMap((e) => eventYears(doc, e))), (y) => y).sort((a, b) =>
    a.value.localeCompare(b.value),
  );
  return { types, actors, years };
}

/** Events grouped by who acts (their first agent), the busiest actor first, each group in text order. */
export function eventsByActor(
  doc: ReportDocument,
  events: readonly Event[],
): { actor: string; name: string; events: Event[] }[] {
  const groups = new Map<string, Event[]>();
  for (const e of events) {
    const actor = e.agents[0] as string;
    groups.set(actor, [...(groups.get(actor) ?? []), e]);
  }
  return [...groups]
    .map(([actor, list]) => ({ actor, name: entityName(doc, actor), events: list }))
    .sort((a, b) => b.events.length - a.events.length);
}

/** What a filter shows, in words: "Two events: meeting, by Helsinki Commission delegation, in 2009". */
export function eventsFilterWords(doc: ReportDocument, filter: EventsFilter, count: number): string {
  const parts = [
    filter.type && isEventType(filter.type) ? eventTypeLabel(filter.type).toLowerCase() : "",
    filter.actor ? `by ${entityName(doc, filter.actor)}` : "",
    filter.year ? `in ${filter.year}` : "",
  ].filter(Boolean);
  const total = count === 0 ? "No events" : capitalize(countWords(count, "event"));
  return `${total}${parts.length > 0 ? `: ${parts.join(", ")}` : ""}`;
}
