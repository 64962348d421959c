import { createHash } from "node:crypto";
import { siteRoutes } from "@report/web/routes";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, linkedHighlight } from "./web/server.ts";

// Content pages are prerendered and served from Next's cache, under a CSP that lists the sha256 of their
// inline scripts (no nonce, no 'unsafe-inline'); pages that read the request keep a per-request nonce.
let browser: Browser | undefined;
const base = inject("webBase");

const pages = siteRoutes().filter((r) => r.kind === "page");
// A highlight the site links to: the reader stays the prerendered page with it.
const HL = (await linkedHighlight(base)).split("#")[0] ?? "";
const STATIC = [
  ...pages.filter((r) => r.prerendered).map((r) => r.path),
  "/entities?kind=company",
  "/entities?kind=no-such-kind",
  // The events filters are prerendered pages too, whatever the query asks for.
  "/events?type=meet&year=2009",
  "/events?type=meet&actor=&year=2009",
  "/events?year=1999",
  "/events?type=<script>",
  HL,
];
const PER_REQUEST = pages.filter((r) => !r.prerendered).map((r) => r.path);

beforeAll(async () => {
  browser = await launchChromium();
}, 90_000);
afterAll(async () => {
  await browser?.close().catch(() => {});
});

const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("base64");
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\ssrc=/.test(m[1] ?? "") && !/type="application\/ld\+json"/.test(m[1] ?? ""))
    .map((m) => ({ attrs: m[1] ?? "", body: m[2] ?? "" }));
const scriptSrc = (csp: string) => /script-src ([^;]*)/.exec(csp)?.[1]?.split(" ") ?? [];

describe("static content pages under a hash-based CSP", () => {
  it("serves content pages prerendered, each inline script allowed by its sha256", async () => {
    for (const path of STATIC) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("x-nextjs-cache"), path).toBe("HIT");
      expect(res.headers.get("cache-control"), path).not.toMatch(/private|no-store/);
      const sources = scriptSrc(res.headers.get("content-security-policy") ?? "");
      expect(
        sources.some((s) => s.startsWith("'nonce-")),
        path,
      ).toBe(false);
      expect(sources, path).not.toContain("'unsafe-inline'");
      const scripts = inlineScripts(await res.text());
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const s of scripts) expect(sources, path).toContain(`'sha256-${sha256(s.body)}'`);
    }
  });

  it("renders search per request, its scripts carrying the nonce", async () => {
    for (const path of PER_REQUEST) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(200);
      const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
      expect(nonce, path).toBeTruthy();
      const html = await res.text();
      for (const s of inlineScripts(html)) expect(s.attrs, path).toContain(`nonce="${nonce}"`);
    }
    expect(PER_REQUEST.length).toBeGreaterThan(0);
  });

  it("keeps the reader prerendered whatever ?hl= says: a highlight the site never links to goes to /read", async () => {
    const plain = await fetch(`${base}/read`);
    const marked = await fetch(base + HL);
    expect(marked.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(marked.headers.get("etag")).toBe(plain.headers.get("etag"));
    expect(await marked.text()).toBe(await plain.text());
    const known = HL.split("=")[1] ?? "";
    const [start, end] = known.split("-").map(Number);
    for (const hl of ["x", `${start}-${Number(end) + 1}`, `1-2&hl=${known}`, "99999-100000", "1".repeat(5000)]) {
      const res = await fetch(`${base}/read?hl=${hl}`, { redirect: "manual" });
      expect(res.status, hl.slice(0, 20)).toBe(307);
      expect(res.headers.get("location"), hl.slice(0, 20)).toBe("/read");
      expect(res.headers.get("etag"), "a redirect is not the page").toBeNull();
      expect(res.headers.get("x-middleware-rewrite")).toBeNull();
    }
    // An empty value asks for nothing: the plain reader.
    expect((await fetch(`${base}/read?hl=`)).headers.get("x-nextjs-cache")).toBe("HIT");
  });

  it("gives prerendered pages an ETag and answers If-None-Match with 304", async () => {
    const res = await fetch(`${base}/read`);
    const etag = res.headers.get("etag");
    expect(etag).toMatch(/^"[^"]+"$/);
    for (const tag of [etag ?? "", `W/${etag}`, "*"]) {
      const again = await fetch(`${base}/read`, { headers: { "if-none-match": tag } });
      expect(again.status, tag).toBe(304);
      expect(again.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      // A 304 updates the cached response's headers: it says the same as the 200.
      for (const h of ["cache-control", "vary"]) expect(again.headers.get(h), h).toBe(res.headers.get(h));
    }
    expect((await fetch(`${base}/read`, { headers: { "if-none-match": '"other"' } })).status).toBe(200);
  });

  it("runs every page's scripts in Chromium with no CSP violation", async () => {
    if (!browser) throw new Error("browser did not start");
    for (const path of [...STATIC, ...PER_REQUEST, "/no-such-page", "/entities/no-such-entity"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(base + path, { waitUntil: "load" });
      // Hydration ran: Next's runtime set up its router (it is blocked entirely if its inline scripts are).
      await page.waitForFunction(() => "__next_f" in self, undefined, { timeout: 5000 });
      // A 404 page's own status is logged as a failed load; anything else (a CSP violation) is an error.
      const notFound = path.includes("no-such");
      expect(
        errors.filter((e) => !(notFound && e.includes("status of 404"))),
        path,
      ).toEqual([]);
      await context.close();
    }
  }, 120_000);
});
