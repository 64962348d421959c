import { DATA_CACHE_CONTROL, DATA_VARY } from "./data-resources.ts";
import type { DataFile } from "./files.ts";
import { CORS_HEADERS } from "./http-guard.ts";
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

/** A generated file a host cannot type by its extension (a citation's .bib or .ris), with the headers it needs. */
export interface ExportFile {
  path: string;
  contentType: string;
  disposition: string;
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

/** A document's public data: where its addresses start (`""`, `/d/<id>`) and its downloads. */
export interface ExportDocument {
  base: string;
  downloads: DataFile[];
}

const csp = (hashes: InlineHashes | undefined) => contentSecurityPolicy({ nonce: undefined, hashes, dev: false });

/**
 * The rules for an export: `pages` with the hashes of their inline scripts, `notFound` those of the 404 page
 * (allowed on every other response, as next.config's catch-all does), each document's public data, and other
 * generated files with their types.
 */
export function exportHeaderRules(
  pages: ExportPage[],
  notFound: InlineHashes,
  documents: ExportDocument[],
  files: ExportFile[] = [],
): HeaderRule[] {
  // The CSP differs per page and Cross-Origin-Resource-Policy between pages (same-origin) and the public
  // data (cross-origin, with CORS), so neither goes on `/*`.
  const PER_PATH = new Set(["Content-Security-Policy", "Cross-Origin-Resource-Policy"]);
  const shared = securityHeaders({ nonce: undefined, dev: false })
    .filter((h) => !PER_PATH.has(h.key))
    .map((h): [string, string] => [h.key, h.value]);
  const sameOrigin: [string, string] = ["Cross-Origin-Resource-Policy", "same-origin"];
  const otherCsp: [string, string] = ["Content-Security-Policy", csp(notFound)];
  // What the server sends on the API and downloads (lib/data-resources.ts); a static host adds its own ETag.
  const publicData: [string, string][] = [
    otherCsp,
    ...Object.entries(CORS_HEADERS),
    ["Cache-Control", DATA_CACHE_CONTROL],
    ["Vary", DATA_VARY],
  ];
  return [
    { path: "/*", headers: shared },
    ...[...pages]
      .sort((a, b) => a.route.localeCompare(b.route))
      .map((p) => ({
        path: p.route,
        headers: [
          ["Content-Security-Policy", csp(p.hashes)] as [string, string],
          sameOrigin,
          ["Content-Type", "text/html; charset=utf-8"] as [string, string],
        ],
      })),
    { path: "/_next/*", headers: [otherCsp, sameOrigin] },
    { path: "/_next/static/*", headers: [["Cache-Control", "public, max-age=31536000, immutable"]] },
    ...documents.flatMap(({ base, downloads }) => [
      { path: `${base}/api/*`, headers: [...publicData, ["Content-Type", "application/json"]] as [string, string][] },
      { path: `${base}/downloads/*`, headers: publicData },
      // The same headers as the download route (app/(default)/downloads/[...path]), from the same list of files.
      ...downloads.map((f) => ({
        path: `${base}/downloads/${f.path}`,
        headers: [
          ["Content-Type", f.mediaType],
          ["Content-Disposition", `inline; filename="${f.path.split("/").pop()}"`],
        ] as [string, string][],
      })),
    ]),
    // The same headers as the citation routes (app/cite/[id]/citation.*), from the same list.
    ...files.map((f) => ({
      path: f.path,
      headers: [otherCsp, sameOrigin, ["Content-Type", f.contentType], ["Content-Disposition", f.disposition]] as [
        string,
        string,
      ][],
    })),
    ...Object.entries(METADATA_FILES).map(([path, type]) => ({
      path,
      headers: [otherCsp, sameOrigin, ["Content-Type", type]] as [string, string][],
    })),
    // Each other document's own Open Graph image (app/d/[doc]/opengraph-image).
    ...documents
      .filter((d) => d.base)
      .map((d) => ({
        path: `${d.base}/opengraph-image`,
        headers: [otherCsp, sameOrigin, ["Content-Type", "image/png"]] as [string, string][],
      })),
  ];
}

/** The text of a `_headers` file. */
export function formatHeadersFile(rules: HeaderRule[]): string {
  const head = "# Response headers for this static export (Netlify / Cloudflare Pages `_headers` format).\n";
  return `${head}${rules.map((r) => `\n${r.path}\n${r.headers.map(([k, v]) => `  ${k}: ${v}`).join("\n")}\n`).join("")}`;
}
