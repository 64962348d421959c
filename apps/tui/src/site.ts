/**
 * The website's origin, for the permalinks (`o`) and citations (`y`, `report cite`) the terminal
 * writes: `SITE_URL` when it is set (the same variable the website is built with), else the address
 * `./tools/run.sh start` serves the site on.
 */
export const DEFAULT_SITE_URL = "http://localhost:3000";

export function siteUrl(env: NodeJS.ProcessEnv = process.env): { url: string } | { problem: string } {
  const value = env.SITE_URL?.trim();
  if (!value) return { url: DEFAULT_SITE_URL };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {
      problem: `SITE_URL '${value}' is not an absolute URL: set it to the website's origin, e.g. https://your.host`,
    };
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.pathname !== "/" || url.search || url.hash)
    return {
      problem: `SITE_URL '${value}' must be an origin only (https://host[:port]), with no path, query or fragment`,
    };
  return { url: url.origin };
}
