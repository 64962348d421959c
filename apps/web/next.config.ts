import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants.js";
import { distDir } from "./lib/dist-dir.ts";
import { CORS_HEADERS, PUBLIC_DATA_SOURCES } from "./lib/http-guard.ts";
import { REDIRECTS } from "./lib/redirects.ts";
import { REPORT_DATA_USAGE, reportDataPath, stageReportData } from "./lib/report-data.ts";
import { securityHeaders } from "./lib/security.ts";
import { parseSiteUrl } from "./lib/site-url.ts";

const app = dirname(fileURLToPath(import.meta.url));
// WEB_EXPORT=1 builds a static copy into out/ (its own distDir, so the server build in .next stays usable).
const exporting = process.env.WEB_EXPORT === "1";
// The build's SITE_URL is written into the code, so pages rendered per request use the same host as prerendered
// ones whatever the server's environment (package.json's build stops first when it is missing).
const site = parseSiteUrl(process.env.SITE_URL);

/**
 * REPORT_DATA (a report.json or a corpus.json): checked when a build starts, before Next touches the previous
 * build, and given to the site as `#report-data`. A bad file stops the build with one line naming it. Paths
 * are relative to where pnpm was run (INIT_CWD), not to this folder.
 */
function reportData(): { alias: Record<string, string>; corpus: boolean } | undefined {
  const file = reportDataPath();
  if (file === undefined) return undefined;
  const staged = stageReportData(app, file);
  if (!staged.ok) {
    console.error(`@report/web: ${staged.problem} (usage: ${REPORT_DATA_USAGE})`);
    process.exit(1);
  }
  return { alias: { "#report-data": staged.module }, corpus: staged.documents.length > 1 };
}

export default function config(phase: string): NextConfig {
  const data = phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER ? reportData() : undefined;
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // Next would hash every prerendered page's whole HTML per request for its ETag; the proxy sends the
    // build-time one (scripts/csp-hashes.ts) and answers If-None-Match itself.
    generateEtags: false,
    experimental: { inlineCss: true },
    // The pages only a corpus has (its documents under /d/<id>/ and the list of them) are `*.corpus.tsx`: a
    // build of one document has no such routes at all (a static export refuses a route with no address).
    pageExtensions: data?.corpus ? ["tsx", "ts", "corpus.tsx", "corpus.ts"] : ["tsx", "ts"],
    env: {
      ...(site.ok ? { SITE_URL: site.url } : {}),
      // The proxy reads the build's manifests from the folder it was built into.
      WEB_DIST_DIR: distDir(),
    },
    ...(data ? { turbopack: { resolveAlias: data.alias } } : {}),
    ...(exporting
      ? { output: "export", distDir: "out", trailingSlash: false }
      : {
          distDir: distDir(),
          async redirects() {
            return REDIRECTS.map((r) => ({ ...r, permanent: true }));
          },
          async headers() {
            const dev = process.env.NODE_ENV === "development";
            // A later rule's value replaces an earlier one's: the public data may be read by any site.
            const cors = Object.entries(CORS_HEADERS).map(([key, value]) => ({ key, value }));
            return [
              { source: "/:path*", headers: securityHeaders({ nonce: undefined, dev }) },
              ...PUBLIC_DATA_SOURCES.map((source) => ({ source, headers: cors })),
            ];
          },
        }),
  };
}
