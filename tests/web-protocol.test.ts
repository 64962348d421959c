import { readFileSync } from "node:fs";
import { METHODS, request } from "node:http";
import { connect } from "node:net";
import { siteRoutes } from "@report/web/routes";
import { describe, expect, inject, it } from "vitest";

// Methods, request targets and stray headers from outside: the site only serves reads, so anything else
// gets a clear 4xx with the usual headers, never a 500 (TRACE and `*` used to fail inside Next).
const base = inject("webBase");
const { hostname, port } = new URL(base);
const PATHS = [...siteRoutes().map((r) => r.path), "/read?hl=x", "/entities?kind=company", "/no-such-page"];
// CONNECT asks for a tunnel: Node's server closes such a connection itself, before any handler.
const OTHER_METHODS = METHODS.filter((m) => !["GET", "HEAD", "OPTIONS", "CONNECT"].includes(m));
const STRAY = {
  "Next-Action": "7f00000000000000000000000000000000000000aa",
  "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy",
  "Content-Type": "multipart/form-data; boundary=x",
};

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** One request with any method (fetch refuses TRACE), its body read whole. */
function send(method: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path, headers }, (res) => {
      let body = "";
      res.on("data", (d) => (body += String(d)));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(method === "POST" || method === "PUT" ? "--x--\r\n" : undefined);
  });
}

/** A raw request line, for targets no client library sends (`*`, an absolute URL): the status line and headers. */
function raw(line: string): Promise<{ status: number; head: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () =>
      socket.write(`${line}\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`),
    );
    let got = "";
    socket.on("data", (d) => {
      got += String(d);
      const end = got.indexOf("\r\n\r\n");
      if (end >= 0) {
        socket.destroy();
        resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(got)?.[1]), head: got.slice(0, end) });
      }
    });
    socket.on("error", reject);
  });
}
const rawStatus = async (line: string) => (await raw(line)).status;

const isData = (path: string) => /^\/(api|downloads)\//.test(path);

describe("one method guard for every path", () => {
  it(`answers ${OTHER_METHODS.length} other methods on ${PATHS.length} paths with 405, Allow and the security headers`, async () => {
    const wrong: string[] = [];
    for (const path of PATHS)
      for (const method of OTHER_METHODS) {
        const r = await send(method, path, STRAY);
        const allow = isData(path) ? "GET, HEAD, OPTIONS" : "GET, HEAD";
        const csp = String(r.headers["content-security-policy"] ?? "");
        if (r.status !== 405 || r.headers.allow !== allow || !csp.includes("frame-ancestors 'none'"))
          wrong.push(`${method} ${path}: ${r.status} allow=${r.headers.allow}`);
        if (r.headers["x-content-type-options"] !== "nosniff") wrong.push(`${method} ${path}: no nosniff`);
      }
    expect(wrong).toEqual([]);
  }, 240_000);

  it("answers GET and HEAD with stray internal headers as if they were not there", async () => {
    for (const path of PATHS)
      for (const method of ["GET", "HEAD"]) {
        const r = await send(method, path, { ...STRAY, rsc: "1" });
        expect(r.status, `${method} ${path}`).toBeLessThan(500);
      }
  });

  it("answers a CORS preflight on the public data, and 405 on pages", async () => {
    for (const path of siteRoutes().map((r) => r.path)) {
      const r = await send("OPTIONS", path, {
        Origin: "https://example.com",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match, range",
      });
      if (!isData(path)) {
        expect(r.status, path).toBe(405);
        continue;
      }
      expect(r.status, path).toBe(204);
      expect(r.headers["access-control-allow-origin"]).toBe("*");
      expect(String(r.headers["access-control-allow-methods"])).toContain("GET");
      expect(String(r.headers["access-control-allow-headers"]).toLowerCase()).toContain("if-none-match");
    }
  });

  it("answers a request target that is not a path with 400, not a 500", async () => {
    expect(await rawStatus("GET * HTTP/1.1")).toBe(400);
    expect(await rawStatus("OPTIONS * HTTP/1.1")).toBe(400);
    expect(await rawStatus("TRACE /search HTTP/1.1")).toBe(405);
  });

  it("serves an absolute-form target (as forward proxies send it) as its path, never redirecting to its host", async () => {
    for (const target of [
      "http://evil.example/sanctions",
      `http://${hostname}:${port}/sanctions`,
      "https://evil.example/",
    ]) {
      const r = await raw(`GET ${target} HTTP/1.1`);
      expect(r.status, target).toBe(200);
      expect(r.head, target).not.toMatch(/^location:/im);
    }
  });

  it("answers a percent-encoding that does not decode with 400 and the security headers, not a 500", async () => {
    for (const path of ["/entities/%ff", "/entities/%", "/cite/%ff", "/entities/%c0%ae%c0%ae%2fetc"]) {
      const r = await send("GET", path);
      expect(r.status, path).toBe(400);
      expect(r.headers["x-content-type-options"], path).toBe("nosniff");
      expect(String(r.headers["content-security-policy"]), path).toContain("frame-ancestors 'none'");
    }
  });

  it("sends the security headers on Next's own redirects and on what Node's parser refuses", async () => {
    const slash = await send("GET", "/sanctions/");
    expect(slash.status).toBe(308);
    expect(slash.headers["x-content-type-options"]).toBe("nosniff");
    expect(String(slash.headers["content-security-policy"])).toContain("frame-ancestors 'none'");
    const bad = await raw("GET /read HTTP/1.1 extra");
    expect(bad.status).toBe(400);
    expect(bad.head).toMatch(/^x-content-type-options: nosniff$/im);
    const big = await raw(`GET /read HTTP/1.1\r\nX-Big: ${"a".repeat(20_000)}`);
    expect(big.status).toBe(431);
    expect(big.head).toMatch(/^content-security-policy: .*frame-ancestors 'none'/im);
  });

  it("left no stack trace in the server's log", () => {
    const log = readFileSync(inject("webLog"), "utf8");
    expect(log).not.toMatch(/^\s+at .+[:(]\d+:\d+\)?$/m);
    expect(log).not.toMatch(/TypeError|Invalid URL|Server Reference ID/);
  });
});
