import type { Metadata } from "next";
import { type DocumentParams, documentOf } from "../../../../lib/document-route.ts";
import { StrategyPage, strategyMetadata } from "../../../../views/strategy.tsx";

type Props = { params: DocumentParams };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  strategyMetadata(await documentOf(params));

export default async function Page({ params }: Props) {
  return <StrategyPage d={await documentOf(params)} />;
}
