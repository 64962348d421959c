import type { Metadata } from "next";
import { EntitiesView } from "../../../../components/Entities.tsx";
import { type DocumentParams, documentOf } from "../../../../lib/document-route.ts";
import { entitiesMetadata } from "../../../../views/entities.tsx";

type Props = { params: DocumentParams };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  entitiesMetadata(await documentOf(params));

export default async function EntitiesPage({ params }: Props) {
  return <EntitiesView d={await documentOf(params)} raw={undefined} />;
}
