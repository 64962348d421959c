import type { Metadata } from "next";
import { EventsView } from "../../../../../../../../components/EventsView.tsx";
import { documentOf, paramsIn } from "../../../../../../../../lib/document-route.ts";
import type { FilterSegments } from "../../../../../../../../lib/events-filter.ts";
import { eventsFilterMetadata, eventsFilterParams, filterOfSegments } from "../../../../../../../../views/events.tsx";

type Props = { params: Promise<FilterSegments & { doc: string }> };

export const dynamicParams = false;
export const generateStaticParams = paramsIn(eventsFilterParams);

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  eventsFilterMetadata(await documentOf(params), await params);

export default async function FilteredEventsPage({ params }: Props) {
  return <EventsView d={await documentOf(params)} filter={filterOfSegments(await params)} />;
}
