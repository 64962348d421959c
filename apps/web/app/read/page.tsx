import type { Metadata } from "next";
import { Reader } from "../../components/Reader.tsx";
import { withOpenGraph } from "../../lib/meta.ts";
import { metadata } from "../../lib/report.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Read the report",
    description: `The full text of ${metadata.title.value}, in its exact wording, with entity mentions linked.`,
    alternates: { canonical: "/read" },
  });

/** Prerendered at build time; `/read?hl=…` is rewritten by the proxy to ./highlight (rendered per request). */
export default function ReadPage() {
  return <Reader />;
}
