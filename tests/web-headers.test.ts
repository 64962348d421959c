import { siteRoutes } from "@report/web/routes";
import { describe, expect, inject, it } from "vitest";

// Every route of the build, some hostile variants and 404s, checked against the Mozilla Observatory's
// scoring rules for headers.
const ROUTES = [
  ...siteRoutes().map((r) => r.path),
  "/.well-known/security.txt",
  "/entities?kind=company",
  "/search",
  "/search?q=%3Cscript%3E",
  "/read?hl=x",
  "/no-such-page",
  "/entities/no-such-entity",
  "/api/entities/no-such-entity.json",
  "/downloads/no-such-file.csv",
];
const REFERRER_OK = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];

const base = inject("webBase");

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [String(name).toLowerCase(), values]),
  );
}

describe("security headers on every route (Mozilla Observatory rules)", () => {
  for (const route of ROUTES) {
    it(route, async () => {
      const res = await fetch(base + route, { redirect: "manual" });
      expect(res.status, route).toBeLessThan(500);
      const h = res.headers;
      const csp = directives(h.get("content-security-policy") ?? "");
      const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
      expect(scripts.length, "CSP restricts scripts").toBeGreaterThan(0);
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts).not.toContain("*");
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      const hsts = /max-age=(\d+)/.exec(h.get("strict-transport-security") ?? "");
      expect(Number(hsts?.[1] ?? 0), "HSTS of at least six months").toBeGreaterThanOrEqual(15_768_000);
      expect(h.get("x-content-type-options")).toBe("nosniff");
      expect(REFERRER_OK).toContain(h.get("referrer-policy"));
      // Features the site never uses, refused; no obsolete names (interest-cohort: FLoC, gone from browsers).
      expect(h.get("permissions-policy")?.split(", ")).toEqual([
        "camera=()",
        "microphone=()",
        "geolocation=()",
        "payment=()",
        "usb=()",
      ]);
      expect(h.get("cross-origin-opener-policy")).toBe("same-origin");
      // The public data is meant for other sites too; everything else stays same-origin.
      const data = /^\/(api|downloads)\//.test(route);
      expect(h.get("cross-origin-resource-policy")).toBe(data ? "cross-origin" : "same-origin");
      expect(h.get("x-powered-by")).toBeNull();
      // Nothing about how the app is wired inside: no proxy rewrite target, no other x-middleware-* header.
      expect([...h.keys()].filter((k) => k.startsWith("x-middleware-"))).toEqual([]);
    });
  }
});
