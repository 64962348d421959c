import type { Metadata } from "next";
import { EntitiesView } from "../../../../../../components/Entities.tsx";
import { documentOf } from "../../../../../../lib/document-route.ts";
import { ENTITY_KIND_NONE, ENTITY_KIND_PARAMS } from "../../../../../../lib/entity-kinds.ts";
import { entitiesMetadata } from "../../../../../../views/entities.tsx";

type Props = { params: Promise<{ doc: string; kind: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => ENTITY_KIND_PARAMS;

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  entitiesMetadata(await documentOf(params));

export default async function EntitiesOfKindPage({ params }: Props) {
  const { kind } = await params;
  return <EntitiesView d={await documentOf(params)} raw={kind === ENTITY_KIND_NONE ? "" : kind} />;
}
