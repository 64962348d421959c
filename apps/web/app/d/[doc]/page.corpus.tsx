import type { Metadata } from "next";
import { type DocumentParams, documentOf } from "../../../lib/document-route.ts";
import { HomePage, homeMetadata } from "../../../views/home.tsx";

type Props = { params: DocumentParams };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => homeMetadata(await documentOf(params));

export default async function Home({ params }: Props) {
  return <HomePage d={await documentOf(params)} />;
}
