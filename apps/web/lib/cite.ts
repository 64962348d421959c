import { type Citations, citations } from "@report/view/cite";
import type { SiteDocument } from "./documents.ts";
import { pathIn } from "./paths.ts";
import { SITE_URL } from "./site.ts";

export type { Citations };

/** Every citation format for a paragraph, sentence or record, with the site's own URLs; server-side. */
export const citationsFor = (d: SiteDocument, id: string): Citations | undefined =>
  citations(d.doc, id, { baseUrl: `${SITE_URL}${pathIn(d, "")}` });
