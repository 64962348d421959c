import type { Metadata } from "next";
import { Reader } from "../../../components/Reader.tsx";
import { parseHighlight } from "../../../lib/highlight.ts";
import { withOpenGraph } from "../../../lib/meta.ts";
import { metadata, report } from "../../../lib/report.ts";
import { STATIC_EXPORT } from "../../../lib/site.ts";

// The proxy rewrites /read?hl=start-end here, so the reader is sent with the quoted words in <mark>.
export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Read the report",
    description: `The full text of ${metadata.title.value}, in its exact wording, with entity mentions linked.`,
    alternates: { canonical: "/read" },
  });

export default async function HighlightedReadPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // The static export has no server (and no proxy): this copy is the plain reader.
  const hl = STATIC_EXPORT ? undefined : parseHighlight((await searchParams).hl, report.source.text.length);
  return <Reader hl={hl} />;
}
