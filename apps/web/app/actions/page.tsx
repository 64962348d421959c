import type { Metadata } from "next";
import { EventsTable, RestrictionsTable, SanctionsTable, Strategies } from "../../components/Actions.tsx";
import { withOpenGraph } from "../../lib/meta.ts";
import { events, restrictions, sanctions, strategies } from "../../lib/report.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Actions & sanctions",
    description:
      "Who acted on whom in the report: events, sanctions with their history, restrictions, and the policy and strategy, with status words as printed.",
    alternates: { canonical: "/actions" },
  });

export default function ActionsPage() {
  return (
    <>
      <h1>Actions &amp; sanctions</h1>
      <EventsTable events={events()} />
      <SanctionsTable sanctions={sanctions()} />
      <RestrictionsTable restrictions={restrictions()} />
      <Strategies strategies={strategies()} />
    </>
  );
}
