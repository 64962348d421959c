import { type Citations, citations } from "@report/view/cite";
import { report } from "./report.ts";
import { SITE_URL } from "./site.ts";

export type { Citations };

/** Every citation format for a paragraph, sentence or record, with the site's own URLs; server-side. */
export const citationsFor = (id: string): Citations | undefined => citations(report, id, { baseUrl: SITE_URL });
