import { type EventsFilter, eventFilterOptions, eventsByActor, eventsFilterWords, filterEvents } from "@report/view";
import Link from "next/link";
import type { SiteDocument } from "../lib/documents.ts";
import { pathIn } from "../lib/paths.ts";
import { STATIC_EXPORT } from "../lib/site.ts";
import { EventCard } from "./EventCard.tsx";

/** The filters as a plain GET form: it works without JavaScript; the proxy answers with a prerendered page. */
function Filters({ d, filter }: { d: SiteDocument; filter: EventsFilter }) {
  const o = eventFilterOptions(d.doc);
  const select = (name: keyof EventsFilter, label: string, all: string, options: typeof o.types) => (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={filter[name] ?? ""}>
        <option value="">{all}</option>
        {options.map((x) => (
          <option key={x.value} value={x.value}>
            {x.label} ({x.count})
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form action={pathIn(d, "/events")} method="get" className="filters-form" aria-label="Filter the events">
      {select("type", "Type of event", "All types", o.types)}
      {select("actor", "Who acted", "Anyone", o.actors)}
      {select("year", "Year", "Any year", o.years)}
      <div className="filters-buttons">
        <button type="submit">Show events</button>
        {filter.type || filter.actor || filter.year ? <Link href={pathIn(d, "/events")}>Clear filters</Link> : null}
      </div>
    </form>
  );
}

/**
 * Every event, or those of one filter, grouped by who acted. `filter` undefined: the page for a filter that
 * keeps no event.
 */
export function EventsView({ d, filter }: { d: SiteDocument; filter: EventsFilter | undefined }) {
  const events = filter ? filterEvents(d.doc, filter) : [];
  const groups = eventsByActor(d.doc, events);
  return (
    <>
      <h1>Events</h1>
      <p className="lede">
        Who did what to whom in the report, one card per event, with the words that state it. Dates and places are shown
        where the report gives them.
      </p>
      {STATIC_EXPORT ? (
        <nav aria-label="Jump to an actor" className="chips">
          <ul>
            {groups.map((g) => (
              <li key={g.actor}>
                <a href={`#by-${g.actor}`}>
                  {g.name} ({g.events.length})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : (
        <Filters d={d} filter={filter ?? {}} />
      )}
      <p className="result-count">
        {filter ? (
          eventsFilterWords(d.doc, filter, events.length)
        ) : (
          <>
            No events match these filters. <Link href={pathIn(d, "/events")}>Show all events</Link>
          </>
        )}
      </p>
      {groups.map((g) => (
        <section key={g.actor} aria-labelledby={`by-${g.actor}`} className="event-group">
          <h2 id={`by-${g.actor}`}>
            <Link href={pathIn(d, `/entities/${g.actor}`)}>{g.name}</Link>{" "}
            <span className="count">
              ({g.events.length} event{g.events.length === 1 ? "" : "s"})
            </span>
          </h2>
          <div className="cards">
            {g.events.map((e) => (
              <EventCard key={e.id} d={d} event={e} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
