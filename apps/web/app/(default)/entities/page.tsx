import type { Metadata } from "next";
import { EntitiesView } from "../../../components/Entities.tsx";
import { DEFAULT_DOCUMENT } from "../../../lib/documents.ts";
import { entitiesMetadata } from "../../../views/entities.tsx";

export const generateMetadata = (): Metadata => entitiesMetadata(DEFAULT_DOCUMENT);

/** All kinds, prerendered; the proxy rewrites /entities?kind=… to the prerendered ./kind/[kind]. */
export default function EntitiesPage() {
  return <EntitiesView d={DEFAULT_DOCUMENT} raw={undefined} />;
}
