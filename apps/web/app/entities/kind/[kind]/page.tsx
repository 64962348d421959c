import { ENTITY_KIND_LIST } from "@report/view";
import type { Metadata } from "next";
import { EntitiesView } from "../../../../components/Entities.tsx";
import { ENTITY_KIND_NONE } from "../../../../lib/entity-kinds.ts";
import { withOpenGraph } from "../../../../lib/meta.ts";

// /entities?kind=… (rewritten here by the proxy): one prerendered page per kind, and one for a kind that is not one.
export const dynamicParams = false;
export const generateStaticParams = () => [...ENTITY_KIND_LIST, ENTITY_KIND_NONE].map((kind) => ({ kind }));

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Who’s who",
    description:
      "Every entity in the report, by kind: countries, public bodies, organizations, groups, programs and more.",
    alternates: { canonical: "/entities" },
  });

export default async function EntitiesOfKindPage({ params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  return <EntitiesView raw={kind === ENTITY_KIND_NONE ? "" : kind} />;
}
