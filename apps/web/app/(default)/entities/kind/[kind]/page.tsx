import type { Metadata } from "next";
import { EntitiesView } from "../../../../../components/Entities.tsx";
import { DEFAULT_DOCUMENT } from "../../../../../lib/documents.ts";
import { ENTITY_KIND_NONE, ENTITY_KIND_PARAMS } from "../../../../../lib/entity-kinds.ts";
import { entitiesMetadata } from "../../../../../views/entities.tsx";

// /entities?kind=… (rewritten here by the proxy): one prerendered page per kind, and one for a kind that is not one.
export const dynamicParams = false;
export const generateStaticParams = () => ENTITY_KIND_PARAMS;

export const generateMetadata = (): Metadata => entitiesMetadata(DEFAULT_DOCUMENT);

export default async function EntitiesOfKindPage({ params }: { params: Promise<{ kind: string }> }) {
  const { kind } = await params;
  return <EntitiesView d={DEFAULT_DOCUMENT} raw={kind === ENTITY_KIND_NONE ? "" : kind} />;
}
