import type { Metadata } from "next";
import { Reader } from "../../../../components/Reader.tsx";
import { type DocumentParams, documentOf } from "../../../../lib/document-route.ts";
import { readMetadata } from "../../../../views/read.tsx";

type Props = { params: DocumentParams };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  readMetadata(await documentOf(params), false);

export default async function ReadPage({ params }: Props) {
  return <Reader d={await documentOf(params)} mentions={false} />;
}
