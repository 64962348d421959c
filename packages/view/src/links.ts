import type { ReportDocument } from "@report/data";
import { typedRecord } from "./context.ts";

// The website's address of each thing, relative to its origin: one definition for the site's
// links, its citations and the terminal UI's permalinks.

/** A paragraph or sentence in the reader: `/read#p3-s2`. */
export const passagePath = (id: string): string => `/read#${id}`;

/**
 * Where a record is shown: an entity on its own page; an event on the events page; a sanction or a
 * restriction on the sanctions page; a strategy, goal or priority area on the strategy page; a
 * relation on its source entity's page.
 */
export function recordPath(doc: ReportDocument, id: string): string | undefined {
  const r = typedRecord(doc, id);
  if (!r) return undefined;
  switch (r.kind) {
    case "entity":
      return `/entities/${id}`;
    case "relation":
      return `/entities/${r.record.source}#${id}`;
    case "event":
      return `/events#${id}`;
    case "sanction":
    case "restriction":
      return `/sanctions#${id}`;
    default:
      return `/strategy#${id}`;
  }
}

/** The filters of the events page: an event type, an actor (an entity id among the agents), a year. */
export interface EventsFilter {
  type?: string | undefined;
  actor?: string | undefined;
  year?: string | undefined;
}

/** The events page with its filters as a plain GET query: `/events?type=meet&year=2009`. */
export function eventsPath(filter: EventsFilter = {}): string {
  const query = (["type", "actor", "year"] as const)
    .filter((k) => filter[k])
    .map((k) => `${k}=${encodeURIComponent(filter[k] as string)}`)
    .join("&");
  return query ? `/events?${query}` : "/events";
}

/** The published source text: `/downloads/source.txt`. */
export const sourcePath = (doc: ReportDocument): string =>
  `/downloads/${doc.source.filename.split("/").pop() ?? "source.txt"}`;
