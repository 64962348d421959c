#!/usr/bin/env node
// After `next build`: hashes the inline scripts and styles of every prerendered page (.next/server/app/**.html)
// into .next/csp-hashes.json (read by the proxy), and adds each page's CSP and ETag to the build's header rules
// (.next/routes-manifest.json, where `next start` reads next.config's headers()), so prerendered pages are
// served straight from Next's cache, without the proxy, under a CSP with no 'unsafe-inline'. It also lists the
// reader highlights (`/read?hl=…`) the pages link to, the only ones the proxy lets through.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { CSP_MANIFEST_FILE, type CspManifest, inlineHashes, routeOfHtmlFile } from "../lib/csp-manifest.ts";
import { distDir } from "../lib/dist-dir.ts";
import { highlightsInHtml } from "../lib/highlight.ts";
import { splitPath } from "../lib/paths.ts";
import { reportDataPath } from "../lib/report-data.ts";
import { contentSecurityPolicy } from "../lib/security.ts";

const app = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(app, distDir());
const pages = join(dist, "server", "app");
if (!existsSync(pages)) throw new Error(`${pages} is missing: run next build first`);

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");
const manifest: CspManifest = {
  buildId: readFileSync(join(dist, "BUILD_ID"), "utf8").trim(),
  routes: {},
  notFound: { script: [], style: [] },
  highlights: [],
  reportData: reportDataPath() ?? null,
};
const highlights = new Set<string>();
for (const entry of readdirSync(pages, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
  const file = join(entry.parentPath, entry.name);
  const route = routeOfHtmlFile(relative(pages, file));
  const html = readFileSync(file, "utf8");
  const hashes = inlineHashes(html, sha256);
  for (const hl of highlightsInHtml(html)) highlights.add(hl);
  if (route === "/_not-found") manifest.notFound = hashes;
  // The page's ETag (next.config turns Next's own off: it hashed the whole HTML on every request).
  else if (route !== "/_global-error") manifest.routes[route] = { ...hashes, etag: `"${sha256(html).slice(0, 27)}"` };
}
manifest.highlights = [...highlights].sort();
writeFileSync(join(dist, CSP_MANIFEST_FILE), JSON.stringify(manifest));

// Header rules apply in order, a later rule's value replacing an earlier one's: next.config's catch-all comes
// first (its CSP now also allows the prerendered 404 page's scripts, sent for any unknown address), then one
// rule per prerendered page. The proxy's own headers (search, rewrites, 304s) replace these again.
type HeaderRule = {
  source: string;
  headers: { key: string; value: string }[];
  missing?: { type: "query"; key: string }[];
};
// The proxy answers these addresses (of every document) with this query itself (a rewrite to another page, or a
// redirect for a highlight the site never links to): not this page's ETag.
const REWRITTEN: Record<string, string[]> = {
  "/read": ["hl"],
  "/entities": ["kind"],
  "/events": ["type", "actor", "year"],
};
const routesFile = join(dist, "routes-manifest.json");
const routes = JSON.parse(readFileSync(routesFile, "utf8")) as { headers: HeaderRule[] };
const CSP = "Content-Security-Policy";
const catchAll = routes.headers.find((r) => r.source === "/:path*" && r.headers.some((h) => h.key === CSP));
if (!catchAll) throw new Error("next.config's catch-all CSP header rule is missing from routes-manifest.json");
for (const h of catchAll.headers)
  if (h.key === CSP) h.value = contentSecurityPolicy({ nonce: undefined, hashes: manifest.notFound, dev: false });
routes.headers = routes.headers.filter((r) => !r.headers.some((h) => h.key === "ETag")); // a rerun replaces them
for (const [route, { etag, ...hashes }] of Object.entries(manifest.routes)) {
  const queries = REWRITTEN[splitPath(route).path];
  routes.headers.push({
    source: route,
    ...(queries ? { missing: queries.map((key) => ({ type: "query" as const, key })) } : {}),
    headers: [
      { key: CSP, value: contentSecurityPolicy({ nonce: undefined, hashes, dev: false }) },
      { key: "ETag", value: etag },
    ],
  });
}
writeFileSync(routesFile, JSON.stringify(routes, null, 2));
console.log(
  `CSP hashes for ${Object.keys(manifest.routes).length} prerendered pages, ${highlights.size} reader highlights → ${distDir()}/${CSP_MANIFEST_FILE}, routes-manifest.json`,
);
