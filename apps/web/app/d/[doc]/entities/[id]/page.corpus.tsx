import type { Metadata } from "next";
import { documentOf, paramsIn } from "../../../../../lib/document-route.ts";
import { EntityPage, entityMetadata, entityParams } from "../../../../../views/entity.tsx";

type Props = { params: Promise<{ doc: string; id: string }> };

export const dynamicParams = false;
export const generateStaticParams = paramsIn(entityParams);

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  entityMetadata(await documentOf(params), (await params).id);

export default async function Page({ params }: Props) {
  return <EntityPage d={await documentOf(params)} id={(await params).id} />;
}
