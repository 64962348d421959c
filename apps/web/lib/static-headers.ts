import type { DataFile } from "./files.ts";
import { contentSecurityPolicy, type InlineHashes, securityHeaders } from "./security.ts";

// The static export's `_headers` file (the format Netlify and Cloudflare Pages read): the headers `next start`
// sends, written as path rules. Hosts differ in what they do when two rules matching one address set the same
// header (Cloudflare joins the values with a comma, which for a CSP means two policies), so no header is ever
// set by two rules that can match the same address: the shared headers go on `/*`, the CSP on each page and on
// folders that hold no page.

export interface HeaderRule {
  /** An exact path, or a prefix ending in `/*`. */
  path: string;
  headers: [name: string, value: string][];
}

export interface ExportPage {
  /** The address it is served at, e.g. `/entities/belarus` (`/` for index.html). */
  route: string;
  hashes: InlineHashes;
}

/** What `next start` sends for Next's metadata routes, which the export writes as files a host cannot type. */
export const METADATA_FILES: Record<string, string> = {
  "/robots.txt": "text/plain",
  "/sitemap.xml": "application/xml",
  "/icon.svg": "image/svg+xml",
  "/opengraph-image": "image/png",
};

const csp = (hashes: InlineHashes | undefined) => contentSecurityPolicy({ nonce: undefined, hashes, dev: false });

/**
 * The rules for an export: `pages` with the hashes of their inline scripts, `notFound` those of the 404 page
 * (allowed on every other response, as next.config's catch-all does), and the downloadable data files.
 */
export function exportHeaderRules(pages: ExportPage[], notFound: InlineHashes, downloads: DataFile[]): HeaderRule[] {
  const shared = securityHeaders({ nonce: undefined, dev: false })
    .filter((h) => h.key !== "Content-Security-Policy")
    .map((h): [string, string] => [h.key, h.value]);
  const otherCsp: [string, string] = ["Content-Security-Policy", csp(notFound)];
  return [
    { path: "/*", headers: shared },
    ...[...pages]
      .sort((a, b) => a.route.localeCompare(b.route))
      .map((p) => ({
        path: p.route,
        headers: [
          ["Content-Security-Policy", csp(p.hashes)] as [string, string],
          ["Content-Type", "text/html; charset=utf-8"] as [string, string],
        ],
      })),
    { path: "/_next/*", headers: [otherCsp] },
    { path: "/_next/static/*", headers: [["Cache-Control", "public, max-age=31536000, immutable"]] },
    { path: "/api/*", headers: [otherCsp, ["Content-Type", "application/json"]] },
    { path: "/downloads/*", headers: [otherCsp] },
    // The same headers as the download route (app/downloads/[...path]/route.ts), from the same list of files.
    ...downloads.map((f) => ({
      path: `/downloads/${f.path}`,
      headers: [
        ["Content-Type", f.mediaType],
        ["Content-Disposition", `inline; filename="${f.path.split("/").pop()}"`],
        ["Digest", `sha-256=${Buffer.from(f.sha256, "hex").toString("base64")}`],
      ] as [string, string][],
    })),
    ...Object.entries(METADATA_FILES).map(([path, type]) => ({
      path,
      headers: [otherCsp, ["Content-Type", type]] as [string, string][],
    })),
  ];
}

/** The text of a `_headers` file. */
export function formatHeadersFile(rules: HeaderRule[]): string {
  const head = "# Response headers for this static export (Netlify / Cloudflare Pages `_headers` format).\n";
  return `${head}${rules.map((r) => `\n${r.path}\n${r.headers.map(([k, v]) => `  ${k}: ${v}`).join("\n")}\n`).join("")}`;
}
