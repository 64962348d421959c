import type { Metadata } from "next";
import { Reader } from "../../../components/Reader.tsx";
import { withOpenGraph } from "../../../lib/meta.ts";
import { metadata } from "../../../lib/report.ts";

export const generateMetadata = (): Metadata =>
  withOpenGraph({
    title: "Read the report, with mentions",
    description: `The full text of ${metadata.title.value}, each mention of a body, group or place linked to its page.`,
    alternates: { canonical: "/read/mentions" },
  });

/** The reader with mentions linked: its own prerendered page, so no query turns the reader dynamic. */
export default function ReadWithMentionsPage() {
  return <Reader mentions />;
}
