import { type EventsFilter, eventYears } from "@report/view";
import type { SiteDocument } from "./documents.ts";
import { pathIn } from "./paths.ts";

/** The filter segment that means "no filter" in /events/filter/[type]/[actor]/[year]. */
export const ALL = "all";
/** The prerendered page for a filter that keeps no event (or names no type, actor or year). */
export const NO_MATCH = { type: "none", actor: "none", year: "none" } as const;

export type FilterSegments = { type: string; actor: string; year: string };

const FIELDS = ["type", "actor", "year"] as const;

/** Every filter that keeps at least one event, as route segments: each event's type, agents and years, or all. */
export function prerenderedFilters(d: SiteDocument): FilterSegments[] {
  const seen = new Map<string, FilterSegments>();
  for (const e of d.doc.events)
    for (const type of [e.type, ALL])
      for (const actor of [...e.agents, ALL])
        for (const year of [...eventYears(d.doc, e), ALL]) seen.set(`${type}/${actor}/${year}`, { type, actor, year });
  seen.delete(`${ALL}/${ALL}/${ALL}`); // that is /events itself
  return [...seen.values()];
}

const known = new Map<SiteDocument, Set<string>>();
/**
 * Where a document's `/events?type=…&actor=…&year=…` is answered: the prerendered filtered page, or the page
 * that says no event matches. Empty values mean "all"; a repeated or unknown parameter value matches nothing.
 */
export function filterRoute(d: SiteDocument, params: URLSearchParams): string {
  let filters = known.get(d);
  if (!filters) {
    filters = new Set(prerenderedFilters(d).map((f) => `${f.type}/${f.actor}/${f.year}`));
    known.set(d, filters);
  }
  const values = FIELDS.map((k) => {
    const all = params.getAll(k);
    if (all.length > 1) return undefined;
    return all[0] ? all[0] : ALL;
  });
  const key = values.join("/");
  if (key === `${ALL}/${ALL}/${ALL}`) return pathIn(d, "/events");
  return values.includes(undefined) || !filters.has(key)
    ? pathIn(d, `/events/filter/${NO_MATCH.type}/${NO_MATCH.actor}/${NO_MATCH.year}`)
    : pathIn(d, `/events/filter/${key}`);
}

/** The filter a prerendered page shows, from its segments (`all` is no filter). */
export const filterOf = (s: FilterSegments): EventsFilter => ({
  ...(s.type !== ALL ? { type: s.type } : {}),
  ...(s.actor !== ALL ? { actor: s.actor } : {}),
  ...(s.year !== ALL ? { year: s.year } : {}),
});

/** True when a request to /events carries any filter parameter (the proxy then rewrites it). */
export const hasFilter = (params: URLSearchParams) => FIELDS.some((k) => params.has(k));

export const FILTER_FIELDS = FIELDS;
