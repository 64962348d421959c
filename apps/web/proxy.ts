import { join } from "node:path";
import { type NextRequest, NextResponse } from "next/server";
import { readCspManifest } from "./lib/csp-manifest.ts";
import { answerData, dataNotFound, dataResources, noneMatch } from "./lib/data-resources.ts";
import { DOCUMENTS } from "./lib/documents.ts";
import { ENTITY_KIND_NONE } from "./lib/entity-kinds.ts";
import { filterRoute, hasFilter } from "./lib/events-filter.ts";
import { highlightRedirect, isReaderPath } from "./lib/highlight.ts";
import { isPublicData } from "./lib/http-guard.ts";
import { splitPath } from "./lib/paths.ts";
import { MAX_SEARCH_STRING, normalizeQuery } from "./lib/query.ts";
import { contentSecurityPolicy } from "./lib/security.ts";

const dev = process.env.NODE_ENV === "development";

/**
 * The inline-script hashes of the prerendered pages (scripts/csp-hashes.ts, after next build, in the folder the
 * build went to: next.config inlines WEB_DIST_DIR); none in dev.
 */
const manifest = dev ? undefined : readCspManifest(join(process.cwd(), process.env.WEB_DIST_DIR ?? ".next"));
/** Each prerendered page's CSP, built once, and its ETag. */
const staticCsp = new Map(
  Object.entries(manifest?.routes ?? {}).map(([route, hashes]) => [
    route,
    { csp: contentSecurityPolicy({ nonce: undefined, hashes, dev }), etag: hashes.etag },
  ]),
);
const knownHighlights = manifest ? new Set(manifest.highlights) : undefined;

/** What Next sends with a prerendered page; its 304 says the same (scripts/csp-hashes.ts sets CSP and ETag). */
const PAGE_CACHE_HEADERS = {
  "Cache-Control": "s-maxage=31536000",
  Vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
};

/**
 * Prerendered pages get their own CSP (the sha256 of their inline scripts) and stay static. Everything else
 * (search) is rendered per request with a fresh nonce; the prerendered 404 page's hashes are allowed there
 * too, since an unknown address is answered with it. The public data is answered here from memory, with
 * its validators, ranges and CORS headers.
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl;
  const path = url.pathname;
  if (isPublicData(path)) {
    const resource = dataResources().get(path);
    return resource ? answerData(resource, request) : dataNotFound(path);
  }
  // The same pages for every document: the default one's at the top, another's under /d/<id>.
  const { base, path: page } = splitPath(path);
  const d = DOCUMENTS.find((x) => x.base === base);
  // A huge query string would be echoed in Next's router payload: answer it with a trimmed query instead.
  if (page === "/search" && url.search.length > MAX_SEARCH_STRING) {
    const q = normalizeQuery(url.searchParams.get("q") ?? undefined);
    return NextResponse.redirect(new URL(`${base}/search?q=${encodeURIComponent(q)}`, url), 303);
  }
  // /entities?kind=… is one of the prerendered pages /entities/kind/[kind] (a kind that is not one: "none").
  if (d && page === "/entities" && url.searchParams.has("kind")) {
    const kinds = url.searchParams.getAll("kind");
    const kind = kinds.length === 1 && /^[a-z][a-z-]{0,63}$/.test(kinds[0] ?? "") ? kinds[0] : ENTITY_KIND_NONE;
    let target = `${base}/entities/kind/${kind}`;
    if (manifest && !staticCsp.has(target)) target = `${base}/entities/kind/${ENTITY_KIND_NONE}`;
    return respond(request, target, (headers) => NextResponse.rewrite(new URL(target, url), init(headers)));
  }
  // /events?type=…&actor=…&year=… is one of the prerendered filter pages (a filter that keeps nothing: "none").
  if (d && page === "/events" && hasFilter(url.searchParams)) {
    const target = filterRoute(d, url.searchParams);
    return respond(request, target, (headers) => NextResponse.rewrite(new URL(target, url), init(headers)));
  }
  // /read?hl=start-end is the prerendered reader (the browser marks the words): a value the site never links
  // to goes to the clean address, so no query can make the reader render per request.
  // (server.ts answers the same redirect before Next, where it costs next to nothing.)
  if (isReaderPath(path) && url.searchParams.has("hl")) {
    const clean = highlightRedirect(path, url.searchParams, knownHighlights);
    if (clean) return NextResponse.redirect(new URL(clean, url), 307);
    return respond(request, path, (headers) => NextResponse.next(init(headers)));
  }
  return respond(request, path, (headers) => NextResponse.next(init(headers)));
}

/** Passes changed request headers (the nonce) on to the render, if any. */
const init = (headers: Headers | undefined) => (headers ? { request: { headers } } : undefined);

/** Sends the prerendered page's CSP, or (a page rendered per request, or dev) a fresh nonce. */
function respond(request: NextRequest, route: string, next: (headers: Headers | undefined) => NextResponse) {
  const prerendered = staticCsp.get(route);
  if (prerendered) {
    // The HTML document (not the router's RSC payload, which varies on these headers) has the build's ETag.
    const document =
      (request.method === "GET" || request.method === "HEAD") &&
      !request.headers.has("rsc") &&
      !request.nextUrl.searchParams.has("_rsc");
    if (document && noneMatch(request.headers.get("if-none-match"), prerendered.etag))
      return new NextResponse(null, {
        status: 304,
        headers: { ...PAGE_CACHE_HEADERS, ETag: prerendered.etag, "Content-Security-Policy": prerendered.csp },
      });
    const response = next(undefined);
    response.headers.set("Content-Security-Policy", prerendered.csp);
    if (document) response.headers.set("ETag", prerendered.etag);
    return response;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce, hashes: manifest?.notFound, dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = next(requestHeaders);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Prerendered pages get their CSP and ETag from the build's header rules (scripts/csp-hashes.ts), so the proxy
// runs only where it has work: search, the rewrite, the reader's highlight check, conditional requests and the
// public data, of the default document and of each other one (/d/:doc/…). A static list: Next reads it at build.
export const config = {
  matcher: [
    "/api/:path*",
    "/downloads/:path*",
    "/d/:doc/api/:path*",
    "/d/:doc/downloads/:path*",
    {
      source: "/search",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      source: "/d/:doc/search",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      source: "/read",
      has: [{ type: "query", key: "hl" }],
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      source: "/d/:doc/read",
      has: [{ type: "query", key: "hl" }],
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      source: "/events",
      has: [{ type: "query", key: "type" }],
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      source: "/events",
      has: [{ type: "query", key: "actor" }],
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      source: "/events",
      has: [{ type: "query", key: "year" }],
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      source: "/d/:doc/events",
      has: [{ type: "query", key: "type" }],
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      source: "/d/:doc/events",
      has: [{ type: "query", key: "actor" }],
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      source: "/d/:doc/events",
      has: [{ type: "query", key: "year" }],
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      source: "/entities",
      has: [{ type: "query", key: "kind" }],
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      source: "/d/:doc/entities",
      has: [{ type: "query", key: "kind" }],
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
    {
      source: "/((?!api/|downloads/|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml).*)",
      has: [{ type: "header", key: "if-none-match" }],
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
