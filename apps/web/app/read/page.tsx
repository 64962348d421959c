import type { Metadata } from "next";
import { Reader } from "../../components/Reader.tsx";
import { withOpenGraph } from "../../lib/meta.ts";
import { metadata } from "../../lib/report.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Read the report",
    description: `The full text of ${metadata.title.value}, in its exact wording, by part and paragraph.`,
    alternates: { canonical: "/read" },
  });

/** Prerendered at build time; `?hl=` (a quote to mark) is checked by the proxy and painted in the browser. */
export default function ReadPage() {
  return <Reader mentions={false} />;
}
