import type { Metadata } from "next";
import { documentOf, paramsIn } from "../../../../../lib/document-route.ts";
import { CitePage, citeMetadata, citeParams } from "../../../../../views/cite.tsx";

type Props = { params: Promise<{ doc: string; id: string }> };

export const dynamicParams = false;
export const generateStaticParams = paramsIn(citeParams);

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  citeMetadata(await documentOf(params), (await params).id);

export default async function Page({ params }: Props) {
  return <CitePage d={await documentOf(params)} id={(await params).id} />;
}
