import type { Metadata } from "next";
import { type DocumentParams, documentOf } from "../../../../lib/document-route.ts";
import { DataPage, dataMetadata } from "../../../../views/data.tsx";

type Props = { params: DocumentParams };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => dataMetadata(await documentOf(params));

export default async function Page({ params }: Props) {
  return <DataPage d={await documentOf(params)} />;
}
