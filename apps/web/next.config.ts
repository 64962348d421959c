import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security.ts";

// WEB_EXPORT=1 builds a static copy into out/ (its own distDir, so the server build in .next stays usable).
const exporting = process.env.WEB_EXPORT === "1";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Next would hash every prerendered page's whole HTML per request for its ETag; the proxy sends the
  // build-time one (scripts/csp-hashes.ts) and answers If-None-Match itself.
  generateEtags: false,
  ...(exporting
    ? { output: "export", distDir: "out", trailingSlash: false }
    : {
        async headers() {
          const dev = process.env.NODE_ENV === "development";
          return [{ source: "/:path*", headers: securityHeaders({ nonce: undefined, dev }) }];
        },
      }),
};

export default config;
