import type { NextConfig } from "next";
import { CORS_HEADERS, PUBLIC_DATA_PREFIXES } from "./lib/http-guard.ts";
import { REDIRECTS } from "./lib/redirects.ts";
import { securityHeaders } from "./lib/security.ts";
import { parseSiteUrl } from "./lib/site-url.ts";

// WEB_EXPORT=1 builds a static copy into out/ (its own distDir, so the server build in .next stays usable).
const exporting = process.env.WEB_EXPORT === "1";
// Benchmarks only (packages/bench): build the same site over a generated document instead of the
// report, into its own folder, to measure how build time grows. Never set for a real build.
const benchData = process.env.WEB_BENCH_DATA_MODULE;
// The build's SITE_URL is written into the code, so pages rendered per request use the same host as prerendered
// ones whatever the server's environment (package.json's build stops first when it is missing).
const site = parseSiteUrl(process.env.SITE_URL);

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Next would hash every prerendered page's whole HTML per request for its ETag; the proxy sends the
  // build-time one (scripts/csp-hashes.ts) and answers If-None-Match itself.
  generateEtags: false,
  experimental: { inlineCss: true },
  ...(site.ok ? { env: { SITE_URL: site.url } } : {}),
  ...(benchData ? { distDir: ".next-bench", turbopack: { resolveAlias: { "@report/data": benchData } } } : {}),
  ...(exporting
    ? { output: "export", distDir: "out", trailingSlash: false }
    : {
        async redirects() {
          return REDIRECTS.map((r) => ({ ...r, permanent: true }));
        },
        async headers() {
          const dev = process.env.NODE_ENV === "development";
          // A later rule's value replaces an earlier one's: the public data may be read by any site.
          const cors = Object.entries(CORS_HEADERS).map(([key, value]) => ({ key, value }));
          return [
            { source: "/:path*", headers: securityHeaders({ nonce: undefined, dev }) },
            ...PUBLIC_DATA_PREFIXES.map((prefix) => ({ source: `${prefix}:path*`, headers: cors })),
          ];
        },
      }),
};

export default config;
