import { eventsFilterWords, filterEvents } from "@report/view";
import type { Metadata } from "next";
import { EventsView } from "../../../../../../components/EventsView.tsx";
import { filterOf, NO_MATCH, prerenderedFilters } from "../../../../../../lib/events-filter.ts";
import { withOpenGraph } from "../../../../../../lib/meta.ts";
import { report } from "../../../../../../lib/report.ts";

type Props = { params: Promise<{ type: string; actor: string; year: string }> };

// /events?type=…&actor=…&year=… (rewritten here by the proxy): one prerendered page per filter that keeps an
// event, and one that says none does.
export const dynamicParams = false;
export const generateStaticParams = () => [...prerenderedFilters(), NO_MATCH];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const segments = await params;
  const filter = segments.type === NO_MATCH.type ? undefined : filterOf(segments);
  const words = filter ? eventsFilterWords(report, filter, filterEvents(report, filter).length) : "No events match";
  return withOpenGraph({
    title: `Events: ${words}`,
    description: "Who did what to whom in the report, by actor, with filters by type, actor and year.",
    alternates: { canonical: "/events" },
    robots: { index: false, follow: true },
  });
}

export default async function FilteredEventsPage({ params }: Props) {
  const segments = await params;
  const none = segments.type === NO_MATCH.type;
  return <EventsView filter={none ? undefined : filterOf(segments)} />;
}
