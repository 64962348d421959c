/**
 * SITE_URL: the public origin of the site (scheme, host, port), the host of every absolute URL it writes:
 * canonical links, the sitemap, robots.txt, citations, BibTeX, JSON-LD and Open Graph tags.
 */
export type SiteUrl = { ok: true; url: string } | { ok: false; problem: string };

const EXAMPLE = "SITE_URL=https://your.host pnpm build";

export function parseSiteUrl(value: string | undefined): SiteUrl {
  if (value === undefined || value.trim() === "")
    return {
      ok: false,
      problem: `SITE_URL is not set: a production build needs the site's public origin for its canonical links, sitemap and citations (${EXAMPLE})`,
    };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, problem: `SITE_URL '${value}' is not an absolute URL (${EXAMPLE})` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return { ok: false, problem: `SITE_URL '${value}' must start with https:// or http:// (${EXAMPLE})` };
  if (url.pathname !== "/" || url.search || url.hash || url.username || url.password)
    return {
      ok: false,
      problem: `SITE_URL '${value}' must be an origin only (scheme, host and port), with no path, query or credentials`,
    };
  return { ok: true, url: url.origin };
}
