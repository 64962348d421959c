import type { Metadata } from "next";
import { EventsView } from "../../../../components/EventsView.tsx";
import { type DocumentParams, documentOf } from "../../../../lib/document-route.ts";
import { eventsMetadata } from "../../../../views/events.tsx";

type Props = { params: DocumentParams };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  eventsMetadata(await documentOf(params));

export default async function EventsPage({ params }: Props) {
  return <EventsView d={await documentOf(params)} filter={{}} />;
}
