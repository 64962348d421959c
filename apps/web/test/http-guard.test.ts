import { describe, expect, it } from "vitest";
import { highlightRedirect } from "../lib/highlight.ts";
import { guardRequest, originForm } from "../lib/http-guard.ts";

const known = new Set(["/read?hl=10-20", "/d/draft/read?hl=1-4"]);
const q = (s: string) => new URLSearchParams(s);

describe("highlightRedirect (proxy.ts and server.ts)", () => {
  it("lets through exactly one highlight the site links to, and the plain reader", () => {
    expect(highlightRedirect("/read", q("hl=10-20"), known)).toBeUndefined();
    expect(highlightRedirect("/read", q("hl="), known)).toBeUndefined();
    expect(highlightRedirect("/read", q(""), known)).toBeUndefined();
    expect(highlightRedirect("/about", q("hl=x"), known)).toBeUndefined();
    expect(highlightRedirect("/d/draft/read", q("hl=1-4"), known)).toBeUndefined();
  });
  it("knows each document's highlights apart: offsets count in its own text", () => {
    expect(highlightRedirect("/d/draft/read", q("hl=10-20"), known)).toBe("/d/draft/read");
    expect(highlightRedirect("/read", q("hl=1-4"), known)).toBe("/read");
    expect(highlightRedirect("/d/draft/read/mentions", q("hl=1-4"), known)).toBeUndefined();
  });
  it("sends anything else to the clean /read", () => {
    for (const hl of ["hl=x", "hl=10-21", "hl=10-20&hl=10-20", "hl=%00", `hl=${"9".repeat(5000)}`])
      expect(highlightRedirect("/read", q(hl), known), hl.slice(0, 20)).toBe("/read");
  });
  it("without a build's list, accepts any well-formed span", () => {
    expect(highlightRedirect("/read", q("hl=10-21"), undefined)).toBeUndefined();
    expect(highlightRedirect("/read", q("hl=21-10"), undefined)).toBe("/read");
  });
});

describe("guardRequest (server.ts)", () => {
  it("passes reads, answers preflights on the public data, refuses other methods and targets", () => {
    expect(guardRequest("GET", "/read")).toBeUndefined();
    expect(guardRequest("HEAD", "/api/report.json")).toBeUndefined();
    expect(guardRequest("OPTIONS", "/api/report.json")?.status).toBe(204);
    expect(guardRequest("OPTIONS", "/read")).toMatchObject({ status: 405, headers: { Allow: "GET, HEAD" } });
    expect(guardRequest("TRACE", "/downloads/source.txt")).toMatchObject({
      status: 405,
      headers: { Allow: "GET, HEAD, OPTIONS" },
    });
    expect(guardRequest("GET", "*")?.status).toBe(400);
    expect(guardRequest("GET", "/read?hl=x", known)).toMatchObject({ status: 307, headers: { Location: "/read" } });
    expect(guardRequest("GET", "/read?hl=10-20", known)).toBeUndefined();
    expect(guardRequest("OPTIONS", "/d/draft/api/report.json")?.status).toBe(204);
    expect(guardRequest("OPTIONS", "/d/draft/read")?.status).toBe(405);
    expect(guardRequest("GET", "/d/draft/read?hl=x", known)).toMatchObject({
      status: 307,
      headers: { Location: "/d/draft/read" },
    });
  });
});

describe("request targets Next cannot take", () => {
  it("reads an absolute-form target as its path and query, whatever host it names", () => {
    expect(originForm("http://evil.example/sanctions?x=1")).toBe("/sanctions?x=1");
    expect(originForm("HTTPS://localhost:3000/read")).toBe("/read");
    expect(originForm("/read?hl=1-2")).toBe("/read?hl=1-2");
  });

  it("refuses a percent-encoding that does not decode with 400 and the site's headers", () => {
    for (const url of ["/entities/%ff", "/entities/%", "/cite/%c0%ae%c0%ae%2fetc", "/entities/%ff?hl=1-2"]) {
      const res = guardRequest("GET", url);
      expect(res?.status, url).toBe(400);
      expect(res?.body, url).toMatch(/not followed by a valid encoding/);
      expect(res?.headers["Content-Security-Policy"], url).toBeDefined();
    }
    expect(guardRequest("GET", "/entities/european-union%20x")).toBeUndefined();
  });
});
