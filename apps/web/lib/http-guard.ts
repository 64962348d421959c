import { highlightRedirect } from "./highlight.ts";
import { splitPath } from "./paths.ts";
import { securityHeaders } from "./security.ts";

/** The public data (JSON API and file downloads) of each document: readable by any site, so it answers CORS preflights. */
export const PUBLIC_DATA_PREFIXES = ["/api/", "/downloads/"] as const;
export const isPublicData = (pathname: string) => {
  const { path } = splitPath(pathname);
  return PUBLIC_DATA_PREFIXES.some((p) => path.startsWith(p));
};
/** The same addresses as header rule sources (next.config): the default document's and every other one's. */
export const PUBLIC_DATA_SOURCES = PUBLIC_DATA_PREFIXES.flatMap((p) => [`${p}:path*`, `/d/:doc${p}:path*`]);

/** Every response of the public data says this (next.config headers(), the proxy's own answers, preflights). */
export const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Content-Length, Content-Range, Accept-Ranges",
  "Cross-Origin-Resource-Policy": "cross-origin",
};

const READ = ["GET", "HEAD"];
const allowed = (path: string) => (isPublicData(path) ? [...READ, "OPTIONS"] : READ);

/** A response the guard gives instead of passing the request on. */
export interface GuardAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The request target as a path and query. A client or forward proxy may send the absolute form
 * (`GET http://host/path`, RFC 9112 §3.2.2), which a server must accept: Next would redirect to the host in
 * it (an open redirect, or a loop for the site's own host), so it only ever sees the path and query.
 */
export function originForm(url: string): string {
  if (!/^https?:\/\//i.test(url)) return url;
  try {
    const { pathname, search } = new URL(url);
    return `${pathname}${search}`;
  } catch {
    return url;
  }
}

/** Whether every percent sign of the path starts an escape that decodes (Next fails on `/entities/%ff` with a 500). */
function decodablePath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * What to do with a request before Next sees it: undefined to pass it on, or the answer. The site only
 * serves reads, so GET and HEAD pass everywhere and OPTIONS (a CORS preflight) on the public data; any other
 * method is 405 with Allow. A request target that is not a path (`*`, or an absolute form not made a path by
 * `originForm`) or whose percent-encoding does not decode is 400: Next would fail on it (500).
 */
export function guardRequest(
  method: string,
  url: string,
  knownHighlights?: ReadonlySet<string>,
): GuardAnswer | undefined {
  if (!url.startsWith("/")) return answer(400, "Bad request: the request target must be a path.\n");
  const path = url.split("?")[0] ?? "/";
  if (!decodablePath(path))
    return answer(400, "Bad request: the address has a % that is not followed by a valid encoding (such as %20).\n");
  const allow = allowed(path);
  if (READ.includes(method)) {
    // A flood of made-up highlights is turned away here, before Next's router costs anything.
    const query = url.slice(path.length);
    const clean = query ? highlightRedirect(path, new URLSearchParams(query), knownHighlights) : undefined;
    return clean ? { status: 307, headers: { ...baseHeaders(), Location: clean }, body: "" } : undefined;
  }
  if (method === "OPTIONS" && allow.includes("OPTIONS")) {
    return {
      status: 204,
      headers: {
        ...baseHeaders(),
        ...CORS_HEADERS,
        Allow: allow.join(", "),
        "Access-Control-Allow-Methods": allow.join(", "),
        "Access-Control-Allow-Headers": "If-None-Match, If-Range, Range",
        "Access-Control-Max-Age": "86400",
      },
      body: "",
    };
  }
  return answer(405, `Method ${method} is not allowed here: use ${allow.join(", ")}.\n`, { Allow: allow.join(", ") });
}

/** The security headers every response carries (a page's own CSP, with its hashes or nonce, replaces this one). */
export const baseHeaders = (): Record<string, string> =>
  Object.fromEntries(securityHeaders({ nonce: undefined, dev: false }).map((h) => [h.key, h.value]));

/**
 * The raw answer to a request Node's parser refuses before any handler runs (a bad request line, a URL or
 * headers too large), with the security headers, as a server's own answers have them.
 */
export function clientErrorResponse(code: string | undefined): string {
  const [status, reason, body] =
    code === "HPE_HEADER_OVERFLOW"
      ? [431, "Request Header Fields Too Large", "The request's headers are too large.\n"]
      : code === "HPE_URI_TOO_LONG"
        ? [414, "URI Too Long", "The address is too long.\n"]
        : [400, "Bad Request", "Bad request: this is not an HTTP request the site can read.\n"];
  const headers = { ...baseHeaders(), "Content-Type": "text/plain; charset=utf-8", Connection: "close" };
  const lines = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
  return `HTTP/1.1 ${status} ${reason}\r\n${lines.join("")}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

function answer(status: number, body: string, extra: Record<string, string> = {}): GuardAnswer {
  return {
    status,
    headers: { ...baseHeaders(), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra },
    body,
  };
}

/**
 * Request headers that only Next's own machinery may set: server actions (the site has none) and the
 * proxy's recursion marker. A client that sends them is dropped to a plain request.
 */
const INTERNAL_REQUEST_HEADERS = ["next-action", "x-middleware-subrequest"];

/** The request headers Next gets: no internal ones, and no compression for a byte range (its offsets are
 * of the file itself, and Next's compression would gzip the part). */
export function cleanRequestHeaders(headers: Record<string, string | string[] | undefined>): void {
  for (const name of INTERNAL_REQUEST_HEADERS) delete headers[name];
  if (headers.range !== undefined) delete headers["accept-encoding"];
}

/** Response headers that tell the outside how the app is wired (the proxy's rewrite target, its other signals). */
export const isInternalResponseHeader = (name: string) => /^x-middleware-/i.test(name);
