import { documentSummary } from "@report/view";
import type { Metadata } from "next";
import type { SiteDocument } from "../lib/documents.ts";
import { withOpenGraph } from "../lib/meta.ts";

/** The reader (prerendered; `?hl=` is checked by the proxy and painted in the browser), or with mentions linked. */
export const readMetadata = (d: SiteDocument, mentions: boolean): Metadata =>
  withOpenGraph(
    d,
    mentions
      ? {
          title: "Read the report, with mentions",
          description: `The full text of ${documentSummary(d.doc).title}, each mention of a body, group or place linked to its page.`,
          alternates: { canonical: "/read/mentions" },
        }
      : {
          title: "Read the report",
          description: `The full text of ${documentSummary(d.doc).title}, in its exact wording, by part and paragraph.`,
          alternates: { canonical: "/read" },
        },
  );
