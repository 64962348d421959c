/** The Content-Security-Policy. Scripts run only from this origin or with the per-request nonce. */
export function contentSecurityPolicy({ nonce, dev }: { nonce: string | undefined; dev: boolean }): string {
  const n = nonce ? ` 'nonce-${nonce}' 'strict-dynamic'` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${n}${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${n ? ` 'nonce-${nonce}'` : ""}${dev ? " 'unsafe-inline'" : ""}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers sent with every response (next.config headers()); the proxy replaces the CSP with a nonced one. */
export function securityHeaders(opts: { nonce: string | undefined; dev: boolean }): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(opts) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    },
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
}
