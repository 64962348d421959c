import type { Metadata } from "next";
import { EventsView } from "../../components/EventsView.tsx";
import { withOpenGraph } from "../../lib/meta.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Events",
    description: "Who did what to whom in the report, by actor, with filters by type, actor and year.",
    alternates: { canonical: "/events" },
  });

/** Every event, prerendered; the proxy rewrites /events?type=…&actor=…&year=… to a prerendered filter page. */
export default function EventsPage() {
  return <EventsView filter={{}} />;
}
