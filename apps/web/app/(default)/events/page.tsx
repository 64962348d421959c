import type { Metadata } from "next";
import { EventsView } from "../../../components/EventsView.tsx";
import { DEFAULT_DOCUMENT } from "../../../lib/documents.ts";
import { eventsMetadata } from "../../../views/events.tsx";

export const generateMetadata = (): Metadata => eventsMetadata(DEFAULT_DOCUMENT);

export default function EventsPage() {
  return <EventsView d={DEFAULT_DOCUMENT} filter={{}} />;
}
