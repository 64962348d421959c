import type { Metadata } from "next";
import { type DocumentParams, documentOf } from "../../../../lib/document-route.ts";
import { SanctionsPage, sanctionsMetadata } from "../../../../views/sanctions.tsx";

type Props = { params: DocumentParams };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  sanctionsMetadata(await documentOf(params));

export default async function Page({ params }: Props) {
  return <SanctionsPage d={await documentOf(params)} />;
}
