import type { Metadata } from "next";
import { type DocumentParams, documentOf } from "../../../../lib/document-route.ts";
import { TimelinePage, timelineMetadata } from "../../../../views/timeline.tsx";

type Props = { params: DocumentParams };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  timelineMetadata(await documentOf(params));

export default async function Page({ params }: Props) {
  return <TimelinePage d={await documentOf(params)} />;
}
