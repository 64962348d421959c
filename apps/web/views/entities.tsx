import type { Metadata } from "next";
import type { SiteDocument } from "../lib/documents.ts";
import { withOpenGraph } from "../lib/meta.ts";

/** Who's who: all kinds, and (the proxy rewrites /entities?kind=… to them) one prerendered page per kind. */
export const entitiesMetadata = (d: SiteDocument): Metadata =>
  withOpenGraph(d, {
    title: "Who’s who",
    description:
      "Every entity in the report, by kind: countries, public bodies, organizations, groups, programs and more.",
    alternates: { canonical: "/entities" },
  });
