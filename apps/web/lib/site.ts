/** The public origin, for absolute URLs in the sitemap, robots.txt, canonical links and JSON-LD. */
export const SITE_URL = (process.env.SITE_URL ?? "https://afdr-belarus-2010.example.org").replace(/\/$/, "");
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
