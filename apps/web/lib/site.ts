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

export const SITE_NAME = "Belarus 2010: Advancing Freedom and Democracy, as data";

export const NAV: { href: string; label: string }[] = [
  { href: "/", label: "Home" },
  { href: "/read", label: "Read" },
  { href: "/entities", label: "Entities" },
  { href: "/timeline", label: "Timeline" },
  { href: "/actions", label: "Actions & sanctions" },
  { href: "/search", label: "Search" },
  { href: "/data", label: "Data" },
  { href: "/about", label: "About" },
];

export const absolute = (path: string) => `${SITE_URL}${path}`;

/** True when building the static export (WEB_EXPORT=1): no server, so no per-request search or filtering. */
export const STATIC_EXPORT = process.env.WEB_EXPORT === "1";
