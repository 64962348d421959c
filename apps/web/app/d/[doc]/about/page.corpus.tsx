import type { Metadata } from "next";
import { type DocumentParams, documentOf } from "../../../../lib/document-route.ts";
import { AboutPage, aboutMetadata } from "../../../../views/about.tsx";

type Props = { params: DocumentParams };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => aboutMetadata(await documentOf(params));

export default async function Page({ params }: Props) {
  return <AboutPage d={await documentOf(params)} />;
}
