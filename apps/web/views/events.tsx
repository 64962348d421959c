import { eventsFilterWords, filterEvents } from "@report/view";
import type { Metadata } from "next";
import type { SiteDocument } from "../lib/documents.ts";
import { type FilterSegments, filterOf, NO_MATCH, prerenderedFilters } from "../lib/events-filter.ts";
import { withOpenGraph } from "../lib/meta.ts";

const DESCRIPTION = "Who did what to whom in the report, by actor, with filters by type, actor and year.";

/** Every event, prerendered; the proxy rewrites /events?type=…&actor=…&year=… to a prerendered filter page. */
export const eventsMetadata = (d: SiteDocument): Metadata =>
  withOpenGraph(d, { title: "Events", description: DESCRIPTION, alternates: { canonical: "/events" } });

/**
 * /events?type=…&actor=…&year=… (rewritten to /events/filter/[type]/[actor]/[year] by the proxy): one prerendered
 * page per filter that keeps an event, and one that says none does.
 */
export const eventsFilterParams = (d: SiteDocument) => [...prerenderedFilters(d), NO_MATCH];

/** The filter a filter page shows (undefined: the page that says no event matches). */
export const filterOfSegments = (s: FilterSegments) => (s.type === NO_MATCH.type ? undefined : filterOf(s));

export function eventsFilterMetadata(d: SiteDocument, s: FilterSegments): Metadata {
  const filter = filterOfSegments(s);
  const words = filter ? eventsFilterWords(d.doc, filter, filterEvents(d.doc, filter).length) : "No events match";
  return withOpenGraph(d, {
    title: `Events: ${words}`,
    description: DESCRIPTION,
    alternates: { canonical: "/events" },
    robots: { index: false, follow: true },
  });
}
