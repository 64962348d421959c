import type { Metadata } from "next";
import { DEFAULT_DOCUMENT } from "../../../../lib/documents.ts";
import { CitePage, citeMetadata, citeParams } from "../../../../views/cite.tsx";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;
export const generateStaticParams = () => citeParams(DEFAULT_DOCUMENT);

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  citeMetadata(DEFAULT_DOCUMENT, (await params).id);

export default async function Page({ params }: Props) {
  return <CitePage d={DEFAULT_DOCUMENT} id={(await params).id} />;
}
