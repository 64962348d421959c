import type { Metadata } from "next";
import { DEFAULT_DOCUMENT } from "../../../../lib/documents.ts";
import { EntityPage, entityMetadata, entityParams } from "../../../../views/entity.tsx";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => entityParams(DEFAULT_DOCUMENT);

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  entityMetadata(DEFAULT_DOCUMENT, (await params).id);

export default async function Page({ params }: Props) {
  return <EntityPage d={DEFAULT_DOCUMENT} id={(await params).id} />;
}
