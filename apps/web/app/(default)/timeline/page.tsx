import type { Metadata } from "next";
import { DEFAULT_DOCUMENT } from "../../../lib/documents.ts";
import { TimelinePage, timelineMetadata } from "../../../views/timeline.tsx";

export const generateMetadata = (): Metadata => timelineMetadata(DEFAULT_DOCUMENT);

export default function Page() {
  return <TimelinePage d={DEFAULT_DOCUMENT} />;
}
