import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextServer } from "./web/server.ts";

// Every kind of route, checked against the Mozilla Observatory's scoring rules for headers.
const ROUTES = [
  "/",
  "/read",
  "/entities",
  "/entities?kind=company",
  "/entities/belneftekhim",
  "/timeline",
  "/actions",
  "/search",
  "/search?q=%3Cscript%3E",
  "/data",
  "/about",
  "/cite/p3-s2",
  "/api/report.json",
  "/api/entities/embassy-minsk.json",
  "/downloads/report.json",
  "/sitemap.xml",
  "/robots.txt",
  "/no-such-page",
  "/entities/no-such-entity",
];
const REFERRER_OK = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];

const server = new NextServer();
let base = "";
beforeAll(async () => {
  base = await server.start();
}, 90_000);
afterAll(() => server.stop());

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
      expect(h.get("permissions-policy")).toBeTruthy();
      expect(h.get("cross-origin-opener-policy")).toBe("same-origin");
      expect(["same-origin", "same-site"]).toContain(h.get("cross-origin-resource-policy"));
      expect(h.get("x-powered-by")).toBeNull();
    });
  }
});
