import type { Metadata } from "next";
import { EventsView } from "../../../../../../../components/EventsView.tsx";
import { DEFAULT_DOCUMENT } from "../../../../../../../lib/documents.ts";
import type { FilterSegments } from "../../../../../../../lib/events-filter.ts";
import { eventsFilterMetadata, eventsFilterParams, filterOfSegments } from "../../../../../../../views/events.tsx";

type Props = { params: Promise<FilterSegments> };

export const dynamicParams = false;
export const generateStaticParams = () => eventsFilterParams(DEFAULT_DOCUMENT);

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  eventsFilterMetadata(DEFAULT_DOCUMENT, await params);

export default async function FilteredEventsPage({ params }: Props) {
  return <EventsView d={DEFAULT_DOCUMENT} filter={filterOfSegments(await params)} />;
}
