import type { Metadata } from "next";
import { EntitiesView } from "../../components/Entities.tsx";
import { withOpenGraph } from "../../lib/meta.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Who’s who",
    description:
      "Every entity in the report, by kind: countries, public bodies, organizations, groups, programs and more.",
    alternates: { canonical: "/entities" },
  });

/** All kinds, prerendered; the proxy rewrites /entities?kind=… to the prerendered ./kind/[kind]. */
export default function EntitiesPage() {
  return <EntitiesView raw={undefined} />;
}
