import { parseSiteUrl } from "./site-url.ts";

const site = parseSiteUrl(process.env.SITE_URL);
/**
 * The public origin, for every absolute URL (next.config inlines the build's SITE_URL). Only development and unit
 * tests may go without one: they get the address `next dev` listens on.
 */
export const SITE_URL = site.ok ? site.url : developmentOrigin(site.problem);

function developmentOrigin(problem: string): string {
  if (process.env.NODE_ENV === "production") throw new Error(problem);
  return "http://localhost:3000";
}

/** The main sections, in the header's order (the site name links home; search has its own box). */
export const NAV: { href: string; label: string }[] = [
  { href: "/read", label: "Read" },
  { href: "/events", label: "Events" },
  { href: "/sanctions", label: "Sanctions" },
  { href: "/strategy", label: "Strategy" },
  { href: "/timeline", label: "Timeline" },
  { href: "/entities", label: "Who’s who" },
  { href: "/data", label: "Data" },
  { href: "/about", label: "About" },
];

/** The list of documents, in a site built from a corpus. */
export const DOCUMENTS_PATH = "/documents";

/** Every page of a document the sitemap lists besides the entity and citation pages. */
export const SITEMAP_PAGES = ["/", ...NAV.map((n) => n.href), "/read/mentions"];

export const absolute = (path: string) => `${SITE_URL}${path}`;

/** True when building the static export (WEB_EXPORT=1): no server, so no per-request search or filtering. */
export const STATIC_EXPORT = process.env.WEB_EXPORT === "1";
