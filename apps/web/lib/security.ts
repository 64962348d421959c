/** Hash sources (`'sha256-…'`) for the inline scripts and styles of one prerendered page. */
export interface InlineHashes {
  script: string[];
  style: string[];
}

/**
 * The Content-Security-Policy. Scripts run only from this origin, or inline when the page's prerendered
 * HTML carries them (their sha256 in `hashes`) or they have the per-request nonce (pages rendered per request).
 */
export function contentSecurityPolicy({
  nonce,
  hashes,
  dev,
}: {
  nonce: string | undefined;
  hashes?: InlineHashes | undefined;
  dev: boolean;
}): string {
  const n = nonce ? ` 'nonce-${nonce}'` : "";
  const h = (list: string[] | undefined) => (list ?? []).map((s) => ` '${s}'`).join("");
  return [
    "default-src 'self'",
    // Dev only: pages are rendered per request there but most skip the proxy, so carry no nonce.
    `script-src 'self'${n}${h(hashes?.script)}${dev ? " 'unsafe-inline' 'unsafe-eval'" : ""}`,
    `style-src 'self'${n}${h(hashes?.style)}${dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers sent with every response (next.config headers()); the proxy replaces the CSP with the page's own. */
export function securityHeaders(opts: { nonce: string | undefined; dev: boolean }): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(opts) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
}
