import { type NextRequest, NextResponse } from "next/server";
import { MAX_SEARCH_STRING, normalizeQuery } from "./lib/query.ts";
import { contentSecurityPolicy } from "./lib/security.ts";

/** Gives every page request a fresh nonce, so Next's own inline scripts run under a CSP without 'unsafe-inline'. */
export function proxy(request: NextRequest) {
  // A huge query string would be echoed in Next's router payload: answer it with a trimmed query instead.
  const url = request.nextUrl;
  if (url.pathname === "/search" && url.search.length > MAX_SEARCH_STRING) {
    const q = normalizeQuery(url.searchParams.get("q") ?? undefined);
    return NextResponse.redirect(new URL(`/search?q=${encodeURIComponent(q)}`, url), 303);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|downloads/|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
